import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import type { Article } from '../src/types.js';
import { articleFiles } from './helpers/articles.js';
import { offsetViolations } from './helpers/spans.js';
import { timexProblem } from './helpers/timex.js';
import type { EventRecord } from '../src/types.js';

/**
 * Properties of the whole pipeline on arbitrary and mutated texts: no stage throws, every span
 * is valid, every date value is TIMEX3, every amount is a number, and events only refer to items
 * that exist. Runs are fixed (seed) and bounded (numRuns) so a failure reproduces.
 */
const pipeline = createPipeline(resolveConfig({}, stageIds));
const SEED = 20190711;
/** The pipeline takes tens of milliseconds an article: each property gets this long. */
const TIMEOUT = 300_000;

const TIMEX_TYPES = new Set(['DATE', 'TIME', 'DURATION', 'SET']);

/** Everything wrong with one processed article, as readable lines. */
function articleProblems(article: Article, text: string): string[] {
  const problems: string[] = [];
  if (article.text !== text) problems.push('the article text was changed');
  for (const m of article.messages) if (m.severity === 'error') problems.push(`stage ${m.stage}: ${m.reason}`);
  problems.push(...offsetViolations(article));
  for (const d of article.dates ?? []) {
    const bad = timexProblem(d.value);
    if (bad) problems.push(`date ${JSON.stringify(d.text)}: ${bad}`);
    const badRange = d.range ? timexProblem(d.range.value) : null;
    if (badRange) problems.push(`date range ${JSON.stringify(d.range!.text)}: ${badRange}`);
    if (!TIMEX_TYPES.has(d.type)) problems.push(`date ${JSON.stringify(d.text)}: type ${JSON.stringify(d.type)}`);
  }
  for (const m of article.money ?? []) {
    for (const [key, n] of [['amount', m.amount], ['min', m.min], ['max', m.max]] as const)
      if (n !== undefined && !(typeof n === 'number' && Number.isFinite(n))) problems.push(`money ${JSON.stringify(m.text)}: ${key} ${n}`);
    if (!/^[A-Z]{3}$/.test(m.currency)) problems.push(`money ${JSON.stringify(m.text)}: currency ${JSON.stringify(m.currency)}`);
  }
  const placeNames = new Set((article.places ?? []).map((p) => p.name));
  const names = new Set([...(article.people ?? []).map((p) => p.name), ...(article.organizations ?? []).map((o) => o.name), ...placeNames]);
  // An event's date is a date item's value, or the document date (the lede's undated events).
  // A range's interval counts too: an event takes the whole range ("visited on February 3-4").
  const dateValues = new Set([...(article.dates ?? []).flatMap((d) => [d.value, ...(d.range ? [d.range.value] : [])]), ...(article.documentDate ? [article.documentDate] : [])]);
  const money = article.money ?? [];
  for (const e of article.events ?? []) {
    for (const p of e.participants) if (!names.has(p)) problems.push(`event ${e.id}: participant ${JSON.stringify(p)} is no person, organization or place`);
    for (const p of e.places) if (!placeNames.has(p)) problems.push(`event ${e.id}: place ${JSON.stringify(p)} is not among the places`);
    for (const a of e.amounts)
      if (!money.some((m) => m.amount === a.amount && m.currency === a.currency)) problems.push(`event ${e.id}: amount ${a.amount} ${a.currency} is no money item`);
    if (e.date !== null && !dateValues.has(e.date)) problems.push(`event ${e.id}: date ${JSON.stringify(e.date)} is neither a date item's value nor the document date`);
  }
  return problems;
}

/** Run the pipeline; throw (for fast-check to shrink) when the article breaks a property. */
function holds(text: string, date: string | null = null): void {
  const article = pipeline.process({ id: 'property', source: 'property', text, date });
  const problems = articleProblems(article, text);
  if (problems.length > 0) throw new Error(problems.join('\n'));
}

const run = (arbitrary: fc.Arbitrary<[string, string | null]>, numRuns: number): void =>
  fc.assert(
    fc.property(arbitrary, ([text, date]) => holds(text, date)),
    { seed: SEED, numRuns },
  );

/** A document date, or none, so that relative dates are resolved against many references. */
const documentDate = fc.option(
  fc.integer({ min: Date.UTC(1950, 0, 1), max: Date.UTC(2040, 11, 31) }).map((ms) => new Date(ms).toISOString().slice(0, 10)),
  { nil: null },
);

const MONTHS = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
  'Jan.', 'Feb', 'Mar.', 'Sept.', 'Dec', 'march', 'may',
];
const WORDS = [
  'said', 'on', 'in', 'the', 'of', 'a', 'President', 'Minister', 'Prime', 'CEO', 'met', 'will', 'meet', 'signed', 'agreement',
  'talks', 'visit', 'bought', 'invest', 'elected', 'appointed', 'announced', 'for', 'about', 'over', 'nearly', 'million',
  'billion', 'trillion', 'bn', 'mln', 'm', 'k', 'dollars', 'euros', 'rubles', 'yen', 'pounds', 'crore', 'lakh', 'percent', '%',
  'last', 'next', 'this', 'week', 'year', 'month', 'weekend', 'Monday', 'Thursday', 'Sunday', 'today', 'yesterday',
  'tomorrow', 'ago', 'since', 'until', 'between', 'and', 'from', 'to', 'by', 'early', 'late', 'mid-', 'end', 'summer',
  'winter', 'quarter', 'Q3', 'H1', 'first', 'second', 'third', '1990s', "'90s", 'century', 'decade', 'years', 'days',
  'hours', 'Moscow', 'MOSCOW', 'Paris', 'Washington', 'St. Petersburg', 'Bishkek', 'Sochi', 'Russia', 'Kyrgyzstan',
  'Putin', 'Vladimir', 'Jeenbekov', 'Sergei Lavrov', 'Acme Corp.', 'Reuters', '(AP)', '(Reuters)', '-', '—', '–', '.',
  ',', ';', ':', '"', "'s", '’', '(', ')', 'U.S.', 'Mr.', 'Dr.', 'Gen.', 'a share', 'per cent', 'at', 'noon', 'midnight',
  'p.m.', 'a.m.', '10:30', 'GMT', 'morning', 'evening', 'night', 'every', 'daily', 'annual', 'fiscal', 'FY2020', '2019/20',
];
const CURRENCIES = ['$', 'US$', '€', '£', '¥', '₽', 'Rs', 'Rs.', 'USD', 'EUR', 'C$', 'A$', 'HK$', 'R$'];
const UNICODE = [
  '😀', '👍🏽', '👩‍👩‍👧', '🇷🇺', '\u0301', 'e\u0301', '\u0308', '\u200b', '\u200d', '\u200e', '\u200f', '\u202e', '\u2066',
  'مرحبا', 'שלום', '\u00a0', '\ufeff', '\u2028', '\u3000', 'ﬁ', 'İ', 'ß', 'ǅ', 'Ⅻ', '²', '½', '٣', '\t', '\r\n', '\r',
  '\n\n', '$', '€', '"', '’', '—', '…', '\u0000', '\u001b',
];

const newsToken = fc.oneof(
  fc.constantFrom(...MONTHS),
  fc.constantFrom(...WORDS),
  fc.constantFrom(...CURRENCIES),
  fc.integer({ min: 0, max: 3000 }).map(String),
  fc.tuple(fc.integer({ min: 0, max: 40 }), fc.constantFrom('', 'st', 'nd', 'rd', 'th')).map(([n, s]) => `${n}${s}`),
  fc.tuple(fc.nat(9999), fc.nat(99)).map(([a, b]) => `${a}.${b}`),
  fc.nat(999_999_999).map((n) => n.toLocaleString('en-US')),
  fc.stringMatching(/^[A-Z][a-z]{1,9}$/),
  fc.stringMatching(/^[A-Z]{2,8}$/),
  fc.constantFrom(...UNICODE),
);
const separator = fc.constantFrom(' ', ' ', ' ', ' ', '', '\n', '\n\n', ', ', '. ', '  ', '\t', '-');
const newsLike = fc
  .array(fc.tuple(newsToken, separator), { maxLength: 80 })
  .map((parts) => parts.map(([token, sep]) => token + sep).join(''));

/** The real articles shipped with the project. */
function realArticles(): string[] {
  return [...new Set(articleFiles().map((f) => readFileSync(f, 'utf8')))];
}

type Mutation =
  | { kind: 'drop' | 'duplicate'; at: number; length: number }
  | { kind: 'case'; at: number; length: number; to: 'upper' | 'lower' | 'swap' }
  | { kind: 'insert'; at: number; insert: string };

const position = fc.nat({ max: 100_000 });
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.record({ kind: fc.constantFrom('drop' as const, 'duplicate' as const), at: position, length: fc.integer({ min: 1, max: 12 }) }),
  fc.record({ kind: fc.constant('case' as const), at: position, length: fc.integer({ min: 1, max: 200 }), to: fc.constantFrom('upper' as const, 'lower' as const, 'swap' as const) }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: position,
    insert: fc.oneof(fc.constantFrom(...UNICODE), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 }), newsToken),
  }),
);

const swapCase = (s: string): string => [...s].map((c) => (c === c.toUpperCase() ? c.toLowerCase() : c.toUpperCase())).join('');

const recase = (s: string, to: 'upper' | 'lower' | 'swap'): string => (to === 'upper' ? s.toUpperCase() : to === 'lower' ? s.toLowerCase() : swapCase(s));

/** Apply the mutations in order, each at its position modulo the current length. */
function mutate(text: string, mutations: readonly Mutation[]): string {
  let out = text;
  for (const m of mutations) {
    const at = m.at % (out.length + 1);
    if (m.kind === 'insert') out = out.slice(0, at) + m.insert + out.slice(at);
    else {
      const piece = out.slice(at, at + m.length);
      const replaced = m.kind === 'case' ? recase(piece, m.to) : m.kind === 'drop' ? '' : piece + piece;
      out = out.slice(0, at) + replaced + out.slice(at + m.length);
    }
  }
  return out;
}

describe('the property checks themselves', () => {
  it.each([
    '2019', '2019-07', '2019-07-11', 'XXXX-07-11', '2019-XX-XX', 'XXXX-WXX-1', '2019-Q3', '2019-H1', '2019-SU', '2019-W05',
    '2019-W05-3', '2019-WE', '201', '19', '2019-07-11T14:30', '2019-07-11T14:30:05', '2021-11-08T10:15Z', '2021-11-08T10:15+03:00', 'XXXX-WXX-1T19:00', 'T10:30', 'TMO', 'TNI',
    '2019-07-11TEV', 'P3M', 'P1.5Y', 'PT2H30M', 'P1DE', 'PXY', 'P2W', 'PRESENT_REF', 'PAST_REF', 'FUTURE_REF', '2018/2020',
    '2019-06-01/2019-08', '2019-Q1/PRESENT_REF',
  ])('takes %s as TIMEX3', (value) => expect(timexProblem(value)).toBeNull());

  it.each(['', '2019-13', '2019-02-30', '2019-7-11', '19-07-11', 'July 2019', 'P', 'PT', 'P3', '2019-Q5', '2019-W54', 'T25:00', 'TXX', '2019/', '/2019', 'NaN', 'undefined', '2019-07-11 ', 'P-3M', '2019-01T10:00', 'TMOZ'])(
    'rejects %j',
    (value) => expect(timexProblem(value)).not.toBeNull(),
  );

  it('flags every kind of broken article', () => {
    const text = 'Putin met Xi in Moscow on May 1 and paid $5.';
    const event: EventRecord = {
      id: 'e1', type: 'meeting', trigger: { text: 'met', start: 6, end: 9 }, date: '2020-05-02', dateText: null,
      participants: ['Putin', 'Nobody'], places: ['Paris'], amounts: [{ amount: 6, currency: 'USD' }], start: 0, end: text.length,
    };
    const article: Article = {
      id: 'x', source: 'x', text, documentDate: null, dateline: null,
      dates: [{ text: 'May 1', start: 26, end: 31, type: 'DATE', value: '2021-02-29', grain: 'day' }],
      people: [{ name: 'Putin', role: null, mentions: [{ text: 'Putin', start: 0, end: 5 }] }],
      places: [{ name: 'Moscow', kind: 'city', countryCode: 'RU', geonamesId: null, lat: null, lon: null, mentions: [{ text: 'Moscow', start: 16, end: 22 }] }],
      money: [{ text: '$5', start: 41, end: 43, amount: Number.NaN, currency: 'usd', qualifier: null }],
      events: [event],
      messages: [{ severity: 'error', stage: 'dates', reason: 'stage failed: boom' }],
    };
    const problems = articleProblems(article, text + ' ');
    for (const expected of [/text was changed/, /stage dates: stage failed/, /no such day/, /amount NaN/, /currency "usd"/, /"Nobody"/, /place "Paris"/, /amount 6 USD/, /date "2020-05-02"/])
      expect(problems.join('\n')).toMatch(expected);
  });
});

describe('pipeline properties', () => {
  const articles = realArticles();

  it('checks a sound article as sound', () => {
    expect(articles.length).toBeGreaterThan(0);
    for (const text of articles) expect(articleProblems(pipeline.process({ id: 'x', source: 'x', text }), text)).toEqual([]);
  });

  it('holds on arbitrary ASCII strings', { timeout: TIMEOUT }, () => {
    run(fc.tuple(fc.string({ maxLength: 300 }), documentDate), 200);
  });

  it('holds on arbitrary Unicode strings', { timeout: TIMEOUT }, () => {
    run(fc.tuple(fc.string({ unit: 'binary', maxLength: 300 }), documentDate), 200);
    run(fc.tuple(fc.string({ unit: 'grapheme', maxLength: 100 }), documentDate), 100);
  });

  it('holds on news-like fragments (months, currencies, digits, capitalized words, newlines)', { timeout: TIMEOUT }, () => {
    run(fc.tuple(newsLike, documentDate), 200);
  });

  it('holds on news-like fragments mixed with arbitrary Unicode', { timeout: TIMEOUT }, () => {
    const mixed = fc.array(fc.oneof(newsToken, separator, fc.string({ unit: 'binary', maxLength: 5 })), { maxLength: 100 }).map((p) => p.join(''));
    run(fc.tuple(mixed, documentDate), 150);
  });

  it('holds on real articles with characters dropped, duplicated, re-cased and inserted', { timeout: TIMEOUT }, () => {
    const mutated = fc
      .tuple(fc.nat({ max: articles.length - 1 }), fc.array(mutation, { minLength: 1, maxLength: 10 }))
      .map(([i, mutations]) => mutate(articles[i]!, mutations));
    run(fc.tuple(mutated, documentDate), 150);
  });
});
