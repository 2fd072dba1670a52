import { table } from './helpers/dates.js';

// Session 16 (issue 18, known open items). DCT Wed 2015-07-08.

// parsers/scheduled-present.ts: a timetable's verb the tagger reads as a plural noun after a one-word subject
// ("Trading resumes Monday": "resumes" as in CVs) is still the clause's present, pointing to the coming day
// (TimeML 1.2.1 §2.2.3, the value the context gives; HeidelTime's news rule).
table('a timetable verb the tagger takes for a noun', [
  ['2015-07-08', 'Trading resumes Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Trading resumes on Monday after the holiday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Voting ends Sunday.', [['Sunday', 'DATE', '2015-07-12']]],
  ['2015-07-08', 'Play resumes on Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The exchange said trading resumes Monday.', [['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'Shares of the bank fell. Trading resumes Monday, the exchange said.', [['Monday', 'DATE', '2015-07-13']]],
]);

// Must not fire: a compound noun subject whose clause has its own finite verb after the day.
table('a plural noun before a weekday, the verb after it', [
  ['2015-07-08', 'Trading volumes on Monday were low.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Sales figures Monday showed a drop.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Officials Monday confirmed the deaths.', [['Monday', 'DATE', '2015-07-06']]],
  ['2015-07-08', 'Trading resumed Monday.', [['Monday', 'DATE', '2015-07-06']]],
]);
