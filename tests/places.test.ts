import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import type { Place, PlaceKind } from '../src/types.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'people', 'places'] }, stageIds));
const places = (text: string): Place[] => pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' }).places ?? [];

/** An expected place: its name, where its mentions are (each text found in order), and its grounding. */
interface Expected {
  name: string;
  mentions: string[];
  countryCode: string | null;
  geonamesId?: number | null;
  kind?: PlaceKind;
}

/**
 * Offsets of each mention, searched left to right so repeated names get their own offsets.
 * "in |Jordan" finds "in Jordan" and keeps what follows the bar.
 */
function spansOf(text: string, mentions: string[], used: Set<number>): Array<{ text: string; start: number; end: number }> {
  return mentions.map((m) => {
    const [before, name] = m.includes('|') ? (m.split('|') as [string, string]) : ['', m];
    let at = text.indexOf(before + name);
    while (at >= 0 && used.has(at + before.length)) at = text.indexOf(before + name, at + 1);
    expect(at, `"${before + name}" must occur in the text`).toBeGreaterThanOrEqual(0);
    const start = at + before.length;
    used.add(start);
    return { text: name, start, end: start + name.length };
  });
}

function expectPlaces(text: string, expected: Expected[]): void {
  const got = places(text);
  const used = new Set<number>();
  const want = expected.map((e) => ({
    name: e.name,
    countryCode: e.countryCode,
    mentions: spansOf(text, e.mentions, used),
    ...(e.geonamesId !== undefined ? { geonamesId: e.geonamesId } : {}),
    ...(e.kind ? { kind: e.kind } : {}),
  }));
  expect(got.map((p, i) => ({ name: p.name, countryCode: p.countryCode, mentions: p.mentions, ...(want[i] && 'geonamesId' in want[i]! ? { geonamesId: p.geonamesId } : {}), ...(want[i]?.kind ? { kind: p.kind } : {}) }))).toEqual(want);
  for (const p of got) for (const m of p.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('places: names, spans and grounding', () => {
  const cases: Array<[string, string, Expected[]]> = [
    ['a country', 'Trade with Kyrgyzstan grew last year.', [{ name: 'Kyrgyzstan', mentions: ['Kyrgyzstan'], countryCode: 'KG', geonamesId: 1527747, kind: 'country' }]],
    ['a possessive is trimmed', "Russia's exports grew.", [{ name: 'Russia', mentions: ['Russia'], countryCode: 'RU', geonamesId: 2017370 }]],
    ['a final period is trimmed', 'The delegation flew to Moscow.', [{ name: 'Moscow', mentions: ['Moscow'], countryCode: 'RU', geonamesId: 524901, kind: 'city' }]],
    ['every mention, one item', 'Talks opened in Bishkek on Monday. Bishkek hosted a summit before.', [
      { name: 'Bishkek', mentions: ['Bishkek', 'Bishkek'], countryCode: 'KG', geonamesId: 1528675 },
    ]],
    ['St. Petersburg next to Russia', 'Leaders met in St. Petersburg in December. Russia hosted the gathering.', [
      { name: 'St. Petersburg', mentions: ['St. Petersburg'], countryCode: 'RU', geonamesId: 498817 },
      { name: 'Russia', mentions: ['Russia'], countryCode: 'RU', geonamesId: 2017370 },
    ]],
    ['St. Petersburg in a Florida story', 'Storms hit Florida on Monday. Roads in St. Petersburg were closed.', [
      { name: 'Florida', mentions: ['Florida'], countryCode: 'US', geonamesId: 4155751, kind: 'admin-region' },
      { name: 'St. Petersburg', mentions: ['St. Petersburg'], countryCode: 'US', geonamesId: 4171563 },
    ]],
    ['"Paris, Texas"', 'The film was shot in Paris, Texas, last spring.', [
      { name: 'Paris', mentions: ['Paris'], countryCode: 'US', geonamesId: 4717560 },
      { name: 'Texas', mentions: ['Texas'], countryCode: 'US', geonamesId: 4736286 },
    ]],
    ['Paris alone is the capital of France', 'Talks were held in Paris on Friday.', [{ name: 'Paris', mentions: ['Paris'], countryCode: 'FR', geonamesId: 2988507 }]],
    ['an old name (alias)', 'He grew up in Alma-Ata in the 1970s.', [{ name: 'Alma-Ata', mentions: ['Alma-Ata'], countryCode: 'KZ', geonamesId: 1526384 }]],
    ['"the Kazakh city of Almaty"', 'The forum met in the Kazakh city of Almaty.', [{ name: 'Almaty', mentions: ['Almaty'], countryCode: 'KZ', geonamesId: 1526384, kind: 'city' }]],
    ['a hyphenated town with its cue word', 'Kyrgyzstan opened a business council in the lakeside town of Cholpon-Ata.', [
      { name: 'Kyrgyzstan', mentions: ['Kyrgyzstan'], countryCode: 'KG' },
      { name: 'Cholpon-Ata', mentions: ['Cholpon-Ata'], countryCode: 'KG', geonamesId: 1528512, kind: 'town' },
    ]],
    ['a village among many namesakes, by its neighbours', 'Kyrgyz officials said a grant will rebuild schools in Kara-Balta and in the village of Sosnovka.', [
      { name: 'Kara-Balta', mentions: ['Kara-Balta'], countryCode: 'KG', geonamesId: 1528182 },
      { name: 'Sosnovka', mentions: ['Sosnovka'], countryCode: 'KG', geonamesId: 1527351, kind: 'village' },
    ]],
    ['regions, without the article before the name', 'Security in Central Asia and the Middle East was discussed.', [
      { name: 'Central Asia', mentions: ['Central Asia'], countryCode: null, geonamesId: null, kind: 'region' },
      { name: 'Middle East', mentions: ['Middle East'], countryCode: null, geonamesId: null, kind: 'region' },
    ]],
    ['a continent', 'Ryanair flies across Europe.', [{ name: 'Europe', mentions: ['Europe'], countryCode: null, geonamesId: 6255148, kind: 'continent' }]],
    ['"the" is not part of "the United States" (it is of "The Hague")', 'Sales in the United States rose 5%. The US economy grew. Judges in The Hague ruled.', [
      { name: 'United States', mentions: ['United States', 'US'], countryCode: 'US', geonamesId: 6252001 },
      { name: 'The Hague', mentions: ['The Hague'], countryCode: 'NL' },
    ]],
    ['abbreviations with dots', 'The plane landed in the U.S. on Monday.', [{ name: 'U.S.', mentions: ['U.S.'], countryCode: 'US', geonamesId: 6252001 }]],
    ['the dateline place, in capitals', 'MOSCOW, July 11 (Reuters) - Officials met on Thursday.', [{ name: 'Moscow', mentions: ['MOSCOW'], countryCode: 'RU', geonamesId: 524901 }]],
    ['a headline in title case', 'Putin to Host Kyrgyz Leader for Talks in Moscow\n\nThe talks begin on Thursday.', [{ name: 'Moscow', mentions: ['Moscow'], countryCode: 'RU' }]],
    ['a first-level region', 'Flooding hit Alabama on Sunday.', [{ name: 'Alabama', mentions: ['Alabama'], countryCode: 'US', kind: 'admin-region' }]],
    ['"Jordan" without a person of that name is the country', 'Jordan reopened the border crossing on Monday.', [{ name: 'Jordan', mentions: ['Jordan'], countryCode: 'JO', geonamesId: 248816 }]],
    ['a town named by a plain word, with its cue', 'Floods reached the town of Reading on Tuesday.', [{ name: 'Reading', mentions: ['Reading'], countryCode: 'GB', geonamesId: 2639577 }]],
    ['a place that also names a person, after "in"', 'Michael Jordan visited troops in Jordan.', [{ name: 'Jordan', mentions: ['in |Jordan'], countryCode: 'JO' }]],
    ['a place in a compound', 'An Aberdeen-based engineering firm bought it.', [{ name: 'Aberdeen', mentions: ['Aberdeen'], countryCode: 'GB', geonamesId: 2657832 }]],
    ['a possessive in a headline in capitals', "VASKIVESI TO BUY JAPAN'S KOYAMA HYDRAULICS\n\nThe deal was signed.", [
      { name: 'Japan', mentions: ['JAPAN'], countryCode: 'JP', geonamesId: 1861060 },
    ]],
    ['a type word after the name', 'It is based in the town of Okaya in Nagano prefecture.', [
      { name: 'Okaya', mentions: ['Okaya'], countryCode: 'JP', geonamesId: 1854384, kind: 'town' },
      { name: 'Nagano', mentions: ['Nagano'], countryCode: 'JP', kind: 'admin-region' },
    ]],
    ['a description after a list', 'It has plants in Ikaalinen and Parkano, two small towns north of Tampere.', [
      { name: 'Ikaalinen', mentions: ['Ikaalinen'], countryCode: 'FI', kind: 'town' },
      { name: 'Parkano', mentions: ['Parkano'], countryCode: 'FI', kind: 'town' },
      { name: 'Tampere', mentions: ['Tampere'], countryCode: 'FI', kind: 'city' },
    ]],
    // "White House" is also a town in Tennessee (and a translation of "Casablanca"); here it is the organization.
    ['a town name the article uses as an organization', 'The White House said the leaders met at an estate south of San Francisco.', [
      { name: 'San Francisco', mentions: ['San Francisco'], countryCode: 'US', kind: 'city' },
    ]],
    ['a short country name used as a name', 'He flew to Saudi on Monday.', [{ name: 'Saudi', mentions: ['Saudi'], countryCode: 'SA', kind: 'country' }]],
    ['a state, not the city that starts with its name', 'Water flows to the Oklahoma border.', [
      { name: 'Oklahoma', mentions: ['Oklahoma'], countryCode: 'US', geonamesId: 4544379, kind: 'admin-region' },
    ]],
    ['small towns of the state the article names, and a "-based" company\'s seat', 'PARIS, Texas - The Tyler-based firm hires from small towns such as Reno and Blossom.', [
      { name: 'Paris', mentions: ['PARIS'], countryCode: 'US', geonamesId: 4717560 },
      { name: 'Texas', mentions: ['Texas'], countryCode: 'US', kind: 'admin-region' },
      { name: 'Tyler', mentions: ['Tyler'], countryCode: 'US', geonamesId: 4738214, kind: 'city' },
      { name: 'Reno', mentions: ['Reno'], countryCode: 'US', geonamesId: 4722241, kind: 'town' },
      { name: 'Blossom', mentions: ['Blossom'], countryCode: 'US', kind: 'town' },
    ]],
    ['two countries joined by a hyphen', 'The Russia-Ukraine talks stalled.', [
      { name: 'Russia', mentions: ['Russia'], countryCode: 'RU' },
      { name: 'Ukraine', mentions: ['Ukraine'], countryCode: 'UA' },
    ]],
    // Natural features come from the shape of their names and stay ungrounded (no GeoNames package carries them).
    ['a sea after a possessive', "Russia's Black Sea fleet left port.", [
      { name: 'Russia', mentions: ['Russia'], countryCode: 'RU' },
      { name: 'Black Sea', mentions: ['Black Sea'], countryCode: null, geonamesId: null, kind: 'sea' },
    ]],
    ['seas, gulfs and straits with "of"', 'Tankers crossed the Strait of Hormuz into the Gulf of Oman and the Sea of Japan.', [
      { name: 'Strait of Hormuz', mentions: ['Strait of Hormuz'], countryCode: null, kind: 'sea' },
      { name: 'Gulf of Oman', mentions: ['Gulf of Oman'], countryCode: null, kind: 'sea' },
      { name: 'Sea of Japan', mentions: ['Sea of Japan'], countryCode: null, kind: 'sea' },
    ]],
    ['a lake at the start of a sentence, after "In"', 'In Lake Baikal the ice is thin. Lake Baikal is deep.', [
      { name: 'Lake Baikal', mentions: ['Lake Baikal', 'Lake Baikal'], countryCode: null, geonamesId: null, kind: 'lake' },
    ]],
    ['a river wins over the state inside its name', 'Flooding hit towns along the Mississippi River in Iowa.', [
      { name: 'Mississippi River', mentions: ['Mississippi River'], countryCode: null, kind: 'river' },
      { name: 'Iowa', mentions: ['Iowa'], countryCode: 'US', kind: 'admin-region' },
    ]],
    ['mountains', 'He climbed Mt. Kilimanjaro, Mount St. Helens and the Rocky Mountains.', [
      { name: 'Mt. Kilimanjaro', mentions: ['Mt. Kilimanjaro'], countryCode: null, kind: 'mountain' },
      { name: 'Mount St. Helens', mentions: ['Mount St. Helens'], countryCode: null, kind: 'mountain' },
      { name: 'Rocky Mountains', mentions: ['Rocky Mountains'], countryCode: null, kind: 'mountain' },
    ]],
  ];
  it.each(cases)('%s', (_label, text, expected) => expectPlaces(text, expected));

  it('lists places in order of first mention, every mention with the same name', () => {
    const text = 'Lavrov visited Bishkek. Russia and Kyrgyzstan signed deals in Bishkek and Moscow.';
    const got = places(text);
    expect(got.map((p) => p.name)).toEqual(['Bishkek', 'Russia', 'Kyrgyzstan', 'Moscow']);
    expect(got[0]!.mentions.map((m) => m.start)).toEqual([15, 62]);
  });

  it('gives coordinates with each grounded place', () => {
    const [moscow] = places('They met in Moscow.');
    expect(moscow!.lat).toBeCloseTo(55.75, 1);
    expect(moscow!.lon).toBeCloseTo(37.62, 1);
  });
});

// Names the tagger reads as places and GeoNames lacks: kept ungrounded where the words around one
// of their mentions say they are places, and only there.
describe('places: tagged names the gazetteer lacks', () => {
  const ungrounded = (name: string, mentions: string[], kind: PlaceKind = 'other'): Expected => ({ name, mentions, countryCode: null, geonamesId: null, kind });
  const cases: Array<[string, string, Expected[]]> = [
    // "Island" alone is no Iceland, and the islands are places though GeoNames has neither name.
    ['islands, by the word that ends their names', 'The boat reached Socotra Island, then the smaller Pitt Island.', [
      ungrounded('Socotra Island', ['Socotra Island']),
      ungrounded('Pitt Island', ['Pitt Island']),
    ]],
    ['a stadium, and the city it is in', 'The final was played at the Fisht Stadium in Sochi.', [
      ungrounded('Fisht Stadium', ['Fisht Stadium']),
      { name: 'Sochi', mentions: ['Sochi'], countryCode: 'RU', kind: 'city' },
    ]],
    ['a building named after a country is no country', 'They played at the Emirates Stadium on Sunday.', [ungrounded('Emirates Stadium', ['Emirates Stadium'])]],
    ['a venue after "at": two cues', 'The paintings hang at Kelmoor Castle.', [ungrounded('Kelmoor Castle', ['Kelmoor Castle'])]],
    ['a building named after a country, and a contest named after one: no country', 'They played at the Emirates Stadium before the Japan Open.', [
      ungrounded('Emirates Stadium', ['Emirates Stadium']),
    ]],
    ['a town after "to", beside places the gazetteer knows', 'Buses run from Hadibo, Yemen to Qalansia every day.', [
      { name: 'Hadibo', mentions: ['Hadibo'], countryCode: 'YE' },
      { name: 'Yemen', mentions: ['Yemen'], countryCode: 'YE', kind: 'country' },
      ungrounded('Qalansia', ['Qalansia']),
    ]],
    ['a lower-case place word after the name', 'The delay shows continuing problems at Suvarnabhumi airport in Bangkok.', [
      ungrounded('Suvarnabhumi', ['Suvarnabhumi']),
      { name: 'Bangkok', mentions: ['Bangkok'], countryCode: 'TH', kind: 'city' },
    ]],
    ['its kind, from the word after it', 'Investment in the Asia Pacific region grew.', [ungrounded('Asia Pacific', ['Asia Pacific'], 'region')]],
  ];
  it.each(cases)('%s', (_label, text, expected) => expectPlaces(text, expected));

  const negatives: Array<[string, string]> = [
    ['a product the text names with no place word', 'Boeing has named the plane the Worldliner.'],
    ['companies after "to", "at", "shares in"', 'Two analysts moved to Barclays. Shares rose at Barclays, and shares in Nomura rose. Customers flocked to Primark.'],
  ];
  const companies: Array<[string, string, string[]]> = [
    ['a company beside a country\'s possessive', "Rosneft, Russia's largest oil producer, said it would cut output.", ['Russia']],
    ['a company beside a country\'s possessive and a noun', "Embraer, Brazil's planemaker, won an order.", ['Brazil']],
  ];
  it.each(negatives)('%s', (_label, text) => {
    expect(places(text)).toEqual([]);
  });
  it.each(companies)('%s', (_label, text, names) => {
    expect(places(text).map((p) => p.name)).toEqual(names);
  });
});

describe('places: words that are not places here', () => {
  const negatives: Array<[string, string]> = [
    ['"Of" at the start of a sentence', 'Of course, the plan worked.'],
    ['"As" at the start of a sentence', 'As expected, prices rose.'],
    ['"March" the month', 'March was cold, and prices rose in March.'],
    ['"Summit" at the start of a sentence', 'Summit talks ended on Friday.'],
    ['"Reading" as a verb', 'Reading the report, she frowned.'],
    ['"Bath" as a word', 'Bath towels are on sale. She bought a new Bath towel.'],
    ['"Jordan" the person', 'Michael Jordan scored 30 points. Jordan said he was tired.'],
    ['nationality adjectives', 'Russian and Kyrgyz officials met their Kazakh colleagues.'],
    ['a country at the start of a contest\'s name', 'They played well before the Japan Open.'],
    ['a short country name used as its adjective', 'Saudi officials welcomed the Saudi Crown Prince.'],
    ['a country inside an organization name', 'The Bank of Russia raised its key rate.'],
    ['an organization named with "of"', 'Leaders of the Commonwealth of Independent States met.'],
    ['a city at the head of a newspaper name', 'The New York Times reported the deal.'],
    ['a city at the end of a club name', 'Real Madrid won again.'],
    ['a country inside an airline name', 'The jet belonged to Air France.'],
    ['a currency prefix', 'The deal is worth US$40 billion.'],
    ['a currency name', 'He was paid 10 million Hong Kong dollars.'],
    ['an acronym that is an alternate name somewhere', 'Rivals like RIM sell phones.'],
    ['a surname after a first name', 'The philosopher Immanuel Kant wrote it.'],
    ['lower-case words', 'The reading of the bill went on in the summit hall.'],
    ['a feature word inside a longer name', 'The Dead Sea Scrolls went on show. Red River Bancshares gained.'],
    ['a feature word opening a sentence', 'Sea levels rose. River traffic stopped. Lake views cost more.'],
    ['a feature word in an ALL-CAPS headline', 'BLACK SEA TALKS END'],
    ['cities that stand for teams by a score', 'Leeds beat Chelsea 2-1 on Saturday. Arsenal lost 2-0 to Manchester United.'],
  ];
  it.each(negatives)('%s', (_label, text) => {
    expect(places(text)).toEqual([]);
  });
});
