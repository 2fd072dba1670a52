import { table } from './helpers/dates.js';

/**
 * Forms the stage used to miss, one block per parser, written from the TimeML Annotation
 * Guidelines 1.2.1 (§2.2 TIMEX3: extent and the `type`, `value`, `mod` attributes).
 * [document date, text, every item the text holds, in order]
 */

// chrono.ts: a clock time with its zone and weekday is one TIME (§2.2.1: a time and the day it is on form one expression).
table('clock times with zones and days', [
  ['2012-05-10', 'Talks will resume at 15:00 GMT Saturday.', [['15:00 GMT Saturday', 'TIME', '2012-05-12T15:00Z']]],
  ['2012-05-10', 'Talks resumed at 15:00 GMT Saturday.', [['15:00 GMT Saturday', 'TIME', '2012-05-05T15:00Z']]],
  ['2012-05-10', 'Polls will close at 3 p.m. EST on Friday.', [['3 p.m. EST on Friday', 'TIME', '2012-05-11T15:00-05:00']]],
  ['2012-05-10', 'The market opened at 10:00 GMT.', [['10:00 GMT', 'TIME', '2012-05-10T10:00Z']]],
  ['2012-05-10', 'The offer will expire at midnight Friday.', [['midnight Friday', 'TIME', '2012-05-11T24:00']]],
]);

// years.ts and anaphora.ts: decades and centuries are DATEs at their grain (§2.2.3 value: "199" the 1990s, "19" the 20th century).
table('centuries and decades', [
  ['2012-05-10', 'The church dates from the 20th century.', [['the 20th century', 'DATE', '19']]],
  // ordinal-days.ts: the first end of a range of centuries is a century, not a day of the month.
  ['2012-05-10', 'Poems from the 15th to the 19th century survive.', [['the 15th', 'DATE', '14'], ['the 19th century', 'DATE', '18']]],
  ['2012-05-10', 'Prices fell in the 1990s and rose in the following decade.', [['the 1990s', 'DATE', '199'], ['the following decade', 'DATE', '200']]],
  ['2012-05-10', 'Demand will double in the next decade.', [['the next decade', 'DATE', '202']]],
  ['2012-05-10', 'Growth slowed in the late 1980s.', [['the late 1980s', 'DATE', '198', 'END']]],
]);

// fiscal-periods.ts and years.ts: fiscal years take the year they are named after; halves are `YYYY-Hn`.
table('fiscal and financial periods', [
  ['2012-05-10', 'Revenue this fiscal year rose.', [['this fiscal year', 'DATE', '2012']]],
  ['2012-05-10', 'Revenue last fiscal year fell.', [['last fiscal year', 'DATE', '2011']]],
  ['2012-05-10', 'Profit for the current financial year is flat.', [['the current financial year', 'DATE', '2012']]],
  ['2012-05-10', 'In fiscal 2012 profit fell.', [['fiscal 2012', 'DATE', '2012']]],
  ['2012-05-10', 'Sales rose in the third quarter.', [['the third quarter', 'DATE', '2011-Q3']]],
  ['2012-08-10', 'Output grew 3% in the first half.', [['the first half', 'DATE', '2012-H1']]],
  [null, 'Output grew 3% in the first half.', [['the first half', 'DATE', 'XXXX-H1']]],
  // Business words that a match report also uses ("booked", "goals") leave a half year a date.
  ['2012-08-10', 'The insurer booked a loss in the first half. Its goals are unchanged.', [['the first half', 'DATE', '2012-H1']]],
  // Words business shares with sport ("booked", "kick-off") count only in the half's own sentence.
  ['2012-08-10', 'Boeing said orders worth $5 billion were booked. Revenue rose 4% in the first half.', [['the first half', 'DATE', '2012-H1']]],
  ['2012-08-10', 'The kick-off meeting for the merger was held. Sales rose in the first half.', [['the first half', 'DATE', '2012-H1']]],
]);

// refs.ts and anaphora.ts: "now", "currently" are PRESENT_REF (§2.2.3); a trading report's "the day" is the day reported.
table('now, currently and the day', [
  ['2012-05-10', 'The firm is now bigger and he is currently chief.', [['now', 'DATE', 'PRESENT_REF'], ['currently', 'DATE', 'PRESENT_REF']]],
  ['2009-02-24', 'The Dow fell 3.4% on Monday to end the day at 7,114.', [['Monday', 'DATE', '2009-02-23'], ['the day', 'DATE', '2009-02-23']]],
  ['2009-02-24', 'The Dow fell 3.4% on Monday. Shares fell 2% on the day.', [['Monday', 'DATE', '2009-02-23'], ['the day', 'DATE', '2009-02-23']]],
]);

// sets.ts: recurring times are SETs (§2.2.3 type SET), the value the period between occurrences.
table('sets', [
  ['2012-05-10', 'The show changes each season.', [['each season', 'SET', 'P3M']]],
  ['2012-05-10', 'The board meets every week and reports twice a year.', [['every week', 'SET', 'P1W'], ['twice a year', 'SET', 'P1Y']]],
  ['2012-05-10', 'The market is closed on Sundays.', [['Sundays', 'SET', 'XXXX-WXX-7']]],
]);

// days.ts: a part of a named day is one TIME (§2.2.3 value: `T` plus MO, AF, EV, NI).
table('parts of days with weekdays', [
  ['2012-05-10', 'Protests continued Tuesday night.', [['Tuesday night', 'TIME', '2012-05-08TNI']]],
  ['2012-05-10', 'The vote will be held Friday morning.', [['Friday morning', 'TIME', '2012-05-11TMO']]],
]);

// race-times.ts: a race result is no time expression (issue 18), see tests/dates-fix-s16.test.ts.

// the-unit.ts: "the year" meaning a particular year is a DATE, the narrative's or the document's (§2.2.1).
table('the year, the month, the week', [
  ['2010-02-05', 'Sales for the year rose 5%.', [['the year', 'DATE', '2010']]],
  ['2010-02-05', 'The firm lost money in 2009; profit for the year fell.', [['2009', 'DATE', '2009'], ['the year', 'DATE', '2009']]],
  ['2010-02-05', 'Earlier in the month, shares fell.', [['the month', 'DATE', '2010-02']]],
  ['2010-02-05', 'In the year before the crash, prices fell.', []],
  ['2010-02-05', 'During the week that followed, prices rose.', []],
]);

// relative.ts and modifiers.ts: "the latest quarter" is the last completed one; "late"/"early" before a weekday is its `mod` (§2.2.3).
table('latest quarter, early and late days', [
  ['1998-03-05', 'Sales rose in the latest quarter.', [['the latest quarter', 'DATE', '1997-Q4']]],
  ['1998-03-05', 'Shares fell late Tuesday and early Wednesday.', [['late Tuesday', 'DATE', '1998-03-03', 'END'], ['early Wednesday', 'DATE', '1998-03-04', 'START']]],
  ['1998-03-05', 'The latest figures came out on Tuesday.', [['Tuesday', 'DATE', '1998-03-03']]],
]);

// early-years.ts: years 100–999 without an era, padded to four digits (§2.2.3 value); counts stay numbers.
table('years of the first millennium', [
  ['2019-09-10', 'Jerome (c. 347 – 30 September 420) was a priest.', [['347', 'DATE', '0347'], ['30 September 420', 'DATE', '0420-09-30']]],
  ['2019-09-10', 'Damasus, who died in December of 384, was pope.', [['December of 384', 'DATE', '0384-12']]],
  ['2019-09-10', 'Theodorus (c. 314 – 368) joined around 328. In 348 Pachomius died.', [['314', 'DATE', '0314'], ['368', 'DATE', '0368'], ['328', 'DATE', '0328'], ['348', 'DATE', '0348']]],
  ['2019-09-10', 'The toll rose to around 300. In 348 cases the test failed.', []],
  ['2019-09-10', 'In May 300 people left; Flight 370 crashed after 911 calls.', [['May', 'DATE', '2019-05']]],
]);

// years.ts: a year before 1900 set off by commas, brackets or a dash, as in lists and imprints; counts keep their cue.
table('years before 1900 set off as list items', [
  ['2019-09-10', 'Printed at Aberdeen, Scotland, 1859. A new edition followed.', [['1859', 'DATE', '1859']]],
  ['2019-09-10', 'The royal square - 1602 (Meidan Emam).', [['1602', 'DATE', '1602']]],
  ['2019-09-10', 'The toll rose to 1200. Deaths reached 1500 people, 1300 of them soldiers.', []],
]);

// years.ts, early-years.ts, the-unit.ts: "the year" followed by a number names that year (§2.2.3 value,
// the number is the TIMEX3 as with "the year 347"); a count after it ("the year 12 students") is not one.
table('the year and a number', [
  ['2019-09-10', 'In the year 1066, the Normans came.', [['1066', 'DATE', '1066']]],
  ['2019-09-10', 'The fort was built in the year 71.', [['71', 'DATE', '0071']]],
  ['2019-09-10', 'In the year 71 York became a fortress.', [['71', 'DATE', '0071']]],
  ['2019-09-10', 'Teachers of the year 12 students met.', []],
  ['2019-09-10', 'Profit for the year rose 5%.', [['the year', 'DATE', '2019']]],
]);

// time-on-day.ts: a clock time and the day it is on, told from another day, are one TIME (§2.2.1: "10 a.m. tomorrow"),
// the day counted as the day alone would be; a day the text cannot pin leaves the day unknown, never the document's.
table('clock times on a relative day', [
  ['2016-09-05', 'Talks will begin at 10 a.m. tomorrow.', [['10 a.m. tomorrow', 'TIME', '2016-09-06T10:00']]],
  ['2016-09-05', 'The blast hit at 3 p.m. yesterday.', [['3 p.m. yesterday', 'TIME', '2016-09-04T15:00']]],
  ['2016-09-05', 'Polls closed at 22:30 on Sunday; the last ballot was cast at 2:30 the next day.', [['22:30 on Sunday', 'TIME', '2016-09-04T22:30'], ['2:30 the next day', 'TIME', '2016-09-05T02:30']]],
  ['2016-09-05', 'They met on May 3. The vote ended at 9:30 that day.', [['May 3', 'DATE', '2016-05-03'], ['9:30 that day', 'TIME', '2016-05-03T09:30']]],
  ['2016-09-05', 'It opens at 9 a.m. EDT tomorrow.', [['9 a.m. EDT tomorrow', 'TIME', '2016-09-06T09:00-04:00']]],
  ['2016-09-05', 'They met in March 2004. He left at noon the next day.', [['March 2004', 'DATE', '2004-03'], ['noon the next day', 'TIME', 'XXXX-XX-XXT12:00']]],
  // chrono.ts: a sentence end is no joiner; the date and the next sentence's clock time stay two.
  ['2016-09-05', 'They met on May 3. At 2:30 the ship sank.', [['May 3', 'DATE', '2016-05-03'], ['2:30', 'TIME', '2016-05-03T02:30']]],
  // A sentence end after a weekday is no joiner either; a bare hour ("At 4") stays out, as it does anywhere.
  ['2016-09-05', 'They met on Tuesday. At 4 the vote began.', [['Tuesday', 'DATE', '2016-08-30']]],
  // time-on-day.ts: a time ending its sentence does not take the next sentence's day.
  ['2016-09-05', 'Trading ended at 4 p.m. Yesterday the index had risen.', [['4 p.m.', 'TIME', '2016-09-05T16:00'], ['Yesterday', 'DATE', '2016-09-04']]],
  // Not joined: a comma or other words between the time and the day.
  ['2016-09-05', 'The session ends at 10 a.m., and tomorrow the vote follows.', [['10 a.m.', 'TIME', '2016-09-05T10:00'], ['tomorrow', 'DATE', '2016-09-06']]],
]);

// guards.ts: news writes a day right after a verb's object, without "on" (AP style); a name before the weekday ends
// there, only an adjective makes one name with it ("Bloody Sunday", in dates-negative). holidays.ts: the named days
// of the Easter cycle and after Thanksgiving are dates on their day of the year (§2.2.3 value).
table('weekdays after a name, named days', [
  ['2015-05-07', 'The company told Reuters Wednesday that it would cut jobs.', [['Wednesday', 'DATE', '2015-05-06']]],
  ['2015-05-07', 'He spoke to ABC News Sunday.', [['Sunday', 'DATE', '2015-05-03']]],
  ["2015-05-07", "During Prime Minister's Questions Wednesday, Sunak defended the record.", [['Wednesday', 'DATE', '2015-05-06']]],
  ['2015-05-07', 'They marched on Palm Sunday and fasted on Ash Wednesday.', [['Palm Sunday', 'DATE', '2015-03-29'], ['Ash Wednesday', 'DATE', '2015-02-18']]],
  ['2015-05-07', 'Prices rose on Black Friday.', [['Black Friday', 'DATE', '2014-11-28']]],
  // A holiday before a lower-case head noun and "of" a year names an event; the year is the date.
  ['2015-05-07', 'The Ash Wednesday fires of 1983 killed 75 people.', [['1983', 'DATE', '1983']]],
  ['2015-05-07', 'The Palm Sunday tornado outbreak of 1965 hit Indiana.', [['1965', 'DATE', '1965']]],
  ['2015-05-07', 'The Black Friday riot of 1910 shocked London.', [['1910', 'DATE', '1910']]],
  ['2015-05-07', 'The Sunday Times reported it.', []],
  ['2015-05-07', 'On Monday Putin met Erdogan.', [['Monday', 'DATE', '2015-05-04']]],
  // A weekday opens a title only before a capitalized part of day and another capital; other capitals start the subject.
  ['2015-05-07', 'On Monday Vladimir Putin met Erdogan.', [['Monday', 'DATE', '2015-05-04']]],
  ['2015-05-07', 'Late on Friday Goldman Sachs said it would appeal.', [['Friday', 'DATE', '2015-05-01']]],
  ['2015-05-07', 'By Wednesday New York Governor Andrew Cuomo had ordered an inquiry.', [['Wednesday', 'DATE', '2015-05-06']]],
  ['2015-05-07', 'He watched Monday Night Football at home.', []],
  // An organization, an acronym or a name before a verb of saying ends before the weekday; other capitals make one name.
  ['2015-05-07', 'Goldman Sachs Tuesday reported a profit.', [['Tuesday', 'DATE', '2015-05-05']]],
  ['2015-05-07', 'He told CNN Sunday he would run.', [['Sunday', 'DATE', '2015-05-03']]],
  ['2015-05-07', 'Meatless Monday began in 2003.', [['2003', 'DATE', '2003']]],
]);

// days.ts, refs.ts: "today" in the sense of "nowadays" is PRESENT_REF (§2.2.3, after TIDES), the day itself keeps its
// date; "now and then", "every now and again" mean "at times" and are no temporal expression.
table('today as the present age, now and again', [
  ['2019-09-10', "The plan is known today as the L'Enfant Plan.", [['today', 'DATE', 'PRESENT_REF']]],
  ['2019-09-10', 'He walked across what is today Germany.', [['today', 'DATE', 'PRESENT_REF']]],
  ['2019-09-10', 'The obsession is as strong today as it was when Warhol was living.', [['today', 'DATE', 'PRESENT_REF']]],
  ['2019-09-10', 'Shares rose as much today as yesterday.', [['today', 'DATE', '2019-09-10'], ['yesterday', 'DATE', '2019-09-09']]],
  ['2019-09-10', 'The bank said today that profits fell.', [['today', 'DATE', '2019-09-10']]],
  ['2013-12-10', 'General Motors today named Mary Barra as its chief.', [['today', 'DATE', '2013-12-10']]],
  ['2019-09-10', 'The method is today known as hydraulics.', [['today', 'DATE', 'PRESENT_REF']]],
  ['2019-09-10', 'The song is as popular today as ever.', [['today', 'DATE', 'PRESENT_REF']]],
  // A verb of naming without a copula, or a comparison with another day, keeps the day.
  ['2019-09-10', 'The minister called today for calm.', [['today', 'DATE', '2019-09-10']]],
  ['2019-09-10', 'The board named today a new chief executive.', [['today', 'DATE', '2019-09-10']]],
  ['2019-09-10', 'Shares rose as much today as they did on Monday.', [['today', 'DATE', '2019-09-10'], ['Monday', 'DATE', '2019-09-09']]],
  ['2019-09-10', 'Shares were as high today as in March.', [['today', 'DATE', '2019-09-10'], ['March', 'DATE', '2019-03']]],
  ['2019-09-10', 'These events happen every now and again, and now and then we see more.', []],
  ['2019-09-10', 'I am busy now and will call later.', [['now', 'DATE', 'PRESENT_REF']]],
]);

// chrono.ts, days.ts: "a Monday" is some Monday, none the text names (§2.2.3: an unknown part of a value is X);
// "on Monday" keeps its day.
table('indefinite weekdays', [
  ['2007-11-25', 'We get ideas on a Monday and pick them on a Tuesday.', [['Monday', 'DATE', 'XXXX-WXX-1'], ['Tuesday', 'DATE', 'XXXX-WXX-2']]],
  ['2007-11-25', 'The show airs on a Friday night.', [['Friday night', 'TIME', 'XXXX-WXX-5TNI']]],
  ['2007-11-25', 'It happened on Monday.', [['Monday', 'DATE', '2007-11-19']]],
  // Only "on a Monday" ending the clause or before a preposition is indefinite; "a Sunday interview" is a particular day.
  ['2012-05-10', 'In a Sunday interview with CNN, he denied it.', [['Sunday', 'DATE', '2012-05-06']]],
  ['2012-05-10', 'Lawmakers passed the bill in a Tuesday night vote.', [['Tuesday night', 'TIME', '2012-05-08TNI']]],
  ['2012-05-10', 'The market is busiest on a Friday, when wages are paid.', [['Friday', 'DATE', 'XXXX-WXX-5']]],
]);

// "a Friday deadline" is a particular Friday, the coming one: tests/dates-deadlines.test.ts.

// days.ts: the time of writing is the document's day (§2.2.3: an expression for the creation time takes its value).
table('the time of writing', [
  ['2018-03-05', 'The corpus holds, at the time of writing, over 3,800 items.', [['the time of writing', 'DATE', '2018-03-05']]],
  ['2018-03-05', 'As of this writing, no one has claimed it.', [['this writing', 'DATE', '2018-03-05']]],
  [null, 'At press time the fire was still burning.', [['press time', 'DATE', 'XXXX-XX-XX']]],
  ['2018-03-05', 'He died at the time of the war.', []],
]);

// Session 13 (issue 18, item 2): a year of a life or career in apposition to a stated year is a DATE valued like it
// (TimeML 1.2.1 §2.2.1, appositive-years.ts); alone ("in his senior year") its value is unknown and it is left out.
table('his senior year beside a stated year', [
  ['2015-07-08', 'He earned all-district honors in 2006, his senior year.', [['2006', 'DATE', '2006'], ['his senior year', 'DATE', '2006']]],
  ['2015-07-08', 'She retired in 1998, her final season, after 12 years.', [['1998', 'DATE', '1998'], ['her final season', 'DATE', '1998'], ['12 years', 'DURATION', 'P12Y']]],
  // Must not fire: no year beside it, or the phrase opening a new clause.
  ['2015-07-08', 'He was named captain in his senior year.', []],
  ['2015-07-08', 'In 2006, his senior year was cut short by injury.', [['2006', 'DATE', '2006']]],
  ['2015-07-08', 'Revenue rose 5% in 2014, the first year of the plan.', [['2014', 'DATE', '2014']]],
]);
