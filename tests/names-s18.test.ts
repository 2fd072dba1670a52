import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

// Issue 16, session 18: people on news the tagger never saw. Sentences written for these tests.

const { mentionsOf } = namesOn('2024-03-05');

// A lone surname is someone's when it speaks inside a sentence, the tagger reads a person there and the article never
// writes it as an ordinary word: general evidence, no list of public figures.
describe('people: a lone name that speaks', () => {
  it.each([
    ['The talks broke down late on Monday, and Okonkwo said the union would strike.', 'Okonkwo'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, name)]]);
  });

  it.each([
    // An ordinary word that opens the sentence speaks as a group, not a person.
    'Officials said the road would reopen on Friday.',
    // A body's name after a verb of saying stays no one's.
    'The ministry said the report was wrong, and Parliament said it would vote.',
    // The subject is the officer, whose title the name ends.
    'The Finance Director of Tolvane said costs were rising.',
  ])('no person in "%s"', (text) => {
    expect(mentionsOf(text, 'people')).toEqual([]);
  });
});

// The tagger reads a sentence's capital into a name; an opening connective, date or comparative is no part of it.
describe('people: a sentence opener is cut off the name', () => {
  it.each([
    ['The game ended. Afterwards Rodriguez thanked the fans, and Rodriguez signed shirts.', 'Rodriguez'],
    ['The plant closed. Instead Henderson opened a new one, and Henderson hired the staff.', 'Henderson'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, name), at(text, name, 1)]]);
  });
});

// A quoted nickname between a given name and a surname makes a person's name, whatever the tagger reads (the rule in
// likelyPerson; people.test.ts has the case where the shipped model reads no person: Earvin "Magic" Johnson).
describe('people: a quoted nickname inside a name', () => {
  it.each([
    ['Police said Thomas "Tommy" Okafor was released on bail.', 'Thomas "Tommy" Okafor'],
    ['The club signed Roberto "Bobby" Lindqvist on a free transfer.', 'Roberto "Bobby" Lindqvist'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'people')).toEqual([[at(text, name)]]);
  });
});
