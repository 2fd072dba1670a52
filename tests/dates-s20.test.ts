import { table } from './helpers/dates.js';

// Session 20 (issue 18). Sentences written for these tests, in the style of news; 2025-11-14 is a Friday.

// timetable.ts: a present verb before a month already gone this year names a timetable, what is to come (TimeML 1.2.1
// §2.2.3; HeidelTime's news rule reads a present as a future).
table('a timetable in the present points to the coming month', [
  ['2025-11-14', 'Lawmakers vote on the bill in January.', [['January', 'DATE', '2026-01']]],
  ['2025-11-14', 'The store reopens in February.', [['February', 'DATE', '2026-02']]],
  ['2025-11-14', 'The museum is closed until April.', [['April', 'DATE', '2026-04']]],
  ['2025-11-14', 'The offer runs until the end of January.', [['the end of January', 'DATE', '2026-01', 'END']]],
]);

// Must not fire: a month a present clause counts from, compares with or reports on, a verb of saying, a bare past form
// after a singular subject, and a present verb after the month.
table('a present that does not make a timetable', [
  ['2025-11-14', 'Shares are down 12% since March.', [['March', 'DATE', '2025-03']]],
  ['2025-11-14', 'The stock is up 30% from its low in April.', [['April', 'DATE', '2025-04']]],
  ['2025-11-14', 'Prices in the city are 8% above the average for February.', [['February', 'DATE', '2025-02']]],
  ['2025-11-14', 'The minister says exports in March hit a record.', [['March', 'DATE', '2025-03']]],
  ['2025-11-14', 'The firm has not paid a dividend since 2020. It cut jobs in May.', [['2020', 'DATE', '2020'], ['May', 'DATE', '2025-05']]],
  ['2025-11-14', 'Snowfall in February is the heaviest on record.', [['February', 'DATE', '2025-02']]],
]);

// tense.ts: a clause after a comma with a present verb of its own is read in that tense, not in the past of the clause before.
table("a present clause after a past one keeps the writer's year", [
  ['2025-11-14', 'The lawsuit was filed in March 2023. A judge ruled in the case in July, and an appeal is due by December 1.', [['March 2023', 'DATE', '2023-03'], ['July', 'DATE', '2023-07'], ['December 1', 'DATE', '2025-12-01']]],
]);

// Must not fire: a past clause after a past clause stays in the narrative's year.
table('a past clause after a past one', [
  ['2025-11-14', 'The lawsuit was filed in March 2023. A judge ruled in July, and the plaintiffs appealed in December.', [['March 2023', 'DATE', '2023-03'], ['July', 'DATE', '2023-07'], ['December', 'DATE', '2023-12']]],
]);

// anchoring.ts: a quarter or half year still under way is this year's, in a future clause as in a past one.
table('a period under way is the current one', [
  ['2025-08-05', 'The company expects sales to recover in the second half of the year.', [['the second half of the year', 'DATE', '2025-H2']]],
  ['2025-11-14', 'The company cut 400 jobs in the second half and plans to close two plants next year.', [['the second half', 'DATE', '2025-H2'], ['next year', 'DATE', '2026']]],
  ['2025-11-14', 'Analysts expect profit to fall in the fourth quarter.', [['the fourth quarter', 'DATE', '2025-Q4']]],
]);

// Must not fire: a period wholly behind the writing in a future clause is next year's; one ahead in a past clause last year's.
table('a period not under way', [
  ['2025-11-14', 'The company expects sales to recover in the first half.', [['the first half', 'DATE', '2026-H1']]],
  ['2025-02-06', 'Revenue in the fourth quarter rose 8%.', [['the fourth quarter', 'DATE', '2024-Q4']]],
]);

// parsers/scheduled-present.ts: a timetable's present before a weekday, with its object between ("play the leaders on
// Saturday"), or a bare verb the tagger read as another word after an opening plural ("Polls close"): the coming day.
table("a timetable's present before its day", [
  ['2025-11-14', 'Polls close at 8 p.m. on Tuesday.', [['8 p.m. on Tuesday', 'TIME', '2025-11-18T20:00']]],
  ['2025-11-14', 'They play the leaders on Saturday.', [['Saturday', 'DATE', '2025-11-15']]],
  ['2025-11-14', 'The board meets its creditors on Wednesday.', [['Wednesday', 'DATE', '2025-11-19']]],
]);

// Must not fire: a past, and a bare form that is its own past, keep the day before the writing.
table('a past before its day', [
  ['2025-11-14', 'Polls closed at 8 p.m. on Tuesday.', [['8 p.m. on Tuesday', 'TIME', '2025-11-11T20:00']]],
  ['2025-11-14', 'The ministers met the president on Wednesday.', [['Wednesday', 'DATE', '2025-11-12']]],
  ['2025-11-14', 'The striker scored the winner on Sunday.', [['Sunday', 'DATE', '2025-11-09']]],
  ['2025-11-14', 'Talks ended at noon on Tuesday.', [['noon on Tuesday', 'TIME', '2025-11-11T12:00']]],
]);
