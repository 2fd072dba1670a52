import { describe, expect, it } from 'vitest';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import type { MoneyMention } from '../src/types.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'money'] }, stageIds));
const money = (text: string): MoneyMention[] =>
  pipeline.process({ id: 't', source: 't', text, date: '2019-07-11' }).money ?? [];

/** An expected item: its text (found once in the sentence for the offsets) and its values. */
type Expected = Omit<MoneyMention, 'start' | 'end' | 'qualifier'> & { qualifier?: string };

function expectMoney(text: string, expected: Expected[]): void {
  const got = money(text);
  const want = expected.map((e) => {
    const start = text.indexOf(e.text);
    expect(start, `"${e.text}" must occur in the sentence`).toBeGreaterThanOrEqual(0);
    return { ...e, qualifier: e.qualifier ?? null, start, end: start + e.text.length };
  });
  expect(got).toEqual(want);
  for (const m of got) expect(text.slice(m.start, m.end)).toBe(m.text);
}

describe('money: amounts, scales and currencies', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Trade amounted to $1.8 billion in 2018.', [{ text: '$1.8 billion', amount: 1_800_000_000, currency: 'USD' }]],
    ['a US$40 billion contract', [{ text: 'US$40 billion', amount: 40_000_000_000, currency: 'USD' }]],
    ['It costs US $199.', [{ text: 'US $199', amount: 199, currency: 'USD' }]],
    ['a fund of €200 million', [{ text: '€200 million', amount: 200_000_000, currency: 'EUR' }]],
    ['losses of £20.1bn', [{ text: '£20.1bn', amount: 20_100_000_000, currency: 'GBP' }]],
    ['a GB£5 fee', [{ text: 'GB£5', amount: 5, currency: 'GBP' }]],
    ['a US$40 billion (GB #20.1 billion) contract', [
      { text: 'US$40 billion', amount: 40_000_000_000, currency: 'USD' },
      { text: 'GB #20.1 billion', amount: 20_100_000_000, currency: 'GBP' },
    ]],
    ['a C$5 million grant', [{ text: 'C$5 million', amount: 5_000_000, currency: 'CAD' }]],
    ['an A$3m deal', [{ text: 'A$3m', amount: 3_000_000, currency: 'AUD' }]],
    ['HK$10 billion in bonds', [{ text: 'HK$10 billion', amount: 10_000_000_000, currency: 'HKD' }]],
    ['The loan totals USD 34.6 million.', [{ text: 'USD 34.6 million', amount: 34_600_000, currency: 'USD' }]],
    ['The loan totals 34.6 million dollars.', [{ text: '34.6 million dollars', amount: 34_600_000, currency: 'USD' }]],
    ['It cost a billion dollars.', [{ text: 'a billion dollars', amount: 1_000_000_000, currency: 'USD' }]],
    ['Ryanair paid $269m for them.', [{ text: '$269m', amount: 269_000_000, currency: 'USD' }]],
    ['They lent 5 million rubles.', [{ text: '5 million rubles', amount: 5_000_000, currency: 'RUB' }]],
    ['They lent 5 million roubles.', [{ text: '5 million roubles', amount: 5_000_000, currency: 'RUB' }]],
    ['Tokyo spent 1.2 trillion yen.', [{ text: '1.2 trillion yen', amount: 1_200_000_000_000, currency: 'JPY' }]],
    ['a project worth Rs 500 crore', [{ text: 'Rs 500 crore', amount: 5_000_000_000, currency: 'INR' }]],
    ['a grant of Rs. 5 lakh', [{ text: 'Rs. 5 lakh', amount: 500_000, currency: 'INR' }]],
    ['He was fined 500,000 som.', [{ text: '500,000 som', amount: 500_000, currency: 'KGS' }]],
    ['10 million Uzbek som', [{ text: '10 million Uzbek som', amount: 10_000_000, currency: 'UZS' }]],
    ['5 million Canadian dollars', [{ text: '5 million Canadian dollars', amount: 5_000_000, currency: 'CAD' }]],
    ['10 million Hong Kong dollars', [{ text: '10 million Hong Kong dollars', amount: 10_000_000, currency: 'HKD' }]],
    ['5 million Egyptian pounds', [{ text: '5 million Egyptian pounds', amount: 5_000_000, currency: 'EGP' }]],
    ['a fine of 500 Swiss francs', [{ text: '500 Swiss francs', amount: 500, currency: 'CHF' }]],
    ['Seoul will spend 5 trillion won.', [{ text: '5 trillion won', amount: 5_000_000_000_000, currency: 'KRW' }]],
    ['The deal was valued at $1.2-billion.', [{ text: '$1.2-billion', amount: 1_200_000_000, currency: 'USD' }]],
    ['It paid 200 EUR and 300€.', [
      { text: '200 EUR', amount: 200, currency: 'EUR' },
      { text: '300€', amount: 300, currency: 'EUR' },
    ]],
    ['A $10,000 prize and $50k salary', [
      { text: '$10,000', amount: 10_000, currency: 'USD' },
      { text: '$50k', amount: 50_000, currency: 'USD' },
    ]],
    ['It costs 99 pence.', [{ text: '99 pence', amount: 0.99, currency: 'GBP' }]],
    ['Cerberus took on billions of dollars in costs.', [
      { text: 'billions of dollars', amount: 2_000_000_000, currency: 'USD', min: 2_000_000_000, max: 999_000_000_000 },
    ]],
    ['the program costs $99 (USD) to join', [{ text: '$99', amount: 99, currency: 'USD' }]],
  ];
  it.each(cases)('%s', (text, expected) => expectMoney(text, expected));
});

describe('money: qualifiers, ranges and units', () => {
  const cases: Array<[string, Expected[]]> = [
    ['Firms invested over $200 million.', [{ text: 'over $200 million', amount: 200_000_000, currency: 'USD', qualifier: 'over' }]],
    ['It raised More than $5 billion.', [{ text: 'More than $5 billion', amount: 5_000_000_000, currency: 'USD', qualifier: 'more than' }]],
    ['It had nearly $4m, at least $3 million and up to $20 million.', [
      { text: 'nearly $4m', amount: 4_000_000, currency: 'USD', qualifier: 'nearly' },
      { text: 'at least $3 million', amount: 3_000_000, currency: 'USD', qualifier: 'at least' },
      { text: 'up to $20 million', amount: 20_000_000, currency: 'USD', qualifier: 'up to' },
    ]],
    ['a loss of around $2bn, roughly $2 million less than planned', [
      { text: 'around $2bn', amount: 2_000_000_000, currency: 'USD', qualifier: 'around' },
      { text: 'roughly $2 million', amount: 2_000_000, currency: 'USD', qualifier: 'roughly' },
    ]],
    ['some $5 million, approximately €1 million, under $10, almost $3', [
      { text: 'some $5 million', amount: 5_000_000, currency: 'USD', qualifier: 'some' },
      { text: 'approximately €1 million', amount: 1_000_000, currency: 'EUR', qualifier: 'approximately' },
      { text: 'under $10', amount: 10, currency: 'USD', qualifier: 'under' },
      { text: 'almost $3', amount: 3, currency: 'USD', qualifier: 'almost' },
    ]],
    ['It will contribute between $12 million and $20 million.', [
      { text: 'between $12 million and $20 million', amount: 12_000_000, currency: 'USD', min: 12_000_000, max: 20_000_000 },
    ]],
    ['(about US$16 million to $28 million)', [
      { text: 'about US$16 million to $28 million', amount: 16_000_000, currency: 'USD', qualifier: 'about', min: 16_000_000, max: 28_000_000 },
    ]],
    ['a fine of $12-20 million', [{ text: '$12-20 million', amount: 12_000_000, currency: 'USD', min: 12_000_000, max: 20_000_000 }]],
    ['costs of $500,000 to $2 million', [{ text: '$500,000 to $2 million', amount: 500_000, currency: 'USD', min: 500_000, max: 2_000_000 }]],
    ['12 to 20 million euros', [{ text: '12 to 20 million euros', amount: 12_000_000, currency: 'EUR', min: 12_000_000, max: 20_000_000 }]],
    ['Prices ranging from $5 to $10 were cut.', [{ text: '$5 to $10', amount: 5, currency: 'USD', min: 5, max: 10 }]],
    ['The bid is $5 a share.', [{ text: '$5', amount: 5, currency: 'USD', perUnit: 'share' }]],
    ['Oil hit $100 per barrel and $90/barrel.', [
      { text: '$100', amount: 100, currency: 'USD', perUnit: 'barrel' },
      { text: '$90', amount: 90, currency: 'USD', perUnit: 'barrel' },
    ]],
    ['It pays 50 cents a share.', [{ text: '50 cents', amount: 0.5, currency: 'USD', perUnit: 'share' }]],
    ['It earned $1 billion a year ago.', [{ text: '$1 billion', amount: 1_000_000_000, currency: 'USD' }]],
    ['It books USD 34.6 million a quarter.', [{ text: 'USD 34.6 million', amount: 34_600_000, currency: 'USD', perUnit: 'quarter' }]],
  ];
  it.each(cases)('%s', (text, expected) => expectMoney(text, expected));

  it('keeps neighbouring amounts apart', () => {
    expectMoney('He paid $5 million and $3 million.', [
      { text: '$5 million', amount: 5_000_000, currency: 'USD' },
      { text: '$3 million', amount: 3_000_000, currency: 'USD' },
    ]);
    // "from A to B" reports a change: two amounts, not a range.
    expectMoney('raised from US$55 billion to US$110 billion', [
      { text: 'US$55 billion', amount: 55_000_000_000, currency: 'USD' },
      { text: 'US$110 billion', amount: 110_000_000_000, currency: 'USD' },
    ]);
    expectMoney('Shares rose 7 to $28 million.', [{ text: '$28 million', amount: 28_000_000, currency: 'USD' }]);
  });
});

describe('money: which dollar a bare "$" is', () => {
  it('uses the configured default dollar', () => {
    const cad = createPipeline(resolveConfig({ stages: ['read', 'segment', 'money'], money: { defaultDollar: 'CAD' } }, stageIds));
    const a = cad.process({ id: 't', source: 't', text: 'It cost $5 million.', date: null });
    expect(a.money?.map((m) => m.currency)).toEqual(['CAD']);
  });

  it('follows the one dollar the article names', () => {
    const text = 'Ottawa gave C$5 million. Later it added $2 million. All figures are in Canadian dollars.';
    expect(money(text).map((m) => [m.text, m.currency])).toEqual([['C$5 million', 'CAD'], ['$2 million', 'CAD']]);
    expect(money('The fund, in Canadian dollars, holds $7 billion.').map((m) => m.currency)).toEqual(['CAD']);
  });

  it('takes the currency of the same amount written with its currency', () => {
    const text = 'Government announces $52.5 million package\nIt gives Ford AU$52.5 million (US$40.4 million).';
    expect(money(text).map((m) => [m.text, m.currency])).toEqual([
      ['$52.5 million', 'AUD'], ['AU$52.5 million', 'AUD'], ['US$40.4 million', 'USD'],
    ]);
  });

  it('resolves a shared currency word by the country the article names', () => {
    expect(money('Manila set aside 5 million pesos for the Philippine farmers.').map((m) => m.currency)).toEqual(['PHP']);
    expect(money('The budget gives 5 million pesos to schools.').map((m) => m.currency)).toEqual(['MXN']);
  });
});
