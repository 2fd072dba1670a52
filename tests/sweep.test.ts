import { readFileSync, readdirSync } from 'node:fs';
import nlp from 'compromise';
import { describe, expect, it } from 'vitest';
import { bulkMatch } from '../src/pipeline/sweep.js';
import { parse } from '../src/pipeline/context.js';

const ROOT = new URL('../', import.meta.url);
const texts = [
  readFileSync(new URL('input/russia-kyrgyzstan-2019-07-11.txt', ROOT), 'utf8'),
  ...readdirSync(new URL('tests/golden/', ROOT), { withFileTypes: true })
    .filter((d) => d.isDirectory())
    .map((d) => readFileSync(new URL(`tests/golden/${d.name}/input.txt`, ROOT), 'utf8')),
  // Contractions, numbers (integer-like index keys come first in compromise's key order), hyphens, quotes, one-word sentences.
  "We'll see. Didn't he say it'd be 2 or 3 o'clock? The 1990s-era plan cost $4.5m. Yes. 'Stop,' she said - and he did.",
];

type Found = Array<{ match: unknown; pointer: number[] }>;
type Sweep = (document: unknown, net: unknown, methods: unknown, opts?: { matchOne?: boolean }) => Found;

const methods = (nlp.world() as unknown as { methods: { one: { bulkMatch: Sweep } } }).methods;
/** A net of a few patterns, as a user of compromise builds one (`nlp.buildNet`): one needs a word, one wants either of two. */
const userNet = (nlp as unknown as { buildNet(matches: object[]): unknown }).buildNet([
  { match: '#Person+ (said|told)' },
  { match: '(in|on) #Date+' },
  { match: '#Place' },
]);
const found = (results: Found) => results.map((r) => [String(r.match), ...r.pointer]);

/**
 * Every sweep compromise makes while `work` runs (its tagger's, its chunker's, a `match`'s), each
 * also given to ours on the same input before compromise goes on: [compromise's finds, ours].
 */
function bothSweeps(work: () => void): Array<[unknown[][], unknown[][]]> {
  const own = methods.one.bulkMatch;
  const calls: Array<[unknown[][], unknown[][]]> = [];
  methods.one.bulkMatch = (document, net, m, opts) => {
    const ours = found((bulkMatch as unknown as Sweep)(document, net, m, opts));
    const theirs = own(document, net, m, opts);
    calls.push([found(theirs), ours]);
    return theirs;
  };
  try {
    work();
  } finally {
    methods.one.bulkMatch = own;
  }
  return calls;
}

describe('the sweep of tagging patterns (sweep.ts)', () => {
  it("finds the same patterns at the same places, in the same order, as compromise's own", () => {
    let tagged = 0;
    for (const text of texts) {
      const calls = bothSweeps(() => nlp(text).match(userNet as string));
      // The post-tagger's, the chunker's and the user's net's.
      expect(calls.length).toBeGreaterThanOrEqual(3);
      tagged += calls[0]![0].length;
      for (const [theirs, ours] of calls) expect(ours).toEqual(theirs);
    }
    expect(tagged).toBeGreaterThan(100);
  });

  it('stops at the first find when asked for one, as compromise does', () => {
    const calls = bothSweeps(() => nlp(texts[0]!).matchOne(userNet as string));
    const [theirs, ours] = calls[calls.length - 1]!;
    expect(theirs).toHaveLength(1);
    expect(ours).toEqual(theirs);
  });

  it('is used by the shared parse only: compromise keeps its own sweep', () => {
    const own = methods.one.bulkMatch;
    parse(texts[0]!);
    expect(methods.one.bulkMatch).toBe(own);
  });
});
