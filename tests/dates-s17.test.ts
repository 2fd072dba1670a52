import { table } from './helpers/dates.js';

// Session 17 (issue 18, known open items).

// parsers/race-times.ts: a clock after a word that only times a result ("clocked", "timed", "a time of") is a race
// result even without seconds (issue 18: times in sports results must not fire); the day of the race stays.
table('race results without seconds', [
  ['2015-06-12', 'Bolt clocked 9:58 in Berlin.', []],
  ['2015-06-12', 'She ran a time of 3:58 on Friday.', [['Friday', 'DATE', '2015-06-12']]],
  ['2015-06-12', 'The younger runner was timed 4:12 over the mile.', []],
]);

// Must not fire: a clock time of the day after words that time nothing.
table('clock times of the day beside a result', [
  ['2015-06-12', 'The train left at 9:58 on Friday.', [['9:58 on Friday', 'TIME', '2015-06-12T09:58']]],
  ['2015-06-12', 'The race started at 9:58 and Bolt won.', [['9:58', 'TIME', '2015-06-12T09:58']]],
]);

// refiners/one-line.ts: a line break ends an expression unless it wraps a long line of prose.
table('expressions and line breaks', [
  ['2015-06-12', 'He finished No. 12\nSecond place went to Smith.', []],
  ['2015-06-12', 'Results: 4 years\nMonths later he quit.', [['4 years', 'DURATION', 'P4Y']]],
  ['2015-06-12', 'The deal was signed by the two companies in a ceremony held on July\n11, 2015, officials said.', [['July\n11, 2015', 'DATE', '2015-07-11']]],
]);
