import { table } from './helpers/dates.js';

// Session 18, the lead's read of news he wrote (findings D2, D3).

// resolve.ts: a year after "since" opens a span that runs to the time of writing, a bound of a comparison; the story is
// not told in it, so a year-free date after it keeps the document's year.
table('a year after "since" is no narrative year', [
  ['2025-05-19', 'Turnout was the highest since 1996, the bureau said. Simion had won the first round on May 4.', [['1996', 'DATE', '1996'], ['May 4', 'DATE', '2025-05-04']]],
  ['2025-05-19', 'Prices have risen since 2019. Sales fell in March.', [['2019', 'DATE', '2019'], ['March', 'DATE', '2025-03']]],
  ['2025-05-19', 'It was the coldest winter since 2010. Snow fell on March 3.', [['2010', 'DATE', '2010'], ['March 3', 'DATE', '2025-03-03']]],
]);

// Must not fire: a year the story is told in keeps its narrative.
table('a narrative year still carries', [
  ['2025-05-19', 'The war began in 1996. The army had crossed the river on May 4.', [['1996', 'DATE', '1996'], ['May 4', 'DATE', '1996-05-04']]],
  ['2025-05-19', 'In 2019 the firm moved to Oslo. It opened a plant there in March.', [['2019', 'DATE', '2019'], ['March', 'DATE', '2019-03']]],
]);

// anchoring.ts yearFor: a year still ahead of the writing is a target; a past or tenseless clause after it is about
// the present year, a clause that looks ahead may be about the target's.
table('a target year is no narrative for the past', [
  ['2025-10-30', 'The company would double its capacity by 2027. It reported fourth-quarter revenue of $206 billion.', [['2027', 'DATE', '2027'], ['fourth-quarter', 'DATE', '2025-Q4']]],
  ['2025-10-30', 'The group aims to cut emissions by half by 2030. Its output fell in June.', [['2030', 'DATE', '2030'], ['June', 'DATE', '2025-06']]],
  ['2025-10-30', 'The plant will open in 2027. It will hire 500 workers in March.', [['2027', 'DATE', '2027'], ['March', 'DATE', '2027-03']]],
]);

// tense.ts PAST_PLAN: a plan or hope told in the past points ahead of the plan, weakly, as a modal does: a month in the
// document's year, a weekday the coming one (findings D1, D4). A past tense alone keeps last year's month.
table('a plan told in the past', [
  ['2025-02-26', 'Merz said he hoped to form a government by Easter.', [['Easter', 'DATE', '2025-04-20']]],
  ['2025-02-26', 'The bank aimed to sell the unit by April.', [['April', 'DATE', '2025-04']]],
  ['2025-02-26', 'He said he hoped to meet Putin on Friday.', [['Friday', 'DATE', '2025-02-28']]],
  ['2025-06-05', 'The mission had been scheduled for September.', [['September', 'DATE', '2025-09']]],
  ['2025-06-05', 'The company had planned to open the plant in March, but delays pushed it back.', [['March', 'DATE', '2025-03']]],
]);

// Must not fire: a past verb with no plan after it.
table('a past without a plan', [
  ['2025-06-05', 'Sales fell in September.', [['September', 'DATE', '2024-09']]],
  ['2025-06-05', 'He planned the attack in September.', [['September', 'DATE', '2024-09']]],
]);
