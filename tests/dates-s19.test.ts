import { table } from './helpers/dates.js';

// Session 19 (issue 18). Sentences written for these tests, in the style of news; 2021-03-12 is a Friday.

// parsers/scheduled-present.ts: a plural noun the tagger reads as a present verb after a past verb is that verb's object
// ("lowered interest rates on Wednesday"): the day is the past verb's, not a timetable's coming day (TimeML 1.2.1 §2.2.3).
table('a past verb and its object before a weekday', [
  ['2021-03-12', 'The central bank lowered interest rates on Wednesday.', [['Wednesday', 'DATE', '2021-03-10']]],
  ['2021-03-12', 'The Bank of England cut interest rates on Wednesday.', [['Wednesday', 'DATE', '2021-03-10']]],
  ['2021-03-12', 'The lender raised its mortgage rates on Monday.', [['Monday', 'DATE', '2021-03-08']]],
]);

// Must not fire: a timetable's present after a verb of saying, or after a time that closes the earlier verb's phrase.
table('a timetable after a verb of saying', [
  ['2021-03-12', 'The exchange said trading resumes on Monday.', [['Monday', 'DATE', '2021-03-15']]],
  ['2021-03-12', 'Workers return on Monday.', [['Monday', 'DATE', '2021-03-15']]],
]);

// refiners/time-zones.ts: a timetable's present before a clock time with its zone and weekday points to the coming day, as
// it does before a weekday alone (TimeML 1.2.1 §2.2.3); a past keeps the day before.
table('a timetable at a clock time, its zone and its day', [
  ['2021-03-12', 'Trading resumes at 9 a.m. local time on Monday.', [['9 a.m. local time on Monday', 'TIME', '2021-03-15T09:00']]],
  ['2021-03-12', 'The exchange opens at 9:30 a.m. Eastern Time on Monday.', [['9:30 a.m. Eastern Time on Monday', 'TIME', '2021-03-15T09:30-04:00']]],
]);

// Must not fire: a past tense at a clock time keeps the weekday before the document's day.
table('a past at a clock time, its zone and its day', [
  ['2021-03-12', 'Trading resumed at 9 a.m. local time on Monday.', [['9 a.m. local time on Monday', 'TIME', '2021-03-08T09:00']]],
]);

// refiners/time-zones.ts and stages/segment.ts: a place's time after a clock time is its zone, part of one TIME (TimeML
// 1.2.1 §2.2.1), and no sentence ends at the "p.m." before it.
table("a place's time after a clock time", [
  ['2021-03-12', 'The curfew starts at 9 p.m. Lagos time. Shops closed early.', [['9 p.m. Lagos time', 'TIME', '2021-03-12T21:00']]],
  ['2021-03-12', 'The ceasefire took effect at noon Beijing time on Sunday.', [['noon Beijing time on Sunday', 'TIME', '2021-03-07T12:00']]],
]);

// Must not fire: a capitalized word after "p.m." that no "time" follows starts the next sentence.
table('a new sentence after a clock time', [
  ['2021-03-12', 'The fire started at 9 p.m. Police said two people died.', [['9 p.m.', 'TIME', '2021-03-12T21:00']]],
]);

// tense.ts: a condition whose sentence tells what would follow it ("if approved in June, ... would") names a time still
// to come; its past form is a subjunctive (HeidelTime reads a modal clause's month in the document's year).
table('a month or a quarter in a condition', [
  ['2021-03-12', 'If approved in June, the merger would create the largest bank in Europe.', [['June', 'DATE', '2021-06']]],
  ['2021-03-12', 'The company said it would cut 500 jobs if sales fell in the second quarter.', [['the second quarter', 'DATE', '2021-Q2']]],
  ['2021-03-12', 'Unless the board objects in April, the deal will close in the summer.', [['April', 'DATE', '2021-04'], ['the summer', 'DATE', '2021-SU']]],
]);

// Must not fire: a past counterfactual, and "if" for "whether" in a past sentence, keep the past.
table('a condition told of the past', [
  ['2021-03-12', 'If sales fell in May, the company would have reported it.', [['May', 'DATE', '2020-05']]],
  ['2021-03-12', 'The reporter asked if sales rose in May.', [['May', 'DATE', '2020-05']]],
]);

// guards.ts: "May" and "March" between a determiner or an owner and a lower-case noun modify that noun, as "their
// January sales" does (TimeML 1.2.1 §2.2: a month as a modifier is a DATE); tense.ts: what is put off or called off had
// not happened at the time of writing, so its month is the coming one.
table('"May" and "March" modifying a noun', [
  ['2021-03-12', 'Lawmakers delayed the March vote on the budget.', [['March', 'DATE', '2021-03']]],
  ['2021-03-12', "The board postponed the bank's May meeting.", [['May', 'DATE', '2021-05']]],
  ['2021-03-12', 'Voters rejected the plan in the May referendum.', [['May', 'DATE', '2020-05']]],
  ['2021-03-12', 'The band cancelled its June concert in Berlin.', [['June', 'DATE', '2021-06']]],
]);

// Must not fire: the verbs, a name, a month before a preposition.
table('"May" and "March" that are no month', [
  ['2021-03-12', 'Thousands joined the March on Washington.', []],
  ['2021-03-12', 'She may vote in the election.', []],
  ['2021-03-12', 'The soldiers march to the border.', []],
  ['2021-03-12', 'Officials said the May was a strong candidate.', []],
]);
