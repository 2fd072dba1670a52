import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

// Issue 16, session 19: lone names with a person's evidence, and the firm pieces the retrained tagger reads as places.
// Sentences written for these tests.

const { mentionsOf } = namesOn('2024-03-05');

// A lone word is someone's when it speaks of itself as "he" or "she" (even opening its sentence), when it is the subject of
// a verb of saying after a word that opens a clause, or when it is listed with a person as the subject of a verb.
describe('people: a lone name with a person\'s evidence', () => {
  it.each([
    ['Okonkwo said he would lead the strike until the pay offer improved.', 'Okonkwo'],
    ['Lindqvist told reporters that she would not stand for a second term.', 'Lindqvist'],
    ['Shares in the carmaker fell after Okonkwo said the plant would close.', 'Okonkwo'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, name)]]);
  });

  it.each([
    ['Okonkwo and Macron campaigned in Lagos on Saturday.', 'Okonkwo', 'Macron'],
  ])('%s', (text, one, other) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, one)], [at(text, other)]]);
  });

  it.each([
    // A firm says "it" of itself.
    'Tolvane said it would cut 300 jobs next year.',
    // An ordinary word that opens the sentence speaks as a group.
    'Officials said he had been released on bail.',
    // Names listed before a noun they modify are no subjects ("docks").
    'Ferries leave from Hoboken and Edgewater docks every hour.',
  ])('no person in "%s"', (text) => {
    expect(mentionsOf(text, 'people')).toEqual([]);
  });
});
