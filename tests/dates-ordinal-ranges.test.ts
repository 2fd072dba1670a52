import { table } from './helpers/dates.js';

// ordinal-days.ts: "between the 3rd and the 5th" marks each end as its own DATE (TimeML 1.2.1 §2.2.1, ranges
// are two expressions), days of the month named near them (§2.2.3: the context gives what the text leaves out).
table('between the Nth and the Mth of a month named near them', [
  ['2019-07-11', 'The festival runs between the 3rd and the 5th of August.', [['the 3rd', 'DATE', '2019-08-03'], ['5th of August', 'DATE', '2019-08-05']]],
  ['2019-07-11', 'The festival will run in August, between the 3rd and the 5th.', [['August', 'DATE', '2019-08'], ['the 3rd', 'DATE', '2019-08-03'], ['the 5th', 'DATE', '2019-08-05']]],
  ['2019-07-11', 'In March, the talks were held between the 3rd and the 5th.', [['March', 'DATE', '2019-03'], ['the 3rd', 'DATE', '2019-03-03'], ['the 5th', 'DATE', '2019-03-05']]],
  ['2019-07-11', 'The vote is due between the 3rd and the 5th of this month.', [['the 3rd', 'DATE', '2019-07-03'], ['the 5th', 'DATE', '2019-07-05'], ['this month', 'DATE', '2019-07']]],
  // A month right after the range's second end gives both ends their month.
  ['2019-07-11', 'The fair was held from the 3rd to the 5th in May.', [['the 3rd', 'DATE', '2019-05-03'], ['the 5th', 'DATE', '2019-05-05'], ['May', 'DATE', '2019-05']]],
]);

// Must not fire: without a month near them, or after a verb of ranking, the ordinals are places or grades.
table('between the Nth and the Mth that are no days', [
  ['2019-07-11', 'He finished between the 3rd and the 5th in every race.', []],
  ['2019-07-11', 'In May he ranked between the 3rd and the 5th in every race.', [['May', 'DATE', '2019-05']]],
  ['2019-07-11', 'Pupils between the 3rd and the 5th grade sang.', []],
  ['2019-07-11', 'The team was between the 3rd and the 5th in the league all season.', []],
]);
