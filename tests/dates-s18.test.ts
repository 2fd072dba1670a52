import { table } from './helpers/dates.js';

// Session 18 (issue 18). Sentences written for these tests, in the style of news.

// parsers/anaphora.ts: an offset after a coarser stated date keeps what that date states and leaves the finer fields
// unknown, at the expression's own grain (TimeML 1.2.1 §2.2.3: never a precision the text does not give).
table('offsets after a year or a month', [
  ['2021-03-12', 'The strike began in 2019. Two days later the factory closed.', [['2019', 'DATE', '2019'], ['Two days later', 'DATE', '2019-XX-XX']]],
  ['2021-03-12', 'In 2008, the bank collapsed. Its chairman resigned a month later.', [['2008', 'DATE', '2008'], ['a month later', 'DATE', '2008-XX']]],
  ['2021-03-12', 'The deal closed in May 2019. Two weeks later the chief executive quit.', [['May 2019', 'DATE', '2019-05'], ['Two weeks later', 'DATE', '2019-05-XX']]],
]);

// Must not fire: after a full date, or at the stated date's own grain, the offset is counted out.
table('offsets after a day, or at the grain of the date', [
  ['2021-03-12', 'The strike began on June 3, 2019. Two days later the factory closed.', [['June 3, 2019', 'DATE', '2019-06-03'], ['Two days later', 'DATE', '2019-06-05']]],
  ['2021-03-12', 'The plant was shut in 2015. It reopened three years later.', [['2015', 'DATE', '2015'], ['three years later', 'DATE', '2018']]],
]);

// parsers/overnight.ts: "overnight" as an adverb of time is the night before the day the passage is on, in a past
// clause; that day's night in a future one (TimeML 1.2.1 §2.2.3, parts of days: one TIME).
table('overnight', [
  ['2008-10-09', 'The fire broke out overnight and destroyed three homes.', [['overnight', 'TIME', '2008-10-08TNI']]],
  ['2008-10-09', 'Asian stocks fell overnight, and European markets opened lower.', [['overnight', 'TIME', '2008-10-08TNI']]],
  ['2008-10-09', 'On Monday, police said the fire broke out overnight.', [['Monday', 'DATE', '2008-10-06'], ['overnight', 'TIME', '2008-10-05TNI']]],
  ['2008-10-09', 'The road will be closed overnight.', [['overnight', 'TIME', '2008-10-09TNI']]],
]);

// Must not fire: a noun's modifier, a manner, a stay, a habit.
table('overnight that is no time', [
  ['2008-10-09', 'Overnight trading was thin.', []],
  ['2008-10-09', 'The bank raised its overnight rate.', []],
  ['2008-10-09', 'The town changed almost overnight.', []],
  ['2008-10-09', 'He stayed overnight in hospital.', []],
  ['2008-10-09', 'The store is usually closed overnight.', []],
]);

// parsers/the-unit.ts: a verb of ending or starting a period names the period as "for" or "in" does ("ended the
// week down 18%": the week the text is on; TimeML 1.2.1 §2.2.1).
table('ending or starting the week, the month, the year', [
  ['2008-10-09', 'The index ended the week down 18 percent.', [['the week', 'DATE', '2008-W41']]],
  ['2008-10-09', 'The Dow started the year at 13,000.', [['the year', 'DATE', '2008']]],
]);

// Must not fire: a word after the unit that says which one, or a year after it.
table('a period the words after it name', [
  ['2008-10-09', 'The bank ended the year of the crash with a loss.', []],
  ['2008-10-09', 'The club began the year 1998 in debt.', [['1998', 'DATE', '1998']]],
]);
