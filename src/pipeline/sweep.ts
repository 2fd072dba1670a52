/**
 * compromise's `bulkMatch` (the sweep of its tagging patterns over a document, most of a parse),
 * with the same results in the same order, and less work per sentence. compromise collects each
 * sentence's candidate patterns by testing every key of its pattern index against the sentence's
 * words and tags, concatenating arrays as it goes, then filters the candidates in three passes;
 * here a sentence's own words and tags are looked up in the index instead (a few dozen look-ups
 * against a few thousand keys), put back in the index's key order, and the filters run in one
 * pass. Port of compromise 14.17 `src/1-one/sweep/methods/sweep/`; `context.ts` uses it for its
 * own parse only.
 */

/** A pattern of the sweep's index: the fields the sweep reads (compromise adds more). */
interface SweepPattern {
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

type Pointer = [number, number, number];

interface SweepMethods {
  one: {
    cacheDoc(document: unknown[][]): Set<string>[];
    match(document: unknown[][], pattern: SweepPattern): { ptrs: Pointer[] };
  };
}

/**
 * A net's index compiled once: each key's place in the index's own key order (`Object.keys`:
 * integer-like keys first), each place's patterns as numbers, and each pattern's match string as
 * a number, which is what compromise keeps a pattern's first occurrence by.
 */
interface CompiledNet {
  place: ReadonlyMap<string, number>;
  byPlace: readonly (readonly number[])[];
  patterns: readonly SweepPattern[];
  matchIds: Int32Array;
  /** The sentence each match id was last seen in (`stamp`), so that no set is made per sentence. */
  seen: Int32Array;
  stamp: number;
}

const compiled = new WeakMap<Record<string, SweepPattern[]>, CompiledNet>();

function compile(hooks: Record<string, SweepPattern[]>): CompiledNet {
  let net = compiled.get(hooks);
  if (net) return net;
  const numbers = new Map<SweepPattern, number>();
  const matchIds = new Map<string, number>();
  const patterns: SweepPattern[] = [];
  const ids: number[] = [];
  const keys = Object.keys(hooks);
  const byPlace = keys.map((key) =>
    hooks[key]!.map((pattern) => {
      let n = numbers.get(pattern);
      if (n === undefined) {
        n = patterns.length;
        numbers.set(pattern, n);
        patterns.push(pattern);
        // As an object key, the way compromise compares them.
        const match = String(pattern.match);
        if (!matchIds.has(match)) matchIds.set(match, matchIds.size);
        ids.push(matchIds.get(match)!);
      }
      return n;
    }),
  );
  net = { place: new Map(keys.map((key, i) => [key, i])), byPlace, patterns, matchIds: Int32Array.from(ids), seen: new Int32Array(matchIds.size), stamp: 0 };
  compiled.set(hooks, net);
  return net;
}

/** The patterns worth trying on one sentence, in the order compromise tries them. */
function candidates(haves: Set<string>, always: readonly SweepPattern[], net: CompiledNet, termCount: number): SweepPattern[] {
  const hit: number[] = [];
  for (const item of haves) {
    const at = net.place.get(item);
    if (at !== undefined) hit.push(at);
  }
  hit.sort((a, b) => a - b);
  if (net.stamp === 0x7fffffff) {
    net.seen.fill(0);
    net.stamp = 0;
  }
  const stamp = ++net.stamp;
  const { seen, matchIds, patterns } = net;
  const out: SweepPattern[] = [];
  for (const at of hit) {
    for (const n of net.byPlace[at]!) {
      const id = matchIds[n]!;
      if (seen[id] === stamp) continue;
      seen[id] = stamp;
      const pattern = patterns[n]!;
      if (termCount >= pattern.minWords && hasAll(haves, pattern.needs) && !(pattern.ifNo && hasAny(haves, pattern.ifNo)) && wanted(pattern, haves))
        out.push(pattern);
    }
  }
  for (const pattern of always) if (termCount >= pattern.minWords) out.push(pattern);
  return out;
}

function hasAll(haves: Set<string>, items: readonly string[]): boolean {
  for (const item of items) if (!haves.has(item)) return false;
  return true;
}

function hasAny(haves: Set<string>, items: readonly string[]): boolean {
  for (const item of items) if (haves.has(item)) return true;
  return false;
}

function wanted(pattern: SweepPattern, haves: Set<string>): boolean {
  if (pattern.wants.length === 0) return true;
  let found = 0;
  for (const want of pattern.wants) if (haves.has(want)) found++;
  return found >= pattern.minWant;
}

/** Drop-in for compromise's `methods.one.bulkMatch(document, net, methods, opts)`. */
export function bulkMatch(document: unknown[][], net: PatternNet, methods: SweepMethods, opts: { matchOne?: boolean } = {}): object[] {
  const docCache = methods.one.cacheDoc(document);
  const compiledNet = compile(net.hooks);
  const results: object[] = [];
  for (let n = 0; n < document.length; n++) {
    for (const pattern of candidates(docCache[n]!, net.always, compiledNet, document[n]!.length)) {
      const res = methods.one.match([document[n]!], pattern);
      if (res.ptrs.length === 0) continue;
      for (const ptr of res.ptrs) {
        ptr[0] = n; // the sentence's own index
        results.push(Object.assign({}, pattern, { pointer: ptr }));
      }
      if (opts.matchOne === true) return [results[0]!];
    }
  }
  return results;
}
