import { describe, expect, it } from 'vitest';
import { bySentence, inside } from '../src/events/by-sentence.js';

/** Sentences [0, 10), [11, 20), [21, 30), as the segment stage would give them. */
const SENTENCES = [
  { start: 0, end: 10 },
  { start: 11, end: 20 },
  { start: 21, end: 30 },
];

describe('events: items grouped by sentence', () => {
  it('gives each sentence the items that overlap it, in text order, whatever order they came in', () => {
    const items = [
      { id: 'c', start: 22, end: 25 },
      { id: 'a', start: 1, end: 4 },
      { id: 'b', start: 5, end: 9 },
      { id: 'd', start: 26, end: 29 },
    ];
    const of = bySentence(SENTENCES, items, (x) => x);
    expect(of(0).map((x) => x.id)).toEqual(['a', 'b']);
    expect(of(1)).toEqual([]);
    expect(of(2).map((x) => x.id)).toEqual(['c', 'd']);
  });

  it('puts an item across a sentence break in both sentences, and `inside` keeps it out of each', () => {
    const across = { start: 8, end: 13 };
    const of = bySentence(SENTENCES, [across, { start: 14, end: 16 }], (x) => x);
    expect(of(0)).toEqual([across]);
    expect(of(1)).toEqual([across, { start: 14, end: 16 }]);
    expect(inside(of(1), SENTENCES[1]!)).toEqual([{ start: 14, end: 16 }]);
  });

  it('has nothing for a sentence index it does not know, and nothing without items', () => {
    expect(bySentence(SENTENCES, [], (x: { start: number; end: number }) => x)(0)).toEqual([]);
    expect(bySentence(SENTENCES, [{ start: 1, end: 2 }], (x) => x)(7)).toEqual([]);
  });
});
