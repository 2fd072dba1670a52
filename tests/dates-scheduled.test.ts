import { table } from './helpers/dates.js';

// Session 14 (issue 18, known wrong). parsers/scheduled-present.ts: a present-tense verb right before a weekday names a
// timetable, the coming day or the same day (TimeML 1.2.1 §2.2.3, the value the context gives; HeidelTime's news rule,
// a present tense points ahead as a future does). DCT Wed 2015-07-08.
table('a timetable present before a weekday', [
  ['2015-07-08', 'The board meets on Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The board meets on Monday to discuss the offer.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The leaders meet on Friday in Brussels.', [['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The market reopens on Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The vote is on Friday.', [['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The board is meeting on Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The board meets on Wednesday.', [['Wednesday', 'DATE', '2015-07-08']]],
  // A reporting clause after a comma does not make it past.
  ['2015-07-08', 'The board meets on Monday, the company said.', [['Monday', 'DATE', '2015-07-13']]],
  // "until", "through" after the timetable's verb, and a state that lasts up to the day ("is closed until Monday").
  ['2015-07-08', 'The exhibition runs until Sunday.', [['Sunday', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'The talks continue through Friday.', [['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The shop is closed until Monday.', [['Monday', 'DATE', '2015-07-13']]],
  // A named place or a clock time between the verb and the day; a present passive.
  ['2015-07-08', 'The summit opens in Brussels on Thursday.', [['Thursday', 'DATE', '2015-07-09']]],
  ['2015-07-08', 'The match kicks off at 8 p.m. on Saturday.', [['8 p.m. on Saturday', 'TIME', '2015-07-11T20:00']]],
  ['2015-07-08', 'Markets are closed on Friday for the holiday.', [['Friday', 'DATE', '2015-07-10']]],
  // A range of weekdays under way on the DCT's day is this week's, else the coming one (DCT Thu 2012-05-10).
  ['2012-05-10', 'Talks run Monday to Friday.', [['Monday', 'DATE', '2012-05-07'], ['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Talks run Monday to Wednesday.', [['Monday', 'DATE', '2012-05-14'], ['Wednesday', 'DATE', '2012-05-16']]],
  // A habit: no particular Monday.
  ['2015-07-08', 'The board usually meets on Monday.', [['Monday', 'DATE', 'XXXX-WXX-1']]],
  // Two days joined by "and" after one timetable verb are read together, as a range: under way on the DCT's Wednesday,
  // else the coming pair; never a first day after the second (lead's review of 7013c86: Tuesday was 07-14, Wednesday 07-08).
  ['2015-07-08', 'The Fed meets on Tuesday and Wednesday.', [['Tuesday', 'DATE', '2015-07-07'], ['Wednesday', 'DATE', '2015-07-08']]],
  ['2015-07-08', 'The Fed meets on Thursday and Friday.', [['Thursday', 'DATE', '2015-07-09'], ['Friday', 'DATE', '2015-07-10']]],
  ['2015-07-08', 'The court sits on Monday and Tuesday.', [['Monday', 'DATE', '2015-07-13'], ['Tuesday', 'DATE', '2015-07-14']]],
]);

// Must not fire: a past verb, a present not right before the day (the day goes with a past event), a verb of saying,
// a copula with the day inside its clause, a headline (its present tells what happened).
table('a present that is no timetable for the weekday', [
  ['2015-07-08', 'The board met on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'He is in hospital after a crash on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Police say the man died on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The company says on Monday that profits fell.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Police are investigating a shooting on Monday night.', [['Monday night', 'TIME', '2015-07-06TNI']]],
  ['2015-07-08', 'Police are on Monday looking for the man.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Prices are up 5% since Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The road was closed until Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The firm was allowed to trade until Friday.', [['Friday', 'DATE', '2015-07-03']]],
  ['2015-07-08', 'The board did not meet on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  // Two days after a past verb stay past.
  ['2015-07-08', 'The Fed met on Tuesday and Wednesday.', [['Tuesday', 'DATE', '2015-07-07'], ['Wednesday', 'DATE', '2015-07-08']]],
  ['2015-07-08', 'The court sat on Monday and Tuesday.', [['Monday', 'DATE', '2015-07-06'], ['Tuesday', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'The bank stayed open until Tuesday.', [['Tuesday', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'The summit opened in Brussels on Thursday.', [['Thursday', 'DATE', '2015-07-02']]],
  ['2015-07-08', 'The man, who is 45, died on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'It is the first time since Friday that the index fell.', [['Friday', 'DATE', '2015-07-03']]],
  ['2015-07-08', 'Shares in the company, which makes chips, fell on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Stocks fall on Monday as oil slides\n\nShares fell sharply on Monday.', [['Monday', 'DATE', '2015-07-06'], ['Monday', 'DATE', '2015-07-06']]],
]);

// tense.ts + anchoring.ts contextDay: a clock time in a habit is on no particular day (TimeML 1.2.1 §2.2.3: `XXXX-XX-XXT06:00`),
// a habit ending at "but" leaves the next clause its day.
table('a clock time in a habit', [
  ['2015-07-08', 'He always wakes up at 6 a.m.', [['6 a.m.', 'TIME', 'XXXX-XX-XXT06:00']]],
  ['2015-07-08', 'He usually leaves at 6 p.m.', [['6 p.m.', 'TIME', 'XXXX-XX-XXT18:00']]],
  ['2015-07-08', 'The market usually opens at 9:30 a.m., but on Monday it opened at 11 a.m.', [['9:30 a.m.', 'TIME', 'XXXX-XX-XXT09:30'], ['Monday', 'DATE', '2015-07-06'], ['11 a.m.', 'TIME', '2015-07-06T11:00']]],
  ['2015-07-08', 'The bank, which usually closes at 5 p.m., stayed open until 8 p.m. on Tuesday.', [['5 p.m.', 'TIME', 'XXXX-XX-XXT17:00'], ['8 p.m. on Tuesday', 'TIME', '2015-07-07T20:00']]],
  // Must not fire: one day's clock time.
  ['2015-07-08', 'He woke up at 6 a.m. on Monday.', [['6 a.m. on Monday', 'TIME', '2015-07-06T06:00']]],
  ['2015-07-08', 'The always reliable train left at 6 a.m.', [['6 a.m.', 'TIME', '2015-07-08T06:00']]],
]);

// holidays.ts: a moving holiday in a habit keeps the month every year shares (TimeML 1.2.1 §2.2.3 underspecified
// values): Thanksgiving is always in November (`XXXX-11`); Easter moves between March and April (`XXXX-XX-XX`).
table('a moving holiday in a habit', [
  ['2015-07-08', 'Americans always celebrate Thanksgiving with turkey.', [['Thanksgiving', 'DATE', 'XXXX-11']]],
  ['2015-07-08', 'Americans always celebrate Labor Day with barbecues.', [['Labor Day', 'DATE', 'XXXX-09']]],
  ['2015-07-08', 'Stores usually open early on Black Friday.', [['Black Friday', 'DATE', 'XXXX-11']]],
  ['2015-07-08', 'Families usually gather on Easter Sunday.', [['Easter Sunday', 'DATE', 'XXXX-XX-XX']]],
  ['2015-07-08', 'People usually exchange gifts on Christmas Day.', [['Christmas Day', 'DATE', 'XXXX-12-25']]],
  // Must not fire: one year's holiday.
  ['2015-07-08', 'Stores will close on Thanksgiving.', [['Thanksgiving', 'DATE', '2015-11-26']]],
  ['2015-07-08', 'Families gathered on Easter Sunday.', [['Easter Sunday', 'DATE', '2015-04-05']]],
]);

// periods.ts + games.ts: "the 4th quarter" of a game played in quarters is no quarter of a year (issue 18, class 4,
// must-not-fire): a result ("beat the Celtics 101-99", "led 21-14") or a word only such games use ("touchdowns",
// "scored 12 points") in the sentence. A business quarter keeps its value (TimeML 1.2.1 §2.2.3: `2015-Q3`; a past clause about
// a quarter not yet reached is last year's).
table('a quarter of a game, and quarters of a year', [
  ['2015-07-08', 'The Lakers beat the Celtics 101-99 in the 4th quarter.', []],
  ['2015-07-08', 'James scored 12 points in the fourth quarter.', []],
  ['2015-07-08', 'The Patriots led 21-14 in the third quarter.', []],
  ['2015-07-08', 'Brady threw two touchdowns in the second quarter.', []],
  ['2015-07-08', 'Chelsea won 2-1 after a goal in the second half.', []],
  ['2015-07-08', 'Game sales rose 10% in the third quarter.', [['the third quarter', 'DATE', '2015-Q3']]],
  ['2015-07-08', 'The team expects profit to rise in the fourth quarter.', [['the fourth quarter', 'DATE', '2015-Q4']]],
  ['2015-07-08', 'The Fed voted 7-2 to hold rates, and growth slowed in the second quarter.', [['the second quarter', 'DATE', '2015-Q2']]],
  ['2015-07-08', 'Shares lost 2-3 percent in the third quarter.', [['the third quarter', 'DATE', '2015-Q3']]],
  ['2015-07-08', 'Nike scored big gains in the third quarter.', [['the third quarter', 'DATE', '2015-Q3']]],
  ['2015-07-08', 'The league said revenue rose in the fourth fiscal quarter.', [['the fourth fiscal quarter', 'DATE', '2014-Q4']]],
]);

// chrono.ts: a bare number before a weekday is a score or an amount, not a clock time (issue 18 must-not-fire: "scores
// like 2-1, times in sports results"); after a word of time it is a clock time. DCT Wed 2015-07-08.
table('a score or an amount before a weekday', [
  ['2015-07-08', 'The team won 24-17 on Sunday.', [['Sunday', 'DATE', '2015-07-05']]],
  ['2015-07-08', 'Barcelona beat Real 3-2 on Saturday.', [['Saturday', 'DATE', '2015-07-04']]],
  ['2015-07-08', 'Shares traded between $10 and $12 on Monday.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'The vote was 52-48 on Tuesday.', [['Tuesday', 'DATE', '2015-07-07']]],
  ['2015-07-08', 'The meeting started at 5 on Monday.', [['5 on Monday', 'TIME', '2015-07-06T05:00']]],
  ['2015-07-08', 'He was arrested at 3 a.m. on Tuesday.', [['3 a.m. on Tuesday', 'TIME', '2015-07-07T03:00']]],
]);
