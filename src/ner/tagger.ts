import type { Token } from '../people/tokens.js';
import { joinable, type Casing } from '../people/runs.js';
import { spansOf, type NameSpan } from './labels.js';
import { decodeRange, viterbi } from './perceptron.js';
import type { NameModel } from './model-file.js';
import { tokenFeatures, type FeatureKnowledge } from './features.js';
import { compileModel } from './compiled-model.js';
import { emissionScores } from './emission.js';
import { consistentNames } from './consistency.js';

/** Token ranges [first, last] of each sentence, in order. */
export function sentenceRanges(tokens: readonly Token[]): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  tokens.forEach((t, i) => {
    if (i === 0 || t.sentence !== tokens[i - 1]!.sentence) ranges.push([i, i]);
    else ranges[ranges.length - 1]![1] = i;
  });
  return ranges;
}

/** Per token: 1 where no name can run on from the token before (a comma, a possessive, a line break between them). */
export function nameBreaks(tokens: readonly Token[], text: string): Uint8Array {
  const breaks = new Uint8Array(tokens.length);
  for (let i = 1; i < tokens.length; i++) if (!joinable(text, tokens[i - 1]!, tokens[i]!) && !/^ (?:of|and|de|for|the|&) $/.test(text.slice(tokens[i - 1]!.end, tokens[i]!.start))) breaks[i] = 1;
  return breaks;
}

/** The feature ids a model knows, per token (unknown features are dropped). */
export function featureIds(model: NameModel, features: readonly (readonly string[])[]): number[][] {
  return features.map((list) => {
    const ids: number[] = [];
    for (const f of list) {
      const id = model.features.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  });
}

/**
 * Names in an article's tokens, sentence by sentence, by the model's best label sequence:
 * "Chrysler Chief Executive Robert Nardelli said" → ORG Chrysler, PER Robert Nardelli.
 * Scores come from the compiled model (feature ids without their strings); the labels are
 * those of `tagNamesByFeatureStrings`.
 */
export function tagNames(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): NameSpan[] {
  const compiled = compileModel(model);
  const scores = emissionScores(compiled, tokens, text, casingOf, known);
  const breaks = nameBreaks(tokens, text);
  const spans: NameSpan[] = [];
  for (const [first, last] of sentenceRanges(tokens)) {
    const labels = decodeRange(compiled.transition, scores, first, last, breaks);
    for (const s of spansOf(labels)) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  }
  return consistentNames(tokens, spans, breaks);
}

/**
 * The same names the straightforward way: every feature as a string (`tokenFeatures`, as training
 * makes them), looked up one by one, decoded by `viterbi`. The reference `tagNames` must equal.
 */
export function tagNamesByFeatureStrings(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): NameSpan[] {
  const ids = featureIds(model, tokenFeatures(tokens, text, casingOf, known));
  const breaks = nameBreaks(tokens, text);
  const spans: NameSpan[] = [];
  for (const [first, last] of sentenceRanges(tokens)) {
    const labels = viterbi(model.weights, ids.slice(first, last + 1), breaks.subarray(first, last + 1));
    for (const s of spansOf(labels)) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  }
  return consistentNames(tokens, spans, breaks);
}
