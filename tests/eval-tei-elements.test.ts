import { describe, expect, it } from 'vitest';
import { joinTeiElements } from '../src/eval/tei-elements.js';
import type { CorpusSpan } from '../src/eval/corpus.js';

/** A GUM time mention of entity `eid` whose TEI date has `when` and `align`. */
const mention = (text: string, whole: string, eid: string, when: string, align: string): CorpusSpan => {
  const start = whole.indexOf(text);
  return { start, end: start + text.length, type: 'TIME_ENT', text, value: when, attrs: { eid, date: { when, align } } };
};

describe('joinTeiElements: a dateline GUM splits into a weekday and a date is one gold expression', () => {
  const text = 'Crane collapse\nSaturday, September 12, 2015\nOn Friday, a crane fell.';

  it('joins the weekday and the date of one element', () => {
    const spans = [mention('Saturday', text, '4', '2015-09-12', 'coref'), mention('September 12, 2015', text, '4', '2015-09-12', 'coref'), mention('Friday', text, '6', '2015-09-11', 'exact')];
    expect(joinTeiElements(spans, text).map((s) => s.text)).toEqual(['Saturday, September 12, 2015', 'Friday']);
  });

  it('keeps apart mentions of other entities, other values, or with words between', () => {
    const other = 'Saturday, September 12, 2015';
    expect(joinTeiElements([mention('Saturday', other, '4', '2015-09-12', 'coref'), mention('September 12, 2015', other, '5', '2015-09-12', 'coref')], other)).toHaveLength(2);
    expect(joinTeiElements([mention('Saturday', other, '4', '2015-09-12', 'coref'), mention('September 12, 2015', other, '4', '2015-09-13', 'coref')], other)).toHaveLength(2);
    const far = 'Saturday and then September 12, 2015';
    expect(joinTeiElements([mention('Saturday', far, '4', '2015-09-12', 'coref'), mention('September 12, 2015', far, '4', '2015-09-12', 'coref')], far)).toHaveLength(2);
    expect(joinTeiElements([mention('Saturday', other, '4', '2015-09-12', 'exact'), mention('September 12, 2015', other, '4', '2015-09-12', 'exact')], other)).toHaveLength(2);
  });
});
