import { describe, expect, it } from 'vitest';
import { measuresOf } from '../src/events/measures.js';
import type { Clause } from '../src/events/model.js';
import { allEvents, articleOf, spanOf } from './helpers/event-fixtures.js';

/** A whole text as one clause of one sentence. */
const clauseOf = (text: string): Clause => ({ start: 0, end: text.length, sentence: { start: 0, end: text.length }, subjectless: false, relative: false, resumes: false });

/** text → figures as [text, value, unit], written from reading the sentence. */
const CASES: Array<[string, Array<[string, number, string]>]> = [
  ['Shares rose 5% to 1,200 in early trading.', [['5%', 5, 'percent'], ['1,200', 1200, 'level']]],
  ['The index fell 251.4 points, or 3.41 percent, to end the day at 7,114.3.', [['251.4 points', 251.4, 'points'], ['3.41 percent', 3.41, 'percent'], ['7,114.3', 7114.3, 'level']]],
  ['Sales dropped eight per cent.', [['eight per cent', 8, 'percent']]],
  ['Rates went up by two percentage points.', [['two percentage points', 2, 'points']]],
  ['The Dow closed below 9,000.', [['9,000', 9000, 'level']]],
];

/** Sentences with no figure for an event: an article before "point", clock times, small bare numbers, ordinals. */
const NEGATIVE = [
  'He made a point of it.',
  'The meeting starts at 10 a.m. on Monday.',
  'They agreed to 3 more talks.',
  'She came to the 2nd round.',
  'Markets opened at 9.30am.',
  'The plan runs to 2025.',
];

describe('events: figures that are not money', () => {
  it.each(CASES)('%s', (text, expected) => {
    const found = measuresOf(text, clauseOf(text), []);
    expect(found.map((m) => [m.text, m.value, m.unit])).toEqual(expected);
    for (const m of found) expect(text.slice(m.start, m.end)).toBe(m.text);
  });

  it.each(NEGATIVE)('nothing in: %s', (text) => {
    expect(measuresOf(text, clauseOf(text), [])).toEqual([]);
  });

  it('leaves out figures that are already money, dates or names', () => {
    const text = 'Sales reached $1,500 in 2019 at Boeing 777 plants, up 4%.';
    const taken = [spanOf(text, '$1,500'), spanOf(text, '2019'), spanOf(text, 'Boeing 777')];
    expect(measuresOf(text, clauseOf(text), taken).map((m) => m.text)).toEqual(['4%']);
  });
});

describe('events: figures as amount arguments', () => {
  it('gives each figure to the nearest event of its clause', () => {
    const text = 'Ford sales dropped 42% in June, after a 20 percent increase a year before.';
    const events = allEvents(articleOf(text, { sentences: [text], organizations: [{ name: 'Ford', mentions: [['Ford']] }] }));
    const amounts = (trigger: string) => events.find((e) => e.trigger.text === trigger)?.arguments.filter((a) => a.role === 'amount').map((a) => [a.text, a.figure]);
    expect(amounts('dropped')).toEqual([['42%', { value: 42, unit: 'percent' }]]);
    expect(amounts('increase')).toEqual([['20 percent', { value: 20, unit: 'percent' }]]);
  });

  it('keeps a figure compared with but of no stated period among the amounts of its event', () => {
    const text = 'The bank will increase the credit line from $55 billion to $110 billion.';
    const article = articleOf(text, {
      sentences: [text],
      money: [
        ['$55 billion', 55e9, 'USD', null],
        ['$110 billion', 110e9, 'USD', null],
      ],
    });
    const increase = allEvents(article).find((e) => e.trigger.text === 'increase');
    expect(increase?.arguments.filter((a) => a.role === 'amount').map((a) => a.text)).toEqual(['$55 billion', '$110 billion']);
    // The record's own amounts stay the figure it reaches.
    expect(increase?.amounts.map((a) => a.amount)).toEqual([110e9]);
  });
});
