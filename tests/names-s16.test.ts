import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

// Issue 16, session 16: people and places on news the tagger never saw. Sentences written for these tests.

const { mentionsOf } = namesOn('2024-03-05');

// A town whose name is also an English word ("trier") needed its country named in the article; the name tagger reading a
// place there now stands in for it.
describe('places: a gazetteer town the name tagger reads as a place, with no country named', () => {
  it.each([
    ['After his studies the young monk settled in Trier, where he copied books.', 'Trier'],
    ['Eight years later she moved to Trier with her husband.', 'Trier'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'places')).toEqual([[at(text, name)]]);
  });

  it.each([
    // A language, though a village in Indiana has the name.
    'A guide to the islands is available in English.',
    // "a National Park" is a kind of place, not the town of that name in New Jersey.
    'Activists want to turn the marshes into a National Park.',
  ])('no place in "%s"', (text) => {
    expect(mentionsOf(text, 'places')).toEqual([]);
  });
});
