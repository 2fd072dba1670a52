import type { Token } from '../people/tokens.js';
import { joinable, type Casing } from '../people/runs.js';
import { spansOf, type NameSpan } from './labels.js';
import { viterbi } from './perceptron.js';
import type { NameModel } from './model-file.js';
import { contextFeatures, wordFeatures, wordKey, type FeatureKnowledge } from './features.js';
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

/** Distinct words whose feature ids a model keeps between articles; the cache starts over when full. */
const WORD_CACHE_SIZE = 50_000;
const wordCaches = new WeakMap<NameModel, Map<string, number[]>>();

/**
 * The feature ids of every token: a word's own features once per distinct word (kept between
 * articles), then those of where it stands. The same ids as `featureIds(tokenFeatures(...))`.
 */
function taggerFeatureIds(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): number[][] {
  let cache = wordCaches.get(model);
  if (!cache) wordCaches.set(model, (cache = new Map()));
  const { display, context } = contextFeatures(tokens, text, casingOf, known);
  return tokens.map((t, i) => {
    const key = wordKey(display[i]!, t);
    let own = cache.get(key);
    if (!own) {
      if (cache.size >= WORD_CACHE_SIZE) cache.clear();
      own = featureIds(model, [wordFeatures(display[i]!, t, known)])[0]!;
      cache.set(key, own);
    }
    const ids = own.slice();
    for (const f of context[i]!) {
      const id = model.features.get(f);
      if (id !== undefined) ids.push(id);
    }
    return ids;
  });
}

/**
 * Names in an article's tokens, sentence by sentence, by the model's best label sequence:
 * "Chrysler Chief Executive Robert Nardelli said" → ORG Chrysler, PER Robert Nardelli.
 */
export function tagNames(model: NameModel, tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, known: FeatureKnowledge): NameSpan[] {
  const ids = taggerFeatureIds(model, tokens, text, casingOf, known);
  const breaks = nameBreaks(tokens, text);
  const spans: NameSpan[] = [];
  for (const [first, last] of sentenceRanges(tokens)) {
    const labels = viterbi(model.weights, ids.slice(first, last + 1), breaks.subarray(first, last + 1));
    for (const s of spansOf(labels)) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  }
  return consistentNames(tokens, spans, breaks);
}
