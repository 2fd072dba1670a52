import { table } from './helpers/dates.js';

// Session 20, the lead's articles (issue 18). Sentences written for these tests, in the style of news; 2025-04-04 is a
// Friday, 2025-08-07 a Thursday, 2025-02-12 a Wednesday.

// tense.ts DECIDED_TO: what a past decision or offer decides lies ahead of it, so its infinitive's month is the coming one
// (written in April, May is this year's), while the words between the verb and "to" keep the past ("on Thursday").
table('the infinitive after a decision told in the past', [
  ['2025-04-04', 'Eight OPEC+ countries agreed on Thursday to raise oil output in May.', [['Thursday', 'DATE', '2025-04-03'], ['May', 'DATE', '2025-05']]],
  ['2025-04-04', 'The board voted to close the plant in June.', [['June', 'DATE', '2025-06']]],
  ['2025-04-04', 'The union decided on Monday to strike in May.', [['Monday', 'DATE', '2025-03-31'], ['May', 'DATE', '2025-05']]],
]);

// Must not fire: "to" before a noun phrase is no infinitive; a past with no decision keeps last year's month.
table('a decision verb before a noun phrase, and a plain past', [
  ['2025-04-04', 'The two sides agreed to a ceasefire in May.', [['May', 'DATE', '2024-05']]],
  ['2025-04-04', 'He was elected to parliament in May.', [['May', 'DATE', '2024-05']]],
]);

// resolve.ts UNTIL_BEFORE: a date after "through" or "until" closes a span (a plan's limit), so a later year-free date does
// not take its year; "since" already did this for a span's start.
table('a year that closes a span is no narrative year', [
  ['2025-04-04', 'Members would make further cuts through June 2026. The ministers will meet again on May 5.', [['June 2026', 'DATE', '2026-06'], ['May 5', 'DATE', '2025-05-05']]],
  ['2025-04-04', 'The ban stays in force until the end of 2027. Officials will review it in September.', [['the end of 2027', 'DATE', '2027', 'END'], ['September', 'DATE', '2025-09']]],
]);

// Must not fire: a year the story moves to still gives a later date its year.
table('a narrative year still carries', [
  ['2025-04-04', 'The plant will open in 2027. Production will start in March.', [['2027', 'DATE', '2027'], ['March', 'DATE', '2027-03']]],
]);

// parsers/anaphora.ts fromAnchor: "two weeks later" counts from the date the narrative moved to last, a month whose year came
// from the document too ("in November"), at the grain the text gives (TimeML 1.2.1 §2.2.3), never from an earlier day.
table('a count from a month the narrative moved to', [
  ['2025-02-12', 'Students marched on Tuesday night over a collapse that killed 15 people in November. The prime minister resigned two weeks later.', [
    ['Tuesday night', 'TIME', '2025-02-11TNI'], ['November', 'DATE', '2024-11'], ['two weeks later', 'DATE', '2024-11-XX'],
  ]],
]);

// Must not fire: a year told from the document ("a year ago") is a comparison; "the next day" counts from the day before it.
table('a count from a day', [
  ['2025-02-12', 'Sales rose 4% from a year ago. The strike began on Monday and ended two days later.', [['a year ago', 'DATE', '2024'], ['Monday', 'DATE', '2025-02-10'], ['two days later', 'DATE', '2025-02-12']]],
]);

// parsers/times.ts: midnight is the end of its day (TimeML's T24:00), but a time after midnight on a named day falls at that
// day's start.
table('after midnight on a day', [
  ['2025-08-07', 'New tariffs took effect just after midnight on Thursday.', [['midnight on Thursday', 'TIME', '2025-08-07T00:00']]],
  ['2025-08-07', 'The deadline expires at midnight on Friday.', [['midnight on Friday', 'TIME', '2025-08-08T24:00']]],
]);

// parsers/sets.ts QUANTITY_BEFORE: "a year" after an amount with a currency of two words, or a plural noun with adjectives, is
// a rate (a SET), as "$50 billion a month" is.
table('a rate after an amount of two-word currency', [
  ['2025-08-07', 'Swiss exports, worth about 60 billion Swiss francs a year, face a 39% levy.', [['a year', 'SET', 'P1Y']]],
  ['2025-08-07', 'The plant makes 300 new electric cars a day.', [['a day', 'SET', 'P1D']]],
]);

// Must not fire: "a year" that follows no quantity is no rate.
table('a year with no quantity before it', [
  ['2025-08-07', 'Exports rose by a third in a year.', [['a year', 'DURATION', 'P1Y']]],
]);

// parsers/fiscal-periods.ts MONTH_QUARTER (finding D6): a quarter named by its first and last months is one quarter ("the
// April-June quarter" was "April" and "June quarter"), as "the June quarter" is.
table('a quarter named by its months', [
  ['2025-10-01', "India's economy grew 7.8% in the April-June quarter.", [['the April-June quarter', 'DATE', '2025-Q2']]],
  ['2025-10-01', 'Sales rose in the July-September quarter.', [['the July-September quarter', 'DATE', '2025-Q3']]],
]);

// Must not fire: two months joined by "and" stay two dates.
table('two months that name no quarter', [
  ['2025-10-01', 'Sales rose between April and June.', [['April', 'DATE', '2025-04'], ['June', 'DATE', '2025-06']]],
]);

// timetable.ts nounAfter (found re-running the lead's articles after the merge of session 20's dates branch): a plural after
// a count is a noun it counts, no timetable's present ("cut rates by 100 basis points between February and June" had
// become next year's February and June).
table('a counted plural before months is no timetable', [
  ['2025-10-01', 'The central bank cut rates by a total of 100 basis points between February and June.', [['February', 'DATE', '2025-02'], ['June', 'DATE', '2025-06']]],
]);

// Must not fire: a present after a plural subject still points ahead.
table('a timetable after a plural subject', [
  ['2025-10-01', 'Lawmakers vote on the bill in January.', [['January', 'DATE', '2026-01']]],
]);
