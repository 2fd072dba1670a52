import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

// Session 19 fix round: a lone name listed by "and" with a firm compromise's lexicon knows is no speaking person, whatever
// the name tagger reads of it (the old model reads "BioNTech" as a person). Sentences written for these tests.

const { mentionsOf } = namesOn('2024-03-05');

describe('people: a speaker listed with a known firm is no person', () => {
  it.each([
    'Pfizer and BioNTech said their vaccine cut hospital admissions.',
    'Boeing and Strelitz said the order was final.',
    'Google and Quantexa said they would share the data.',
  ])('%s', (text) => {
    expect(mentionsOf(text, 'people')).toEqual([]);
  });

  // Where the partner is no known firm, the pair of lone names still speaks as people.
  it.each([
    ['Okonkwo and Macron campaigned in the north.', 'Okonkwo', 'Macron'],
  ])('%s', (text, a, b) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, a)], [at(text, b)]]);
  });
});
