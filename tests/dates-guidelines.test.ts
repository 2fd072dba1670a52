import { describe, expect, it } from 'vitest';
import { asRow, datesOf, table } from './helpers/dates.js';

/**
 * One case per rule added for issue 18's second round, in the kind of example the TimeML
 * Annotation Guidelines 1.2.1 give (§2.2 TIMEX3: extent, `type`, `value`, `mod`), written for
 * this file. [document date, text, every item the text holds, in order]
 */

// years.ts: years before 1900 where the context says they are years; years coordinated with a year; eras (§2.2.3 value).
table('historic years', [
  ['2012-05-10', 'The fort was rebuilt in 1687 and 1689.', [['1687', 'DATE', '1687'], ['1689', 'DATE', '1689']]],
  ['2012-05-10', 'The town was the capital from 1598 to 1722.', [['1598', 'DATE', '1598'], ['1722', 'DATE', '1722']]],
  ['2012-05-10', 'The bridge was built between 1656 and 1662.', [['1656', 'DATE', '1656'], ['1662', 'DATE', '1662']]],
  ['2012-05-10', 'His treatise (1738) made him famous.', [['1738', 'DATE', '1738']]],
  ['2012-05-10', 'The painter Jean Roux (1704 – 1787) lived there.', [['1704', 'DATE', '1704'], ['1787', 'DATE', '1787']]],
  ['2012-05-10', 'The study compares the 2001 and 2011 censuses.', [['2001', 'DATE', '2001'], ['2011', 'DATE', '2011']]],
  ['2012-05-10', 'The temple was founded around 347 AD.', [['347 AD', 'DATE', '0347']]],
  ['2012-05-10', 'A village stood there in 3000 BC.', [['3000 BC', 'DATE', 'BC3000']]],
]);

// years.ts and modifiers.ts: "mid-2009" is one DATE with mod MID (§2.2.3 mod); fiscal-periods.ts: "year-end" is the year with mod END.
table('year modifiers and year-end', [
  ['2012-05-10', 'Prices peaked in mid-2009.', [['mid-2009', 'DATE', '2009', 'MID']]],
  ['2012-05-10', 'The deal should close by year-end.', [['year-end', 'DATE', '2012', 'END']]],
  ['2012-01-10', 'Debt at the year end was lower, it said.', [['the year end', 'DATE', '2011', 'END']]],
]);

// refs.ts and days.ts: the present as an era is PRESENT_REF (§2.2.3 value), "today" as a day is a date.
table('the present', [
  ['2012-05-10', 'At present, the plant is idle.', [['present', 'DATE', 'PRESENT_REF']]],
  ['2012-05-10', 'She has led the band from 2001 to the present.', [['2001', 'DATE', '2001'], ['the present', 'DATE', 'PRESENT_REF']]],
  ['2012-05-10', 'He played for Leeds (2009 – present).', [['2009', 'DATE', '2009'], ['present', 'DATE', 'PRESENT_REF']]],
  ['2012-05-10', "Today's Germany is a different country.", [['Today', 'DATE', 'PRESENT_REF']]],
  ['2012-05-10', "In today's world, news travels fast.", [['today', 'DATE', 'PRESENT_REF']]],
  ['2012-05-10', "Today's meeting was short.", [['Today', 'DATE', '2012-05-10']]],
]);

// sets.ts: "every" with any unit and a weekday's part of day is one SET (§2.2.2 SET: "every Tuesday morning" XXXX-WXX-2TMO).
table('sets', [
  ['2012-05-10', 'Trains leave every 15 minutes.', [['every 15 minutes', 'SET', 'PT15M']]],
  ['2012-05-10', 'The council meets every Monday morning.', [['every Monday morning', 'SET', 'XXXX-WXX-1TMO']]],
  ['2012-05-10', 'He earns $1,200 a week.', [['a week', 'SET', 'P1W']]],
  ['2012-05-10', 'The vote was held on May 20, a week after the strike.', [['May 20', 'DATE', '2012-05-20'], ['a week', 'DURATION', 'P1W']]],
]);

// fiscal-periods.ts, periods.ts, years.ts: business periods (§2.2.3 value: the calendar period the text names).
table('quarters and fiscal years', [
  ['2012-05-10', 'Profit rose in the December quarter.', [['the December quarter', 'DATE', '2011-Q4']]],
  ['2012-05-10', 'Exports will grow in the September quarter.', [['the September quarter', 'DATE', '2012-Q3']]],
  ['2012-05-10', 'Sales fell 5% in the quarter, the company said.', [['the quarter', 'DATE', '2012-Q1']]],
  ['2012-05-10', 'Third-quarter profit rose. Costs in the quarter fell.', [['Third-quarter', 'DATE', '2011-Q3'], ['the quarter', 'DATE', '2011-Q3']]],
  ['2012-05-10', 'Profit will rise in the current quarter.', [['the current quarter', 'DATE', '2012-Q2']]],
  ['2012-05-10', 'Fiscal 2009 revenue rose.', [['Fiscal 2009', 'DATE', '2009']]],
  ['2012-05-10', 'Profit for fiscal 2011/12 fell.', [['2011', 'DATE', '2011'], ['12', 'DATE', '2012']]],
]);

// anaphora.ts: a part of the narrative's day, or of the day after or before it, is one TIME (§2.2.3: parts of days, "TMO").
table('parts of the narrative day', [
  ['2012-05-10', 'He was hurt on May 30, 1832 and died the following morning.', [['May 30, 1832', 'DATE', '1832-05-30'], ['the following morning', 'TIME', '1832-05-31TMO']]],
  ['2012-05-10', 'The firm was sold on Monday. That night its chief resigned.', [['Monday', 'DATE', '2012-05-07'], ['That night', 'TIME', '2012-05-07TNI']]],
  ['2012-05-10', 'They had met the night before.', [['the night before', 'TIME', '2012-05-09TNI']]],
  ['2012-05-10', 'He arrived in March 2004. The next morning he left.', [['March 2004', 'DATE', '2004-03'], ['The next morning', 'TIME', '2004-03-XXTMO']]],
]);

// resolve.ts: a date told from the document's ("today", "last summer") ends the narrative's year for year-free dates after it.
table('back to the present', [
  ['2023-02-23', 'The ship docked on May 8, 2010. Today the office says it clears the backlog by year end.', [['May 8, 2010', 'DATE', '2010-05-08'], ['Today', 'DATE', '2023-02-23'], ['year end', 'DATE', '2023', 'END']]],
  ['2023-02-23', 'The ship docked on May 8, 2010. The backlog was cleared by year end.', [['May 8, 2010', 'DATE', '2010-05-08'], ['year end', 'DATE', '2010', 'END']]],
]);

// time-zones.ts and times.ts: a clock time with its zone and its day is one TIME (§2.2.1), the zone an offset in the value.
table('time zones', [
  ['2012-05-10', 'Trading will resume at 9:30 a.m. Eastern Time on Friday.', [['9:30 a.m. Eastern Time on Friday', 'TIME', '2012-05-11T09:30-04:00']]],
  ['2012-01-10', 'Trading resumed at 9:30 a.m. Eastern Time.', [['9:30 a.m. Eastern Time', 'TIME', '2012-01-10T09:30-05:00']]],
  ['2012-05-10', 'The offer will expire at noon EDT Friday.', [['noon EDT Friday', 'TIME', '2012-05-11T12:00-04:00']]],
  ['2012-05-10', 'Polls closed at 8 p.m. Pacific Standard Time.', [['8 p.m. Pacific Standard Time', 'TIME', '2012-05-10T20:00-08:00']]],
  ['2012-05-10', 'The talks ended at 3 p.m. local time.', [['3 p.m. local time', 'TIME', '2012-05-10T15:00']]],
  ['2012-05-10', 'The ceasefire took effect at 0600 GMT on Sunday.', [['0600 GMT on Sunday', 'TIME', '2012-05-06T06:00Z']]],
  ['2012-05-10', 'She worked from 6 a.m. to midnight.', [['6 a.m.', 'TIME', '2012-05-10T06:00'], ['midnight', 'TIME', '2012-05-10T24:00']]],
]);

// chrono.ts: a date wrapped over two lines of prose is still one expression, its text holding the line break.
table('dates across a line break', [
  ['2019-07-20', 'The treaty between the two countries was signed in Moscow on July\n11, 2019, after long talks.', [['July\n11, 2019', 'DATE', '2019-07-11']]],
  ['2019-07-20', 'Talks resume\nFriday, July 12, 2019\nThe talks ended.', [['Friday, July 12, 2019', 'DATE', '2019-07-12']]],
  ['2019-07-20', 'The firm that owns the plant said its output fell sharply in June.\n12 of its shops closed.', [['June', 'DATE', '2019-06']]],
]);

// chrono.ts: opening hours hold on every day of a schedule, none in particular (§2.2.3 value: an unknown day is XXXX-XX-XX).
table('hours over a range of days', [
  ['2012-05-10', 'Open Monday-Friday, 9am-5pm.', [['9am', 'TIME', 'XXXX-XX-XXT09:00'], ['5pm', 'TIME', 'XXXX-XX-XXT17:00']]],
  ['2012-05-10', 'Hours: Mon-Fri 08:30 am - 7 pm, Sat 10 am - 2 pm.', [['08:30 am', 'TIME', 'XXXX-XX-XXT08:30'], ['7 pm', 'TIME', 'XXXX-XX-XXT19:00'], ['10 am', 'TIME', 'XXXX-XX-XXT10:00'], ['2 pm', 'TIME', 'XXXX-XX-XXT14:00']]],
  ['2012-05-10', 'Talks will resume on Friday at 9 am.', [['Friday at 9 am', 'TIME', '2012-05-11T09:00']]],
  ['2012-05-10', 'The office is open Monday to Friday 9am-5pm.', [['9am', 'TIME', 'XXXX-XX-XXT09:00'], ['5pm', 'TIME', 'XXXX-XX-XXT17:00']]],
  ['2012-05-10', 'Open Monday through Friday, from 8:30 to 19:00.', [['8:30', 'TIME', 'XXXX-XX-XXT08:30'], ['19:00', 'TIME', 'XXXX-XX-XXT19:00']]],
]);

// years.ts: "the 1800s" is a century (§2.2.3 value "18"), "the 2000s" the decade news means; chrono.ts: "Jan. 5 to 10 years" is no range.
table('centuries in digits, ranges that count', [
  ['2012-05-10', 'The firm was founded in the late 1800s.', [['the late 1800s', 'DATE', '18', 'END']]],
  ['2012-05-10', 'Prices soared in the 2000s.', [['the 2000s', 'DATE', '200']]],
  ['2012-05-10', 'The town grew from the later 1800s to the 1920s.', [['the later 1800s', 'DATE', '18', 'END'], ['the 1920s', 'DATE', '192']]],
  ['2012-05-10', 'He was sentenced on Jan. 5 to 10 years in prison.', [['Jan. 5', 'DATE', '2012-01-05'], ['10 years', 'DURATION', 'P10Y']]],
]);

// ordinal-days.ts: "on the 15th" is a day of the month in context (§2.2.3 value: the context fills what the text leaves out).
table('a day of the month by its ordinal', [
  ['2012-05-10', 'The trial will open on the 15th.', [['the 15th', 'DATE', '2012-05-15']]],
  ['2012-05-10', 'The trial will open on the 5th.', [['the 5th', 'DATE', '2012-06-05']]],
  ['2012-05-10', 'Talks began on March 3 in Rome and ended on the 7th.', [['March 3', 'DATE', '2012-03-03'], ['the 7th', 'DATE', '2012-03-07']]],
]);

// week-of.ts: "the week of May 21" is one DATE, the ISO week of that day (§2.2.3 value "YYYY-Wnn").
table('the week of a day', [
  ['2012-05-10', 'The meeting is planned for the week of May 21.', [['the week of May 21', 'DATE', '2012-W21']]],
  ['2012-05-10', 'Sales in the week ended June 30, 2011 fell.', [['the week ended June 30, 2011', 'DATE', '2011-W26']]],
]);

it('keeps "fiscal" in the extent of a fiscal year range', () => {
  const [begin] = datesOf('Profit for fiscal 2011/12 fell.', '2012-05-10');
  expect(begin?.range).toMatchObject({ part: 'begin', text: 'fiscal 2011/12', value: '2011/2012' });
});

describe('numbers that are not years', () => {
  it.each([
    ['Between 1500 and 1800 people came.'],
    ['He sold 1500 copies of the book.'],
    ['Flight 1549 landed safely.'],
    ['The 200 CE members agreed.'],
    ['The vote was 1650 to 1320.'],
    ['The present situation is bad, so he will present a plan.'],
    ['She will present the report at the year-end-review meeting.'],
    ['He scored twice in the quarter as his team won the game.'],
    ['They live in the old quarter of the city.'],
    ['The night before the vote, he fled.'],
    ['He flew Eastern Airlines to Pacific Central College.'],
    ['He lives on the 3rd floor and won on the 21st hole.'],
  ])('%s', (text) => expect(datesOf(text, '2012-05-10').map(asRow)).toEqual([]));
});
