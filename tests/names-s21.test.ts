import { describe, expect, it } from 'vitest';
import { namesOn } from './helpers/names.js';

// Session 21: people and places on unseen news (issue 16). Sentences written for these tests.

const { run } = namesOn('2025-03-04');
const places = (text: string): string[] => (run(text).places ?? []).flatMap((p) => p.mentions.map((m) => `${p.name}|${p.kind}|${m.text}@${m.start}`));

// water-bodies.ts, features.ts: an ocean, a sea or a great river named bare after "the" is the feature, not a town of that name.
describe('s21: water bodies after "the"', () => {
  it.each([
    ['The tanker sank in the Atlantic after a storm.', 'Atlantic', 'sea'],
    ['Barges carry grain along the Danube to the Black Sea.', 'Danube', 'river'],
    ['Floods on the Rhine closed the port of Duisburg.', 'Rhine', 'river'],
    ['Migrants set off across the Mediterranean from Libya.', 'Mediterranean', 'sea'],
  ])('%s', (text, name, kind) => {
    const at = text.indexOf(name);
    expect(places(text)).toContain(`${name}|${kind}|${name}@${at}`);
  });

  it.each([
    ['The Atlantic Council published a report.', 'Atlantic'],
    ['She follows the Mediterranean diet and swims daily.', 'Mediterranean'],
    ['Residents of Atlantic, Iowa, voted on Tuesday.', 'sea'],
  ])('must not fire: %s', (text, word) => {
    expect(places(text).filter((p) => p.includes(`|sea|`) || p.includes('|river|')).join(' ')).not.toContain(word);
  });
});

// evidence.ts: a lower-case adjective of a part of a place ("central", "northern") keeps the place after it a place where the
// name tagger reads a body there.
describe('s21: a part of a place ("central Belgrade")', () => {
  it.each([
    ['BELGRADE, Serbia - Thousands of students marched through central Belgrade on Saturday, the largest protest in years.', 'Belgrade', 1],
    ['Air strikes hit northern Gaza overnight, officials said.', 'Gaza', 0],
    ['Fighting went on in southeastern Ukraine on Friday.', 'Ukraine', 0],
  ])('%s', (text, name, n) => {
    let at = -1;
    for (let k = 0; k <= n; k++) at = text.toLowerCase().indexOf(name.toLowerCase(), at + 1);
    expect(places(text).some((p) => p.endsWith(`@${at}`))).toBe(true);
  });
});

// nickname.ts: a quoted nickname inside a full name is no part of the person's name; the mention keeps the text as written.
describe('s21: a quoted nickname is left out of the name', () => {
  it.each([
    ['A jury acquitted Marcus "Mack" Delaney of fraud on Wednesday. Delaney, 51, faces a fine.', 'Marcus Delaney', 'Marcus "Mack" Delaney'],
    ['Police said Thomas “Tommy” Okafor was released on bail.', 'Thomas Okafor', 'Thomas “Tommy” Okafor'],
  ])('%s', (text, name, mention) => {
    const person = (run(text).people ?? []).find((p) => p.name === name);
    expect(person?.mentions[0]?.text).toBe(mention);
    expect(person?.mentions[0]?.start).toBe(text.indexOf(mention));
  });

  it('must not fire: a quotation after a name is no nickname', () => {
    const text = 'Mayor Jane Holloway said "we will rebuild" on Monday.';
    expect((run(text).people ?? []).map((p) => p.name)).toEqual(['Jane Holloway']);
  });
});

// tagged-places.ts PLACE_HEADS: a built place the tagger reads as a place's name is kept by its head word, as GUM counts
// facilities as places.
describe('s21: facilities by their head word', () => {
  it.each([
    ['Pilgrims gathered outside the Hakim Mosque before dawn.', 'Hakim Mosque'],
    ['Crowds filled Montparnasse Cemetery for the funeral.', 'Montparnasse Cemetery'],
  ])('%s', (text, name) => {
    expect(places(text)).toContain(`${name}|other|${name}@${text.indexOf(name)}`);
  });

  it('must not fire: a facility the tagger reads as a body stays one', () => {
    expect(places('Guests at the Hafijj Hotel were moved.')).toEqual([]);
  });
});

// person-apposition.ts: a single name no list knows, described right after it as a person by "a" and a person's noun.
describe('s21: a name before an indefinite apposition of a person', () => {
  const people = (text: string): string[] => (run(text).people ?? []).flatMap((p) => p.mentions.map((m) => `${p.name}@${m.start}`));
  it.each([
    ['Doechii, a rapper from Tampa, won best rap album on Sunday.', 'Doechii'],
    ['Okafor, a retired bricklayer, said the rent had doubled twice.', 'Okafor'],
    ['The award went to Zelinka, a songwriter from Brno, on Friday.', 'Zelinka'],
  ])('%s', (text, name) => {
    expect(people(text)).toContain(`${name}@${text.indexOf(name)}`);
  });

  it.each([
    'Acme, a maker of chips, said sales rose.',
    'Orders went to Veltrona, a drugmaker based in Basel, last year.',
    'Tampa, a city in Florida, voted on Tuesday.',
    'Her father was French; her mother was English, a native of Leeds.',
  ])('must not fire: %s', (text) => {
    expect(people(text)).toEqual([]);
  });
});
