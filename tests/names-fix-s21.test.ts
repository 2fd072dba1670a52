import { describe, expect, it } from 'vitest';
import { namesOn } from './helpers/names.js';

// Session 21 fix round: the lead's findings on people and places (notes/s21/findings.md). Sentences written for these tests.

const { run } = namesOn('2025-03-04');
const people = (text: string): string[] => (run(text).people ?? []).map((p) => p.name);

// detect.ts: compromise reads a month or a weekday before a verb as a person ("since January had left"); alone it is a date.
describe('fix s21 N1: a lone month or weekday is no person', () => {
  it.each([
    ['Aid groups warned that cuts to foreign assistance since January had left clinics in the region short of staff and medicine.', 'January'],
    ['Rents have climbed since August had begun, the agency said.', 'August'],
    ['Layoffs since December had left the town\'s factories half empty.', 'December'],
  ])('%s', (text, word) => {
    expect(people(text)).not.toContain(word);
  });

  it.each([
    ['Theresa May met the king on Tuesday. May said she would resign in June.', 'Theresa May'],
    ['April Ryan asked the first question at the briefing.', 'April Ryan'],
  ])('must not fire: %s', (text, name) => {
    expect(people(text)).toContain(name);
  });
});

const places = (text: string): string[] => (run(text).places ?? []).flatMap((p) => p.mentions.map((m) => `${p.name}@${m.start}`));

// evidence.ts: a hyphened compound that says who holds a place ("Indian-administered", "rebel-held") marks the name after it as a
// place, as "occupied" does: Kashmir, also a word of the word list, needs such a cue with its country in the article.
describe('fix s21 N6: a place after "X-administered", "X-held"', () => {
  it.each([
    ['Hours after the truce, explosions were heard in Srinagar, the main city in Indian-administered Kashmir. India blamed Pakistan.', 'Kashmir'],
    ['Troops shelled villages in Pakistani-administered Kashmir overnight, Indian officials said.', 'Kashmir'],
    ['Shells fell on Kurdish-controlled Kobani, a Syrian monitor said.', 'Kobani'],
  ])('%s', (text, name) => {
    expect(places(text)).toContain(`${name}@${text.indexOf(name)}`);
  });

  it('must not fire: a verb "held" before a name', () => {
    const text = 'The talks held Kashmir hostage to a feud, the envoy said.';
    expect(places(text).join(' ')).not.toContain('Kashmir');
  });
});

// person-lists.ts: a full name in a list of three or more full names with a person the tagger reads is a person too, though
// the tagger reads the rest as a band's or a firm's.
describe('fix s21 N2: full names listed with a person', () => {
  it.each([
    ['He co-founded Black Sabbath in 1968 with Tony Iommi, Geezer Butler and Bill Ward.', ['Geezer Butler', 'Bill Ward']],
    ['The trio of Steve Jobs, Woody Stone and Ronald Wayne founded the firm in a garage.', ['Woody Stone']],
  ])('%s', (text, names) => {
    for (const name of names) expect(people(text)).toContain(name);
  });

  it('must not fire: a list after a noun of its kind', () => {
    const text = 'From the coast you can see the islands La Désirade, Petite Terre, Marie Galante and Les Saintes.';
    expect(people(text)).not.toContain('Petite Terre');
  });
});
