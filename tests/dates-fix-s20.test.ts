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

// parsers/anaphora.ts yearsFromPartOfYear, resolve.ts periodAnchor: "from a year earlier" compares a figure with the same
// part of the year before the period the text gave, passing over the day a statement was made ("said on Wednesday") and
// a span's bound ("since January 2022") (D7; 2025-09-25 is a Thursday).
table('a comparison with a year earlier passes over the day of the statement', [
  ['2025-09-25', 'Sales of new homes jumped 20.5% in August, the highest level since January 2022, the Commerce Department said on Wednesday. The median price fell 1.8% from a year earlier.', [
    ['August', 'DATE', '2025-08'], ['January 2022', 'DATE', '2022-01'], ['Wednesday', 'DATE', '2025-09-24'], ['a year earlier', 'DATE', '2024-08'],
  ]],
  ['2025-09-25', 'Retail sales rose 3% in the second quarter, the agency said on Tuesday, up from a year earlier.', [
    ['the second quarter', 'DATE', '2025-Q2'], ['Tuesday', 'DATE', '2025-09-23'], ['a year earlier', 'DATE', '2024-Q2'],
  ]],
]);

// Must not fire: a day the figure itself is about keeps the year's grain.
table('a comparison after a day of trading', [
  ['2025-09-25', 'Shares of the retailer fell 4% on Monday. Its profit rose 5% from a year earlier.', [['Monday', 'DATE', '2025-09-22'], ['a year earlier', 'DATE', '2024']]],
]);
