import { describe, expect, it } from 'vitest';
import { datesOf } from './helpers/dates.js';
import type { DateMention } from '../src/types.js';

/**
 * Granularity: a value is as precise as the text, never more nor less (TimeML Annotation
 * Guidelines 1.2.1 §2.2.3 `value`: "this year" is 2012, not a day of it; an expression that only
 * says "in the past" or "now" is PAST_REF / PRESENT_REF / FUTURE_REF).
 * [document date, text, span, value, grain]
 */
const rows: Array<[string, string, string, string, DateMention['grain']]> = [
  ['2012-05-10', 'This year profits fell.', 'This year', '2012', 'year'],
  ['2012-05-10', 'This month they rose.', 'This month', '2012-05', 'month'],
  ['2012-05-10', 'Last week they rose.', 'Last week', '2012-W18', 'week'],
  ['2012-05-10', 'Profits fell earlier this year.', 'earlier this year', '2012', 'year'],
  ['2012-05-10', 'The index fell in the fourth quarter.', 'the fourth quarter', '2011-Q4', 'quarter'],
  ['2012-05-10', 'Recently profits fell.', 'Recently', 'PAST_REF', 'reference'],
  ['2012-05-10', 'In the past, profits fell.', 'the past', 'PAST_REF', 'reference'],
  ['2012-05-10', 'Costs rose in recent years.', 'recent years', 'PAST_REF', 'reference'],
  ['2012-05-10', 'Prices will fall in the near future.', 'the near future', 'FUTURE_REF', 'reference'],
  ['2012-05-10', 'She is currently the chair.', 'currently', 'PRESENT_REF', 'reference'],
  ['2012-05-10', 'The plant was built in the 1990s.', 'the 1990s', '199', 'decade'],
  ['2012-05-10', 'The plant was built in May 2008.', 'May 2008', '2008-05', 'month'],
  ['2012-05-10', 'Trade grew in 2008.', '2008', '2008', 'year'],
];

describe('dates: values at the grain of the text (TimeML 1.2.1 §2.2.3)', () => {
  it.each(rows)('%s: %s', (ref, text, span, value, grain) => {
    const [date, ...rest] = datesOf(text, ref);
    expect(rest).toEqual([]);
    expect([date?.text, date?.value, date?.grain]).toEqual([span, value, grain]);
  });
});
