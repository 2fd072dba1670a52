import { table } from './helpers/dates.js';

// Session 20 fix round, the lead's findings on dates. Sentences written for these tests, in the style of news; 2025-04-04 is
// a Friday.

// tense.ts FUTURE: "must" of duty points ahead as "will" does: a deadline it sets, a month already gone this year, is next
// year's (D8).
table('a duty under "must" lies ahead', [
  ['2025-04-04', 'The loan must be repaid by March 31.', [['March 31', 'DATE', '2026-03-31']]],
  ['2025-04-04', 'Listed firms must file their annual accounts in February.', [['February', 'DATE', '2026-02']]],
  ['2025-04-04', 'Under the ruling, the ministry must not sign the contract before January 15.', [['January 15', 'DATE', '2026-01-15']]],
]);

// Must not fire: "must have" guesses at the past; a past verb before "must" keeps its own date.
table('"must have" and a past beside "must"', [
  ['2025-04-04', 'The thieves must have entered the building on Monday.', [['Monday', 'DATE', '2025-03-31']]],
  ['2025-04-04', 'The company said on Tuesday it must cut costs.', [['Tuesday', 'DATE', '2025-04-01']]],
]);
