import { describe, expect, it } from 'vitest';
import { asRow, datesOf, type TimexRow } from './helpers/dates.js';

/**
 * Ranges: TimeML marks each end of a range as its own TIMEX3 (TimeML Annotation Guidelines 1.2.1,
 * §2.2.1, "from 1992 through 1995": two DATEs; the range is a DURATION whose `beginPoint` and
 * `endPoint` name them). The stage gives each end its own item and keeps the range on both.
 * [document date, text, the ends, the range's value and text]
 */
const ranges: Array<[string | null, string, TimexRow[], string, string]> = [
  ['2019-07-11', 'Sales rose in 2009-2010.', [['2009', 'DATE', '2009'], ['2010', 'DATE', '2010']], '2009/2010', '2009-2010'],
  ['2019-07-11', 'He served in 1957-58.', [['1957', 'DATE', '1957'], ['58', 'DATE', '1958']], '1957/1958', '1957-58'],
  ['2008-03-01', 'Production will move to Alabama by 2010-11.', [['2010', 'DATE', '2010'], ['11', 'DATE', '2011']], '2010/2011', '2010-11'],
  ['2019-07-11', 'Output doubled between 2015 and 2018.', [['2015', 'DATE', '2015'], ['2018', 'DATE', '2018']], '2015/2018', '2015 and 2018'],
  ['2019-07-11', 'The fund will lend money in the 2018-2020 period.', [['2018', 'DATE', '2018'], ['2020', 'DATE', '2020']], '2018/2020', 'the 2018-2020 period'],
  ['2012-05-10', 'The shop opens Monday to Friday.', [['Monday', 'DATE', '2012-05-07'], ['Friday', 'DATE', '2012-05-11']], '2012-05-07/2012-05-11', 'Monday to Friday'],
  ['2019-07-11', 'Lavrov visited Bishkek on February 3-4, 2019.', [['February 3', 'DATE', '2019-02-03'], ['4, 2019', 'DATE', '2019-02-04']], '2019-02-03/2019-02-04', 'February 3-4, 2019'],
  ['2019-07-11', 'The summit will be held on July 20-21 in Osaka.', [['July 20', 'DATE', '2019-07-20'], ['21', 'DATE', '2019-07-21']], '2019-07-20/2019-07-21', 'July 20-21'],
  ['2019-07-11', 'In January-May 2019, trade reached $650 million.', [['January', 'DATE', '2019-01'], ['May 2019', 'DATE', '2019-05']], '2019-01/2019-05', 'January-May 2019'],
  ['2019-07-11', 'The exhibition runs from March to May.', [['March', 'DATE', '2019-03'], ['May', 'DATE', '2019-05']], '2019-03/2019-05', 'March to May'],
  ['2019-07-11', 'Sales rose between March and May.', [['March', 'DATE', '2019-03'], ['May', 'DATE', '2019-05']], '2019-03/2019-05', 'March and May'],
  ['2019-07-11', 'The filing ran from 2019-02-03 to 2019-02-05.', [['2019-02-03', 'DATE', '2019-02-03'], ['2019-02-05', 'DATE', '2019-02-05']], '2019-02-03/2019-02-05', '2019-02-03 to 2019-02-05'],
  ['2019-07-11', 'The office is open from 9 a.m. to 5 p.m. today.', [['9 a.m.', 'TIME', '2019-07-11T09:00'], ['5 p.m.', 'TIME', '2019-07-11T17:00'], ['today', 'DATE', '2019-07-11']], '2019-07-11T09:00/2019-07-11T17:00', '9 a.m. to 5 p.m.'],
  [null, 'The shop opens Monday to Friday.', [['Monday', 'DATE', 'XXXX-WXX-1'], ['Friday', 'DATE', 'XXXX-WXX-5']], 'XXXX-WXX-1/XXXX-WXX-5', 'Monday to Friday'],
  // years.ts: before 1900 a pair of numbers is a range of years on a cue: a bracket in the clause, a period's name, a verb of tenure.
  ['2019-07-11', 'Louis XV (king 1715 - 1774) was his patron.', [['1715', 'DATE', '1715'], ['1774', 'DATE', '1774']], '1715/1774', '1715 - 1774'],
  ['2019-07-11', 'The army camped there during the winter of 1776-77.', [['1776', 'DATE', '1776'], ['77', 'DATE', '1777']], '1776/1777', '1776-77'],
  // ordinal-days.ts: an ordinal day before a range end that names the month is a day of that month, in the same year.
  ['2019-09-10', 'The festival runs from the 6th to the 12th of October.', [['the 6th', 'DATE', '2019-10-06'], ['12th of October', 'DATE', '2019-10-12']], '2019-10-06/2019-10-12', 'the 6th to the 12th of October'],
  ['2019-09-10', 'It ran from the 6th to the 12th of October 2018.', [['the 6th', 'DATE', '2018-10-06'], ['12th of October 2018', 'DATE', '2018-10-12']], '2018-10-06/2018-10-12', 'the 6th to the 12th of October 2018'],
  // Session 14: a present schedule wholly before the DCT's day is next month's (it is still to come), was 2019-09.
  ['2019-09-10', 'The fair is held from the 3rd to the 5th.', [['the 3rd', 'DATE', '2019-10-03'], ['the 5th', 'DATE', '2019-10-05']], '2019-10-03/2019-10-05', 'the 3rd to the 5th'],
  ['2019-09-10', 'The fair was held from the 3rd to the 5th.', [['the 3rd', 'DATE', '2019-09-03'], ['the 5th', 'DATE', '2019-09-05']], '2019-09-03/2019-09-05', 'the 3rd to the 5th'],
  ['2019-07-11', 'He served 1850–1862 as mayor.', [['1850', 'DATE', '1850'], ['1862', 'DATE', '1862']], '1850/1862', '1850–1862'],
];

describe('dates: each end of a range its own item (TimeML 1.2.1 §2.2.1)', () => {
  it.each(ranges)('%s: %s', (ref, text, ends, value, rangeText) => {
    const dates = datesOf(text, ref);
    expect(dates.map(asRow)).toEqual(ends);
    const [begin, end] = dates.filter((d) => d.range);
    expect(begin!.range).toMatchObject({ part: 'begin', value, text: rangeText });
    expect(end!.range).toMatchObject({ part: 'end', value, text: rangeText, id: begin!.range!.id });
    expect(text.slice(begin!.range!.start, begin!.range!.end)).toBe(rangeText);
  });

  it('numbers ranges in text order, one id per range', () => {
    const dates = datesOf('Sales rose in 2009-2010 and fell in 2012-2013.', '2019-07-11');
    expect(dates.map((d) => `${d.text}:${d.range?.id}:${d.range?.part}`)).toEqual(['2009:r1:begin', '2010:r1:end', '2012:r2:begin', '2013:r2:end']);
  });
});

/** Dashes and "to" that join no range: a score, a count, a phone number, a single date. */
const notRanges: Array<[string, string[]]> = [
  ['Chelsea won 2-1 on Saturday.', ['Saturday']],
  ['The vote was 2019-1 in favour.', []],
  ['The report is dated 2019-03-14.', ['2019-03-14']],
  ['Shares rose from 10 to 12 in 2018.', ['2018']],
  // Numbers before 1900 with no cue for years count things.
  ['Scores ranged 1200-1400 on the test.', []],
  ['The survey (of 1200 - 1500 people) was small.', []],
];

describe('dates: no range where none is written', () => {
  it.each(notRanges)('%s', (text, spans) => {
    const dates = datesOf(text, '2019-07-11');
    expect(dates.map((d) => d.text)).toEqual(spans);
    expect(dates.some((d) => d.range)).toBe(false);
  });
});
