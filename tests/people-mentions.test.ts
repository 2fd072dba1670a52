import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds));

/** `text@start` of every mention of a kind's items, one array an item, in output order. */
function mentionsOf(text: string, kind: 'people' | 'places' | 'organizations'): string[][] {
  const article = pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' });
  const items = (article[kind] ?? []) as Array<{ mentions: Array<{ text: string; start: number; end: number }> }>;
  for (const item of items) for (const m of item.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  return items.map((item) => item.mentions.map((m) => `${m.text}@${m.start}`));
}

/** `name@start` where `name` occurs in `text` for the n-th time (0-based). */
const at = (text: string, name: string, n = 0): string => {
  let i = -1;
  for (let k = 0; k <= n; k++) i = text.indexOf(name, i + 1);
  return `${name}@${i}`;
};

describe('people: a full name read alike twice, and a surname that is also a place (issue 16, class 3)', () => {
  it('a full name the tagger reads twice is a person though its given name is an ordinary word', () => {
    const text = 'Belgium attacked early, with Romelu Lukaku, Yannick Carrasco, and Dries Mertens making early attempts. Dries Mertens scored in the 47th minute.';
    const people = mentionsOf(text, 'people');
    expect(people).toContainEqual([at(text, 'Dries Mertens', 0), at(text, 'Dries Mertens', 1)]);
  });

  it('a given name and a surname that is a city make a person, linked at the surname alone, but not after "to" or "in"', () => {
    const text =
      'Valeska Paris, an Australian woman and former Scientologist, says she was held on the ship. ' +
      'Paris was born in Switzerland. Paris claims she was first sent to the ship at 18. In 2007 she flew to Paris.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Valeska Paris'), at(text, 'Paris', 1), at(text, 'Paris', 2)]]);
    expect(mentionsOf(text, 'places')).toContainEqual([at(text, 'Paris', 3)]);
  });

  it('a city never named as a person stays the city', () => {
    const text = 'Paris was calm on Monday. Thousands marched in Paris and Lyon.';
    expect(mentionsOf(text, 'people')).toEqual([]);
    expect(mentionsOf(text, 'places')[0]).toEqual([at(text, 'Paris', 0), at(text, 'Paris', 1)]);
  });

  it('a person whose surname is a city, and the city elsewhere: "in Lincoln" is the city', () => {
    const text = 'Mary Lincoln said the vote was fair. Lincoln added that turnout in Lincoln was high.';
    expect(mentionsOf(text, 'people')).toEqual([[at(text, 'Mary Lincoln'), at(text, 'Lincoln', 1)]]);
  });
});

describe('places: compromise\'s organization guess yields to the name tagger\'s place reading (issue 16, item 4)', () => {
  it('a town the tagger reads as a place at every mention is no organization where compromise guesses one', () => {
    const text = "Fort Lee is a small town in New Jersey. Fort Lee's Public School 4 runs a daily program for children. Many people work in Fort Lee.";
    expect(mentionsOf(text, 'organizations').flat()).not.toContain(at(text, 'Fort Lee', 1));
    expect(mentionsOf(text, 'places')[0]).toEqual([at(text, 'Fort Lee', 0), at(text, 'Fort Lee', 1), at(text, 'Fort Lee', 2)]);
  });
});

/** `name/kind@start,...` of every place, in output order. */
function placesOf(text: string): string[] {
  const article = pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' });
  return (article.places ?? []).map((p) => `${p.name}/${p.kind}@${p.mentions.map((m) => m.start).join(',')}`);
}

describe('places: settlements the text names by kind, and towns the tagger reads after a locative word (issue 16, class 7)', () => {
  it('"the village of X" that neither the gazetteer nor the tagger gives is a village, at each mention of the name alone', () => {
    const text = 'Police were called to the village of Bukhtarma on Sunday. Bukhtarma has about 300 people. The Bukhtarma Dam is nearby.';
    expect(placesOf(text)).toEqual([`Bukhtarma/village@${text.indexOf('Bukhtarma')},${text.indexOf('Bukhtarma has')}`]);
    expect(mentionsOf(text, 'people')).toEqual([]);
  });

  it('"the town of X" with a two-word name, kept whole', () => {
    const text = 'The storm hit the town of Bad Schandau on Monday.';
    expect(placesOf(text)).toEqual([`Bad Schandau/town@${text.indexOf('Bad Schandau')}`]);
  });

  it('a saint\'s abbreviation inside the name keeps it whole', () => {
    const text = 'He grew up in the village of Clyst St. Mary, near Exeter.';
    expect(placesOf(text)[0]).toBe(`Clyst St. Mary/village@${text.indexOf('Clyst')}`);
  });

  it('a city whose name is also an English word, after "in", where the tagger reads a place ("trier")', () => {
    const text = 'He travelled to Gaul and settled in Trier.';
    expect(placesOf(text)).toContain(`Trier/city@${text.indexOf('Trier')}`);
  });

  it('no settlement in a longer name after "city of", nor a place for a firm after "in"', () => {
    expect(placesOf('The city of London Corporation said it would act.')).toEqual([]);
    expect(placesOf('Shares in Apple rose.')).toEqual([]);
  });
});
