import { describe, expect, it } from 'vitest';
import { matchSpans } from '../src/eval/match.js';
import { addBreakdown, emptyBreakdown, formatBreakdown, valueShape } from '../src/eval/timex-classes.js';
import type { GoldItem, PredictedItem } from '../src/eval/items.js';

describe('valueShape: a TIMEX3 value with its digits named by field', () => {
  it.each([
    ['2009-02-03', 'YYYY-MM-DD'],
    ['2009-02', 'YYYY-MM'],
    ['2009', 'YYYY'],
    ['XXXX-06-01', 'YYYY-MM-DD'],
    ['199', 'YYY'],
    ['19', 'YY'],
    ['2008-W42', 'YYYY-Wnn'],
    ['2019-Q3', 'YYYY-Qn'],
    ['2019-H1', 'YYYY-Hn'],
    ['2010-03-02TMO', 'YYYY-MM-DDTMO'],
    ['2019-07-11T15:00Z', 'YYYY-MM-DDThh:mmZ'],
    ['P5Y', 'PnY'],
    ['PT24H', 'PTnH'],
    ['PRESENT_REF', 'PRESENT_REF'],
    ['03-02-2009', 'malformed'],
    [null, '–'],
  ])('%s → %s', (value, shape) => expect(valueShape(value)).toBe(shape));
});

describe('addBreakdown: type confusions and value errors of one document', () => {
  const gold: GoldItem[] = [
    { start: 0, end: 5, text: 'today', value: '2019-07-11', type: 'DATE' },
    { start: 10, end: 20, text: 'a year ago', value: 'P1Y', type: 'DURATION' },
    { start: 30, end: 36, text: 'weekly', value: 'P1W', type: 'SET' },
  ];
  const predicted: PredictedItem[] = [
    { start: 0, end: 5, text: 'today', values: ['2019-07-11'], type: 'DATE' },
    { start: 10, end: 20, text: 'a year ago', values: ['2018'], type: 'DATE' },
    { start: 40, end: 44, text: 'soon', values: ['FUTURE_REF'], type: 'DATE' },
  ];
  const b = addBreakdown(emptyBreakdown(), matchSpans(gold, predicted));

  it('counts gold type against predicted type, "–" for a miss or a false hit', () => {
    expect(b.types).toEqual({ DATE: { DATE: 1 }, DURATION: { DATE: 1 }, SET: { '–': 1 }, '–': { DATE: 1 } });
  });

  it('groups wrong values by shape, with examples', () => {
    expect(b.valueErrors).toEqual({ 'PnY → YYYY': { count: 1, examples: ['"a year ago" P1Y → 2018'] } });
  });

  it('puts gold without a TIMEX3 type (GUM) in an "untyped" row, apart from false hits', () => {
    const untypedGold: GoldItem[] = [{ start: 0, end: 5, text: 'today', value: '2019-07-11' }, { start: 50, end: 54, text: '1990', value: '1990' }];
    const u = addBreakdown(emptyBreakdown(), matchSpans(untypedGold, predicted));
    expect(u.types).toEqual({ untyped: { DATE: 1, '–': 1 }, '–': { DATE: 2 } });
    expect(formatBreakdown(u).join('\n')).toMatch(/^untyped\s+1\s+0\s+0\s+0\s+1$/m);
  });

  it('prints the table and the groups', () => {
    const text = formatBreakdown(addBreakdown(b, matchSpans(gold, predicted))).join('\n');
    expect(text).toMatch(/^DURATION\s+2\s+0\s+0\s+0\s+0$/m);
    expect(text).toContain('    2  PnY → YYYY    e.g. "a year ago" P1Y → 2018; "a year ago" P1Y → 2018');
  });
});
