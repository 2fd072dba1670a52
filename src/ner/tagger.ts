import type { Token } from '../people/tokens.js';
import { joinable, type Casing } from '../people/runs.js';
import { spansOf, type NameSpan } from './labels.js';
import { decodeRange, viterbi } from './perceptron.js';
import type { NameModel } from './model-file.js';
import { tokenFeatures, type FeatureKnowledge } from './features.js';
import { compileModel } from './compiled-model.js';
import { emissionScores } from './emission.js';
import { consistentNames } from './consistency.js';
import { taggedEvidence } from './tagged-evidence.js';
import { LABEL_COUNT } from './labels.js';

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
 * The names the best label sequence of each sentence spells, under per-token label scores; a
 * sentence that `decode` rejects keeps its names from `previous` instead (the same scores would
 * give the same labels).
 */
function decodeSentences(transition: Float64Array, scores: Float64Array, tokens: readonly Token[], breaks: Uint8Array, decode?: (first: number, last: number) => boolean, previous: readonly NameSpan[] = []): NameSpan[] {
  const spans: NameSpan[] = [];
  let kept = 0;
  for (const [first, last] of sentenceRanges(tokens)) {
    if (decode && !decode(first, last)) {
      while (kept < previous.length && previous[kept]!.first < first) kept++;
      for (; kept < previous.length && previous[kept]!.first <= last; kept++) spans.push(previous[kept]!);
      continue;
    }
    const labels = decodeRange(transition, scores, first, last, breaks);
    for (const s of spansOf(labels)) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  }
  return spans;
}

/**
 * Names in an article's tokens, sentence by sentence, by the model's best label sequence, in two
 * passes: the second adds what the first found elsewhere in the article (`taggedEvidence`):
 * "Chrysler Chief Executive Robert Nardelli said" → ORG Chrysler, PER Robert Nardelli, and a later
 * lone "Nardelli" a person too. Scores come from the compiled model (feature ids without their
 * strings); the labels are those of `tagNamesByFeatureStrings`.
 */
export function tagNames(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): NameSpan[] {
  const compiled = compileModel(model);
  const scores = emissionScores(compiled, tokens, text, casingOf, known);
  const breaks = nameBreaks(tokens, text);
  const firstPass = decodeSentences(compiled.transition, scores, tokens, breaks);
  const evidence = taggedEvidence(tokens, firstPass);
  const L = LABEL_COUNT;
  const changed = new Uint8Array(tokens.length);
  evidence.forEach((list, i) => {
    for (const f of list) {
      const id = compiled.id(f);
      if (id < 0) continue;
      for (let y = 0; y < L; y++) scores[i * L + y]! += compiled.emission[id * L + y]!;
      changed[i] = 1;
    }
  });
  // Only sentences whose scores the evidence changed are decoded again.
  const secondPass = decodeSentences(compiled.transition, scores, tokens, breaks, (first, last) => changed.subarray(first, last + 1).includes(1), firstPass);
  return consistentNames(tokens, secondPass, breaks);
}

/** The names each sentence's best label sequence spells under `viterbi`, from each token's feature ids. */
function viterbiSentences(model: NameModel, ids: readonly (readonly number[])[], tokens: readonly Token[], breaks: Uint8Array): NameSpan[] {
  const spans: NameSpan[] = [];
  for (const [first, last] of sentenceRanges(tokens)) {
    const labels = viterbi(model.weights, ids.slice(first, last + 1), breaks.subarray(first, last + 1));
    for (const s of spansOf(labels)) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  }
  return spans;
}

/**
 * The same names the straightforward way: every feature as a string (`tokenFeatures`, as training
 * makes them, then `taggedEvidence` of the first pass), looked up one by one, decoded by `viterbi`.
 * The reference `tagNames` must equal.
 */
export function tagNamesByFeatureStrings(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): NameSpan[] {
  const features = tokenFeatures(tokens, text, casingOf, known);
  const breaks = nameBreaks(tokens, text);
  const firstPass = viterbiSentences(model, featureIds(model, features), tokens, breaks);
  const evidence = taggedEvidence(tokens, firstPass);
  const ids = featureIds(model, features.map((list, i) => [...list, ...evidence[i]!]));
  return consistentNames(tokens, viterbiSentences(model, ids, tokens, breaks), breaks);
}
