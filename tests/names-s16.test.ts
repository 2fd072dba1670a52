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

// "Companies are shortened to their first word": a full name whose first word stood alone later was taken for a firm's
// unless compromise tagged that word a given name ("Frank" is an adjective to it). A listed given name the tagger reads
// with a surname as a person is a given name.
describe('people: a full name, then the given name alone', () => {
  it('"Frank Halloran ... Frank sent" is one person', () => {
    const text = 'Frank Halloran got in touch after the crew returned from the Arctic. We talked for an hour, and Frank sent the samples a week later.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Frank Halloran'), `Frank@${text.lastIndexOf('Frank')}`]]);
  });

  it.each([
    'Lockheed Martin won the contract. Lockheed said the work would begin in May.',
    'Morgan Stanley cut its forecast. Morgan said rates would stay high.',
  ])('no person in "%s"', (text) => {
    expect(mentionsOf(text, 'people')).toEqual([]);
  });
});

// A full name with no listed given name and an ordinary word in it ("dries") was dropped though the tagger read a person;
// read so twice in the article, it is kept.
describe('people: a full name the tagger reads as a person twice, starting with an ordinary word', () => {
  it('"Dries Mertens" twice is a person', () => {
    const text = 'Belgium pressed from the start, and Dries Mertens forced a save from the goalkeeper. After the break Dries Mertens scored with a volley.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Dries Mertens'), at(text, 'Dries Mertens', 1)]]);
  });

  it('once is not enough', () => {
    const text = 'Belgium pressed from the start, and Dries Mertens forced a save from the goalkeeper.';
    expect(mentionsOf(text, 'people')).toEqual([]);
  });
});

// "America" is kept out of the gazetteer the tagger reads (names-unseen: organizations named "... of America"); the places
// stage reads it as the United States, not as the Dutch village of that name.
describe('places: "America" alone is the United States', () => {
  const { run } = namesOn('2024-03-05');
  it.each([
    ['He moved to America in 1990 and opened a restaurant in Chicago.', 12],
    ['Nobody in America should tolerate that, the senator said.', 10],
  ])('%s', (text, start) => {
    const america = (run(text).places ?? []).find((p) => p.mentions.some((m) => m.start === start));
    expect(america).toMatchObject({ kind: 'country', countryCode: 'US', mentions: [{ text: 'America', start, end: start + 7 }] });
  });

  it('not inside an organization named "... of America"', () => {
    expect(mentionsOf('The United Steelworkers of America endorsed the candidate.', 'places')).toEqual([]);
  });
});

describe('places: a stance toward a government is no place', () => {
  it.each([
    ['The pro-Beijing camp kept its majority in the council.', []],
    ['Anti-Moscow protesters gathered outside the embassy in Kiev.', ['Kiev']],
    ['Pro-Kremlin bloggers cheered, while voters in Moscow stayed home.', ['Moscow']],
  ])('%s', (text, names) => {
    expect(mentionsOf(text, 'places')).toEqual(names.map((n) => [at(text, n)]));
  });
});

// "rival", "team", "party" say what kind of body follows ("its rival, Airbus"); before a given name and a surname the
// tagger reads as a person's, they describe a person.
describe('people: a full name after a word of a body\'s kind', () => {
  it.each([
    ["Da Silva's rival, Jair Bolsonaro, refused to concede.", 'Jair Bolsonaro'],
    ['His rival, Maria Santos, lost the runoff.', 'Maria Santos'],
  ])('%s', (text, name) => {
    expect(mentionsOf(text, 'people')).toContainEqual([at(text, name)]);
    expect(mentionsOf(text, 'organizations')).toEqual([]);
  });

  it('"Boeing\'s rival, Airbus Industrie" stays a firm', () => {
    const text = "Boeing's rival, Airbus Industrie, delivered more jets.";
    expect(mentionsOf(text, 'people')).toEqual([]);
  });
});

// "Summer" is a given name, so "Summer Paralympics" was a person and "The Paralympics" his surname.
describe('people: a contest\'s name is no one\'s', () => {
  it.each([
    'She retired after the 2012 Summer Paralympics in London. The Paralympics were a high point of her career.',
    'Tickets for the Winter Games sold out, and the Davis Cup was moved to Madrid.',
  ])('no person in "%s"', (text) => {
    expect(mentionsOf(text, 'people')).toEqual([]);
  });

  it('a surname before the contest stays a person\'s: "Serena Williams won the Australian Open"', () => {
    const text = 'Serena Williams won the Australian Open. Williams said she was tired.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Serena Williams'), at(text, 'Williams', 1)]]);
  });
});
