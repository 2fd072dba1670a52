import { describe, expect, it } from 'vitest';
import { namesOn, organizationTables } from './helpers/names.js';

// Organizations, linking and roles on news sentences written for session 19 (issue 16); expected values read from the sentences.
const { run } = namesOn('2026-12-07');
const { orgMentions } = organizationTables('2026-12-07');
/** Rows of a sentence and the organization mentions it holds, in text order. */
const mentionsAre = (rows: Array<[string, string[]]>): void =>
  it.each(rows)('%s', (text, names) => {
    expect(orgMentions(text)).toEqual(names.map((n) => `${n}@${text.indexOf(n)}`));
  });

/** The role and affiliation of the person called `name` in `text`. */
const roleOf = (text: string, name: string): [string | null, string | null] => {
  const person = (run(text).people ?? []).find((p) => p.name === name);
  expect(person).toBeDefined();
  return [person!.role, person!.affiliation];
};

describe('roles: a hyphenated word stays one word, and words about the person are no part of the office (session 19)', () => {
  it.each([
    ['Vice-President Dana Whitcombe visited the plant on Monday.', 'Dana Whitcombe', 'Vice-President', null],
    ['The first-time director Jane Moss won the award at Cannes.', 'Jane Moss', 'Director', null],
    ['Award-winning author Sally Rooney published a new novel.', 'Sally Rooney', 'Author', null],
    ['The two-time champion Lena Brandt withdrew with an injury.', 'Lena Brandt', 'Champion', null],
    ['The long-serving finance minister Paul Okafor resigned.', 'Paul Okafor', 'Finance Minister', null],
    ['Far-right leader Tomas Vrba called for new elections.', 'Tomas Vrba', 'Leader', null],
    ['The agency hired anti-corruption chief Maria Lenz in May.', 'Maria Lenz', 'Anti-Corruption Chief', null],
  ] as Array<[string, string, string, string | null]>)('"%s": %s is %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });
});

describe('roles: whose office it is (session 19)', () => {
  it.each([
    // A political leaning says how the person stands, not whose office it is.
    ['Centrist Mayor Anne Hidalgo opened the new bridge on Friday.', 'Anne Hidalgo', 'Mayor', null],
    ['Populist Senator Tom Hale voted against the bill.', 'Tom Hale', 'Senator', null],
    // A place before the title is the affiliation, whole: "New" opens the place's name, it is no "new mayor".
    ['New York City Mayor Eric Adams announced a hiring freeze.', 'Eric Adams', 'Mayor', 'New York City'],
    ['New Jersey Governor Phil Murphy signed the budget.', 'Phil Murphy', 'Governor', 'New Jersey'],
    ['The deal was welcomed by Denver Mayor Ruth Okoye on Tuesday.', 'Ruth Okoye', 'Mayor', 'Denver'],
    // A body before the title is whose office it is, not the office's portfolio.
    ['Air Force Secretary Frank Kendall testified before Congress.', 'Frank Kendall', 'Secretary', 'Air Force'],
    ['The Air Force Secretary, Frank Kendall, testified on Tuesday.', 'Frank Kendall', 'Secretary', 'Air Force'],
    // Still a qualifier of the role where it stands right before it.
    ['The new Mayor, Eric Adams, took office on Monday.', 'Eric Adams', 'Mayor', null],
  ] as Array<[string, string, string, string | null]>)('"%s": %s is %s of %s', (text, name, role, affiliation) => {
    expect(roleOf(text, name)).toEqual([role, affiliation]);
  });
});

describe('organizations: no article before the name, no title after it (session 19)', () => {
  mentionsAre([
    ['An Army spokesman said two soldiers were wounded near the border.', ['Army']],
    ['A Navy spokeswoman said the ship was not damaged.', ['Navy']],
    ['Bank of England Governor Andrew Bailey warned of higher prices.', ['Bank of England']],
    ['Acme Corp. Chief Financial Officer Laura Chen left the company.', ['Acme Corp.']],
    // A body's own last word stays, though a title may open with it.
    ['Federal Reserve Board Chairman Jerome Powell spoke in Boston.', ['Federal Reserve Board']],
  ]);
});

describe('linking: a parent named alone before its unit is a body of its own (session 19)', () => {
  /** The organizations of a text, each as the list of its mentions. */
  const groups = (text: string): string[][] => (run(text).organizations ?? []).map((o) => o.mentions.map((m) => m.text));
  it.each([
    ['Amazon said on Tuesday that Amazon Web Services would cut 400 jobs in Seattle. Amazon shares fell.', [['Amazon', 'Amazon'], ['Amazon Web Services']]],
    // A company introduced by its full name, then called by its first word, is one.
    ['Finnish maker Vaskivesi Oyj agreed to buy pump maker Norrvik Hydraulics. Norrvik makes pumps for cranes.', [['Vaskivesi Oyj'], ['Norrvik Hydraulics', 'Norrvik']]],
  ] as Array<[string, string[][]]>)('%s', (text, want) => {
    expect(groups(text)).toEqual(want);
  });
  // The first word of a company's name opening another name is no mention of it.
  mentionsAre([['The National Front won 12 seats in the election, and National Rally posters went up across the south.', ['National Front']]]);
});

// GUM marks a country that states or decides as an organization ("North Korea stated it would attack"); a capital likewise
// speaks for its government, through a negation or a modal too. Where it is the place of the act, it stays a place.
describe('governments: a capital that refuses or will act (session 19)', () => {
  mentionsAre([
    ['Kyiv would not accept any deal that gave away territory, officials said.', ['Kyiv']],
    ['Moscow has never recognised the vote in the region.', ['Moscow']],
    ['Washington will not accept a ceasefire on those terms.', ['Washington']],
    ['Beijing would retaliate against any new tariffs, a spokesman said.', ['Beijing']],
    ['People in Kyiv would not accept defeat.', []],
    ['The mayor of Kyiv did not accept the plan.', []],
  ]);
});

describe('coordination: two firms over "and" stay two (session 19)', () => {
  mentionsAre([
    ['Shares of Alphabet and Amazon Web Services rose on Friday.', ['Alphabet', 'Amazon Web Services']],
    // A partnership names one word on each side before its legal form.
    ['The audit was carried out by Ernst and Young Ltd. last year.', ['Ernst and Young Ltd.']],
    ['The Securities and Exchange Commission sued the lender.', ['Securities and Exchange Commission']],
  ]);
});

describe('a fine in millions or billions falls on a firm (session 19)', () => {
  mentionsAre([
    ['The European Commission fined Apple 1.8 billion euros and Meta 800 million euros on Monday.', ['European Commission', 'Apple', 'Meta']],
    ['Regulators fined Quorvant $45 million for misleading investors.', ['Quorvant']],
    // A country fined is the country; a small fine says nothing of who pays.
    ['The court fined Italy 300 million euros over its landfills.', []],
    ['A judge fined Halloran $500 for contempt.', []],
  ]);
});
