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
