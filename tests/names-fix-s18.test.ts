import { describe, expect, it } from 'vitest';
import { at, namesOn } from './helpers/names.js';

// Session 18 fix round: the lead's findings on people and places in ordinary news. Sentences written for these tests.

const { run } = namesOn('2025-04-23');
const roleOf = (text: string, name: string): [string | null, string | null] => {
  const person = (run(text).people ?? []).find((p) => p.name === name);
  expect(person).toBeDefined();
  return [person!.role, person!.affiliation];
};

// N1: "EU competition chief Teresa Ribera" gave the role "Chief" and no affiliation: the role phrase stopped at the first
// word that is no role word. Lower-case nouns naming the office's field belong to it (and adjectives inside it), and the
// words before them say whose role it is; a firm's possessive before a corporate officer is the firm, even where a place
// has its name.
describe('people: lower-case field words are part of the role', () => {
  it.each([
    ['EU competition chief Teresa Ribera said both companies had 60 days to comply.', 'Teresa Ribera', 'Competition Chief', 'EU'],
    [
      "The Commission opened its investigation in March 2024. Meta's chief global affairs officer, Joel Kaplan, accused the EU of trying to handicap American businesses.",
      'Joel Kaplan',
      'Chief Global Affairs Officer',
      'Meta',
    ],
    ['UN human rights chief Volker Türk said the strikes must stop.', 'Volker Türk', 'Human Rights Chief', 'UN'],
    ["Analysts expect a delay. Acme's chief medical officer, Dana Whitfield, said the trial would resume in May.", 'Dana Whitfield', 'Chief Medical Officer', 'Acme'],
    ['French opposition leader Marine Le Pen called for a vote.', 'Marine Le Pen', 'Opposition Leader', 'FR'],
  ])('"%s": %s is %s of %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });

  it.each([
    // A verb or a describing adjective before the title is no part of it.
    ['Shareholders met chief executive Ann Burke on Tuesday.', 'Ann Burke', 'Chief Executive', null],
    ['The club hired popular coach Ann Burke on Monday.', 'Ann Burke', 'Coach', null],
    ['Several artists signed the letter, including singer Ann Burke.', 'Ann Burke', 'Singer', null],
    // The noun of a body says whose role it is, not the office's field.
    ['The spill was contained, agency spokeswoman Ann Burke said.', 'Ann Burke', 'Spokeswoman', null],
    // A place before an office of government stays no affiliation: only a firm has a chief officer.
    ["Ohio's health director, Amy Acton, said schools would close.", 'Amy Acton', 'Health Director', null],
  ])('"%s": %s is %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });
});

// N2: "the Niger river burst its banks" gave the country Niger. A name before a lower-case "river" or "lake" after "the" or a
// possessive is that feature's (ungrounded, of kind river or lake), never the country's or town's of that name; its other
// mentions stay what they are.
describe('places: a name before "river" or "lake" is the feature', () => {
  const placesOf = (text: string): string[] =>
    (run(text).places ?? []).flatMap((p) => p.mentions.map((m) => `${m.text}@${m.start} ${p.kind} ${p.countryCode ?? '-'}`));

  it.each([
    ['The worst damage was in Bayelsa state, where the Niger river burst its banks on Tuesday.', 'Niger', 'river'],
    ['Barges on the Ohio river stopped after the water fell.', 'Ohio', 'river'],
    ["Farmers said Jordan's Jordan river was lower than ever.", 'Jordan', 'river', 1],
    ['Fishermen said the Chad lake had shrunk by a tenth.', 'Chad', 'lake'],
  ] as Array<[string, string, string, number?]>)('"%s": %s is a %s', (text, name, kind, n = 0) => {
    expect(placesOf(text)).toContain(`${at(text, name, n)} ${kind} -`);
  });

  it('the same name elsewhere in the article stays the country', () => {
    const text = 'The Niger river burst its banks. Troops in Niger were sent to help.';
    expect(placesOf(text)).toEqual([`${at(text, 'Niger')} river -`, `${at(text, 'Niger', 1)} country NE`]);
  });

  it.each([
    // A people's adjective describes the river, names none.
    ['Boats crossed the Chinese river at dawn.', []],
    // A capitalized kind word is part of the name, as before.
    ['The Hudson River froze on Monday.', ['Hudson River@4 river -']],
  ] as Array<[string, string[]]>)('"%s"', (text, expected) => {
    expect(placesOf(text)).toEqual(expected);
  });
});

// N2, "Lake X": "Fishermen on Lake Chad said" made the lake a body that speaks, and so no place. A feature's name the name
// tagger reads as a place ends the subject; it is no organization.
describe('places: a lake before "said" is still the lake', () => {
  it.each([
    ['Fishermen on Lake Chad said the water had fallen by half.', 'Lake Chad', 'lake'],
    ['Farmers along the River Niger said their crops were lost.', 'River Niger', 'river'],
  ])('"%s": %s is a %s, no organization', (text, name, kind) => {
    const article = run(text);
    expect((article.places ?? []).map((p) => `${p.name} ${p.kind}`)).toContain(`${name} ${kind}`);
    expect((article.organizations ?? []).map((o) => o.name)).toEqual([]);
  });
});
