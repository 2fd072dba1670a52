import { matchSentence, sentenceSuffixes, type MatchTodo, type Term } from './sentence-match.js';

/**
 * compromise's `bulkMatch` (the sweep of its tagging patterns over a document, most of a parse),
 * with the same results in the same order, and less work per sentence. compromise collects each
 * sentence's candidate patterns by testing every key of its pattern index against the sentence's
 * words and tags, concatenating arrays as it goes, then filters the candidates in three passes;
 * here a sentence's own words and tags are looked up in the index instead (a few dozen look-ups
 * against a few thousand keys), put back in the index's key order, and the filters run in one
 * pass, and each pattern's match on a sentence is `sentence-match.ts`'s. Port of compromise 14.17
 * `src/1-one/sweep/methods/sweep/`; `context.ts` uses it for its own parse only.
 */

/** A pattern of the sweep's index: the fields the sweep reads (compromise adds more). */
interface SweepPattern extends MatchTodo {
  match: unknown;
  needs: readonly string[];
  wants: readonly string[];
  minWant: number;
  minWords: number;
  ifNo?: readonly string[];
}

/** compromise's pattern index (`methods.one.buildNet`): patterns by the words and tags they need or want. */
interface PatternNet {
  hooks: Record<string, SweepPattern[]>;
  always: SweepPattern[];
}

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
  };
}

/**
 * A net's index compiled once. Every word or tag the sweep reads (index keys, needs, wants,
 * exclusions) gets a number, so that a sentence's words and tags become marks in an array and a
 * pattern's tests read numbers, not strings from a set. Each key keeps its place in the index's
 * own key order (`Object.keys`: integer-like keys first), each place its patterns as numbers, and
 * each pattern its match string as a number, which is what compromise keeps a pattern's first
 * occurrence by.
 */
interface CompiledNet {
  /** Number of each word or tag the sweep reads. */
  ids: ReadonlyMap<string, number>;
  /** Place in the key order of each word or tag's number, -1 where it is no key. */
  placeOf: Int32Array;
  byPlace: readonly Int32Array[];
  patterns: readonly SweepPattern[];
  needs: readonly Int32Array[];
  wants: readonly Int32Array[];
  ifNo: readonly (Int32Array | null)[];
  matchIds: Int32Array;
  /** The sentence (`stamp`) each word or tag was last present in, and each match id last seen in: no set is made per sentence. */
  present: Int32Array;
  seen: Int32Array;
  stamp: number;
}

const compiled = new WeakMap<Record<string, SweepPattern[]>, CompiledNet>();

function compile(hooks: Record<string, SweepPattern[]>): CompiledNet {
  let net = compiled.get(hooks);
  if (net) return net;
  const ids = new Map<string, number>();
  const idOf = (item: string): number => {
    let id = ids.get(item);
    if (id === undefined) ids.set(item, (id = ids.size));
    return id;
  };
  const numbers = new Map<SweepPattern, number>();
  const matchIds = new Map<string, number>();
  const patterns: SweepPattern[] = [];
  const patternMatch: number[] = [];
  const keys = Object.keys(hooks);
  const keyIds = keys.map(idOf);
  const byPlace = keys.map((key) =>
    Int32Array.from(hooks[key]!, (pattern) => {
      let n = numbers.get(pattern);
      if (n === undefined) {
        n = patterns.length;
        numbers.set(pattern, n);
        patterns.push(pattern);
        // As an object key, the way compromise compares them.
        const match = String(pattern.match);
        if (!matchIds.has(match)) matchIds.set(match, matchIds.size);
        patternMatch.push(matchIds.get(match)!);
      }
      return n;
    }),
  );
  const needs = patterns.map((pattern) => Int32Array.from(pattern.needs, idOf));
  const wants = patterns.map((pattern) => Int32Array.from(pattern.wants, idOf));
  const ifNo = patterns.map((pattern) => (pattern.ifNo === undefined ? null : Int32Array.from(pattern.ifNo, idOf)));
  const placeOf = new Int32Array(ids.size).fill(-1);
  keyIds.forEach((id, place) => (placeOf[id] = place));
  net = {
    ids,
    placeOf,
    byPlace,
    patterns,
    needs,
    wants,
    ifNo,
    matchIds: Int32Array.from(patternMatch),
    present: new Int32Array(ids.size),
    seen: new Int32Array(matchIds.size),
    stamp: 0,
  };
  compiled.set(hooks, net);
  return net;
}

/** The patterns worth trying on one sentence, in the order compromise tries them. */
function candidates(haves: Set<string>, always: readonly SweepPattern[], net: CompiledNet, termCount: number): SweepPattern[] {
  if (net.stamp === 0x7fffffff) {
    net.present.fill(0);
    net.seen.fill(0);
    net.stamp = 0;
  }
  const stamp = ++net.stamp;
  const { present, seen, matchIds, patterns, placeOf } = net;
  const hit: number[] = [];
  for (const item of haves) {
    const id = net.ids.get(item);
    if (id === undefined) continue;
    present[id] = stamp;
    const at = placeOf[id]!;
    if (at >= 0) hit.push(at);
  }
  hit.sort((a, b) => a - b);
  const out: SweepPattern[] = [];
  for (const at of hit) {
    for (const n of net.byPlace[at]!) {
      const id = matchIds[n]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const pattern = patterns[n]!;
      if (termCount < pattern.minWords || !all(present, net.needs[n]!, stamp)) continue;
      const ifNo = net.ifNo[n];
      if (ifNo && any(present, ifNo, stamp)) continue;
      const wants = net.wants[n]!;
      if (wants.length > 0 && count(present, wants, stamp) < pattern.minWant) continue;
      out.push(pattern);
    }
  }
  for (const pattern of always) if (termCount >= pattern.minWords) out.push(pattern);
  return out;
}

function all(present: Int32Array, items: Int32Array, stamp: number): boolean {
  for (let k = 0; k < items.length; k++) if (present[items[k]!] !== stamp) return false;
  return true;
}

function any(present: Int32Array, items: Int32Array, stamp: number): boolean {
  for (let k = 0; k < items.length; k++) if (present[items[k]!] === stamp) return true;
  return false;
}

function count(present: Int32Array, items: Int32Array, stamp: number): number {
  let found = 0;
  for (let k = 0; k < items.length; k++) if (present[items[k]!] === stamp) found++;
  return found;
}

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(document: unknown[][], net: PatternNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): object[] {
  const docCache = methods.one.cacheDoc(document);
  const compiledNet = compile(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    const terms = document[n]! as Term[];
    const suffix = sentenceSuffixes(terms);
    for (const pattern of candidates(docCache[n]!, net.always, compiledNet, terms.length)) {
      const ptrs = matchSentence(terms, pattern, suffix);
      if (ptrs.length === 0) continue;
      for (const ptr of ptrs) {
        ptr[0] = n; // the sentence's own index
        results.push(Object.assign({}, pattern, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
