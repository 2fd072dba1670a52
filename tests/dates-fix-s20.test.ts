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

// forecast-periods.ts: a forecast is made for a period still under way or to come, so the month its period ends in lies
// ahead of the writing even in a past clause (D6; 2025-10-01 is a Wednesday).
table("a forecast's period ends ahead", [
  ['2025-10-01', 'The central bank raised its growth forecast for the year ending in March to 6.8% from 6.5%.', [['March', 'DATE', '2026-03']]],
  ['2025-10-01', 'The carmaker cut its profit outlook for the year to March.', [['March', 'DATE', '2026-03']]],
  ['2025-10-01', 'The miner lowered its output guidance for the half ending in January on Tuesday.', [['January', 'DATE', '2026-01'], ['Tuesday', 'DATE', '2025-09-30']]],
]);

// Must not fire: a period reported on, not forecast, or told as over, ended in the past.
table('a period reported on', [
  ['2025-10-01', 'The company reported a loss for the year ending in March.', [['March', 'DATE', '2025-03']]],
  ['2025-10-01', 'Its estimates for the quarter ended in June were too low.', [['June', 'DATE', '2025-06']]],
]);
