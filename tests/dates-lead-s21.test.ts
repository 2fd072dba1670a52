import { table } from './helpers/dates.js';
import { DCT, dated } from './helpers/event-dates.js';

// Session 21, the lead's articles (issue 18). Sentences written for these tests, in the style of news; 2025-08-29 is a
// Friday, 2025-11-20 a Thursday, 2025-09-02 a Tuesday, 2025-07-02 a Wednesday.

// tense.ts DECIDED_PHRASE_WORDS: a weekday at the end of a decision's infinitive phrase dates the decision, as a news lead
// puts it; right after the infinitive's verb it is what was decided, still ahead.
table("a weekday far into a decision's infinitive phrase", [
  ['2025-08-29', 'Newcastle agreed to sell the striker to Liverpool for a record fee on Thursday, ending a standoff.', [['Thursday', 'DATE', '2025-08-28']]],
  ['2025-08-29', 'The Senate voted to confirm the nominee on Friday.', [['Friday', 'DATE', '2025-08-29']]],
]);

// Must not fire: right after the infinitive's verb the day is still ahead; a month after it keeps the decision's reading.
table("a weekday right after a decision's infinitive, and a month", [
  ['2025-08-29', 'The two clubs agreed to meet on Thursday.', [['Thursday', 'DATE', '2025-09-04']]],
  ['2025-04-04', 'The ministers agreed to raise output by 411,000 barrels a day in May.', [['a day', 'SET', 'P1D'], ['May', 'DATE', '2025-05']]],
]);

// tense.ts WOULD_AHEAD: "would" told from the time of writing points ahead, as "will" does.
table('"would" told from the time of writing', [
  ['2025-11-20', 'The company said John Furner would succeed Doug McMillon as chief executive on Feb. 1.', [['Feb. 1', 'DATE', '2026-02-01']]],
  ['2025-11-20', 'Analysts said the bank would cut rates in March.', [['March', 'DATE', '2026-03']]],
]);

// Must not fire: after a stated month the saying lies back there; "would have" is a past counterfactual.
table('"would" after a stated month, and "would have"', [
  ['2025-11-20', 'The company said in January that it would open the plant in March.', [['January', 'DATE', '2025-01'], ['March', 'DATE', '2025-03']]],
  ['2025-11-20', 'Without the strike the plant would have reopened in December.', [['December', 'DATE', '2024-12']]],
]);

// tense.ts PROMISED_OBJECT: what a threat or a promise names lies ahead of it.
table('the object of a threat or a promise', [
  ['2025-07-21', 'The United States has threatened a 25% levy on Japanese goods from August 1.', [['August 1', 'DATE', '2025-08-01']]],
  ['2025-07-21', 'The minister pledged a vote on the bill in December.', [['December', 'DATE', '2025-12']]],
]);

// Must not fire: a definite object is no measure to come ("threatened the capital" happened).
table('a threat to a definite object', [
  ['2025-07-21', 'The rebels threatened the capital in August.', [['August', 'DATE', '2024-08']]],
]);

// resolve.ts eventDay: a clock time falls on the day of what happened, not on the day a statement about it was made.
table('a clock time after a statement that names the day of what it reports', [
  ['2025-09-02', 'A strong earthquake struck the region late on Sunday, a spokesman said on Tuesday. The quake hit at 11:47 p.m. local time.', [
    ['Sunday', 'DATE', '2025-08-31'], ['Tuesday', 'DATE', '2025-09-02'], ['11:47 p.m. local time', 'TIME', '2025-08-31T23:47'],
  ]],
]);

// Must not fire: a statement whose sentence names no other day gives its day to the clock time.
table("a clock time after a statement's day alone", [
  ['2025-09-02', 'Police said on Monday that the man was arrested at 3 p.m.', [['Monday', 'DATE', '2025-09-01'], ['3 p.m.', 'TIME', '2025-09-01T15:00']]],
]);

// resolve.ts PERIOD_END_BEFORE: the end of an accounting period is no day a part of day falls on.
table("a part of day after a period's end", [
  ['2025-11-20', 'Comparable sales rose 4.5% in the quarter ended Oct. 31. Shares rose 6% in morning trading.', [['Oct. 31', 'DATE', '2025-10-31'], ['morning', 'TIME', '2025-11-20TMO']]],
]);

// resolve.ts boundTense: a span's end after "until" in a simple past clause may still be ahead.
table('"until" after a simple past', [
  ['2025-07-02', 'The ministry signed an order banning outdoor work until Sept. 15.', [['Sept. 15', 'DATE', '2025-09-15']]],
]);

// Must not fire: a past perfect's span ended behind it; a past with no "until" keeps last year's month.
table('a past perfect span and a plain past', [
  ['2025-07-02', 'The road had been closed until September.', [['September', 'DATE', '2024-09']]],
  ['2025-07-02', 'The ministry signed an order in September.', [['September', 'DATE', '2024-09']]],
]);

// refiners/quoted-titles.ts: a date inside a title in quotes names no time.
table('a title in quotes', [
  ['2025-06-30', 'Last weekend\'s leader, "28 Years Later," fell to fourth place.', [['Last weekend', 'DATE', '2025-W26-WE']]],
  ['2025-06-30', 'The series "Friday Night Lights" ended on Monday.', [['Monday', 'DATE', '2025-06-30']]],
]);

// Must not fire: a quoted phrase in running text is a quotation, not a title.
table('a quoted phrase in lower case', [
  ['2025-06-30', 'He said the deal would close "two days later" than planned.', [['two days later', 'DATE', '2025-07-02']]],
]);

// parsers/sets.ts QUANTITY_BEFORE: an amount and a comparative before "a month" make a rate.
table('an amount, a comparative, a rate', [
  ['2025-03-31', 'The union is demanding at least 350 euros more a month.', [['a month', 'SET', 'P1M']]],
]);

// Must not fire: "a month" after no quantity stays a duration.
table('a month with no quantity', [
  ['2025-03-31', 'The strike lasted a month.', [['a month', 'DURATION', 'P1M']]],
]);

// event-date.ts RIGHT_AFTER, AFTER_REPORTING: "revealed in 2020 that ..." dates the revealing, not what it reveals.
dated('s21 lead: a statement and its date right after it with "in"', [
  ['He revealed in 2020 that he had Parkinson\'s disease.', 'revealed', '2020'],
  ['The company disclosed in March that it had lost money.', 'disclosed', '2021-03'],
  ['The company disclosed in March that it had lost money.', 'lost', null],
  ['Sales fell in March, the company said in a statement.', 'said', DCT],
]);

// resolve.ts NOT_UNTIL (found merging the dates branch): a negated verb before "until" tells when it happened, no span's end.
table('a negated verb before "until"', [
  ['2021-03-12', 'The plant did not reopen until May.', [['May', 'DATE', '2020-05']]],
]);

// tense.ts STATED_MONTH_OR_YEAR (found reading the change before the stop): a firm whose name starts like a month
// ("Novartis", "Marathon") states no month, so its "would" still points ahead.
table('"would" after a name that starts like a month', [
  ['2025-11-20', 'Novartis said the new chief executive would start on Feb. 1.', [['Feb. 1', 'DATE', '2026-02-01']]],
]);
