import type { Token } from '../people/tokens.js';
import { HONORIFICS, ROLE_HEADS } from '../people/titles.js';
import { ORG_DESCRIPTORS, ORG_SUFFIXES, PLACE_NOUNS } from '../people/words.js';
import { wordFeatures, wordKey, type FeatureKnowledge } from './features.js';
import { wordShape } from './word-shape.js';
import { LABEL_COUNT } from './labels.js';
import type { CompiledModel } from './compiled-model.js';

/**
 * What the tagger needs of one word wherever it stands, computed once per distinct word (its
 * display form and text): its own features' summed weights, its ids as a neighbour, its shape and the list
 * hits its neighbours' features read.
 */
export interface WordTraits {
  /**
   * The sum of the weights of the word's own features (`wordFeatures`), per label, added in their
   * order from zero, as a token's scores start: the same numbers as adding them token by token.
   */
  own: Float64Array;
  lower: string;
  /** Shape of the display form. */
  shape: string;
  /** Ids of `w-1=`, `w+1=`, `w-2=`, `w+2=` with this word (-1: unknown). */
  before1: number;
  after1: number;
  before2: number;
  after2: number;
  /** Display form starts with a capital. */
  capital: boolean;
  firstName: boolean;
  orgSuffix: boolean;
  orgDescriptor: boolean;
  placeNoun: boolean;
  title: boolean;
}

/** Distinct words a model keeps between articles; the cache starts over when full. */
const CACHE_SIZE = 50_000;
const caches = new WeakMap<CompiledModel, Map<string, WordTraits>>();

const CAPITAL = /^\p{Lu}/u;

/** The traits of a token shown as `display` (see `asRunningText`), made once per distinct word and model. */
export function wordTraits(model: CompiledModel, display: string, t: Token, known: FeatureKnowledge): WordTraits {
  let cache = caches.get(model);
  if (!cache) caches.set(model, (cache = new Map()));
  const key = wordKey(display, t);
  const seen = cache.get(key);
  if (seen) return seen;
  if (cache.size >= CACHE_SIZE) cache.clear();
  const lower = t.text.toLowerCase();
  const own = new Float64Array(LABEL_COUNT);
  for (const f of wordFeatures(display, t, known)) {
    const id = model.id(f);
    if (id < 0) continue;
    for (let y = 0; y < LABEL_COUNT; y++) own[y]! += model.emission[id * LABEL_COUNT + y]!;
  }
  const traits: WordTraits = {
    own,
    lower,
    shape: wordShape(display),
    before1: model.id(`w-1=${lower}`),
    after1: model.id(`w+1=${lower}`),
    before2: model.id(`w-2=${lower}`),
    after2: model.id(`w+2=${lower}`),
    capital: CAPITAL.test(display),
    firstName: known.firstNames.has(lower),
    orgSuffix: ORG_SUFFIXES.has(t.key),
    orgDescriptor: ORG_DESCRIPTORS.has(t.key),
    placeNoun: PLACE_NOUNS.has(t.key),
    title: ROLE_HEADS.has(t.key) || HONORIFICS.has(t.key),
  };
  cache.set(key, traits);
  return traits;
}
