import type { Token } from '../people/tokens.js';
import type { Gazetteer } from '../resources/gazetteer.js';

/** Longest gazetteer name tried, in words. */
const MAX_PLACE_WORDS = 4;

const RANK = ['continent', 'country', 'admin-region', 'region', 'city', 'sea', 'town', 'village', 'other'];

/** The kind of the most important gazetteer entry a name reaches: country over city over village. */
function placeKindOf(gazetteer: Gazetteer, name: string): string | null {
  const match = gazetteer.match(name);
  if (!match) return null;
  let best: string | null = null;
  for (const { entry, abbreviation } of match.hits) {
    if (abbreviation && name !== name.toUpperCase()) continue;
    if (best === null || RANK.indexOf(entry.kind) < RANK.indexOf(best)) best = entry.kind;
  }
  return best === null ? null : match.commonWord ? `${best}~` : best;
}

/** Names looked up, per gazetteer, kept between articles; the cache starts over when full. */
const CACHE_SIZE = 50_000;
const kindCaches = new WeakMap<Gazetteer, Map<string, string | null>>();

/** `placeKindOf`, each name looked up once per gazetteer. */
function cachedKindOf(gazetteer: Gazetteer, name: string): string | null {
  let cache = kindCaches.get(gazetteer);
  if (!cache) kindCaches.set(gazetteer, (cache = new Map()));
  let kind = cache.get(name);
  if (kind === undefined) {
    if (cache.size >= CACHE_SIZE) cache.clear();
    kind = placeKindOf(gazetteer, name);
    cache.set(name, kind);
  }
  return kind;
}

/** Gazetteer hits as B-/I- marks (with the place's kind) on capitalized words: the longest name starting at each word. */
export function placeMarks(tokens: readonly Token[], text: string, display: readonly string[], gazetteer: Gazetteer): (string | null)[] {
  // Plain loops, not Array#map, whose result has another map once the caller is optimized (see emissionScores).
  const marks: (string | null)[] = [];
  const capital: boolean[] = [];
  for (let i = 0; i < tokens.length; i++) {
    marks.push(null);
    capital.push(/^\p{Lu}/u.test(display[i]!));
  }
  for (let i = 0; i < tokens.length; i++) {
    if (!capital[i]) continue;
    for (let j = Math.min(tokens.length - 1, i + MAX_PLACE_WORDS - 1); j >= i; j--) {
      if (tokens[j]!.sentence !== tokens[i]!.sentence || !capital[j]) continue;
      const name = j === i ? tokens[i]!.text : text.slice(tokens[i]!.start, tokens[j]!.end);
      if (j > i && /[,.;:()]/.test(name)) continue;
      const kind = cachedKindOf(gazetteer, name);
      if (!kind) continue;
      marks[i] = `B-${kind}`;
      for (let k = i + 1; k <= j; k++) marks[k] = `I-${kind}`;
      i = j;
      break;
    }
  }
  return marks;
}
