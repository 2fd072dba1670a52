import { table } from './helpers/dates.js';

// Session 21 (issue 18). Sentences written for these tests, in the style of news; 2025-03-12 is a Wednesday.

// parsers/fiscal-periods.ts: "the fiscal year" and "the full year" of a report, their end unknown: in a past clause the
// last one ended (a business year ends with a quarter), else the year under way.
table("a report's fiscal or full year", [
  ['2025-03-12', 'Revenue for the fiscal year rose 8% to $4.2 billion.', [['the fiscal year', 'DATE', '2024']]],
  ['2025-06-20', 'Revenue for the fiscal year rose 8% to $4.2 billion.', [['the fiscal year', 'DATE', '2025']]],
  ['2025-03-12', 'For the full year, profit fell 4%.', [['the full year', 'DATE', '2024']]],
  ['2025-03-12', 'For the full year, the company expects earnings of $3.10 a share.', [['the full year', 'DATE', '2025']]],
  ['2025-03-12', 'The retailer expects sales to grow in the full fiscal year.', [['the full fiscal year', 'DATE', '2025']]],
]);

// Must not fire: a forecast for the year and a year whose end is named keep the year under way; a relative word keeps
// its shift; "a full year" is a length, no date.
table('a fiscal year that is no past report', [
  ['2025-03-12', 'The company raised its forecast for the fiscal year.', [['the fiscal year', 'DATE', '2025']]],
  ['2025-03-12', 'Profit rose last fiscal year.', [['last fiscal year', 'DATE', '2024']]],
  ['2025-03-12', 'Profit rose this fiscal year.', [['this fiscal year', 'DATE', '2025']]],
  ['2025-03-12', 'The mine ran for a full year without an accident.', [['a full year', 'DURATION', 'P1Y']]],
]);

// parsers/relative.ts: a season of play or of trade is the year it is under way in.
table('a season of play', [
  ['2025-03-12', 'The team has lost six games this season.', [['this season', 'DATE', '2025']]],
  ['2025-03-12', 'Last season the club finished fourth; next season it moves to a new stadium.', [['Last season', 'DATE', '2024'], ['next season', 'DATE', '2026']]],
]);

// Must not fire: a season of the calendar keeps its code, and "the season" alone is no date.
table('no season of play', [
  ['2025-03-12', 'The club opened a new stadium last summer.', [['last summer', 'DATE', '2024-SU']]],
  ['2025-03-12', 'He was hurt late in the season.', []],
]);

// parsers/anaphora.ts: "the year-earlier quarter" is the same part of the year before the period the report is about.
table('the year-earlier period', [
  ['2025-03-12', 'Third-quarter profit rose 12% to $1.1 billion from the year-earlier quarter.', [['Third-quarter', 'DATE', '2024-Q3'], ['the year-earlier quarter', 'DATE', '2023-Q3']]],
  ['2025-03-12', 'Net income rose to $52 million from $40 million in the year-earlier quarter.', [['the year-earlier quarter', 'DATE', '2023-Q4']]],
  ['2025-03-12', 'Sales in January fell 3% from the year-ago period.', [['January', 'DATE', '2025-01'], ['the year-ago period', 'DATE', '2024-01']]],
]);

// Must not fire: "a year earlier" alone stays what it was, and "year-earlier" before a noun of no period is no date.
table('no year-earlier period', [
  ['2025-03-12', 'The year-earlier figures were restated.', []],
]);

// parsers/scheduled-present.ts: a past form after an opening plural is no bare present the tagger misread, so no
// timetable: "Officials said on Thursday" is the Thursday gone (was the coming one).
table('a past after an opening plural keeps the day gone', [
  ['2025-03-12', 'Officials said on Tuesday that 14 people had died.', [['Tuesday', 'DATE', '2025-03-11']]],
  ['2025-03-12', 'The officials said on Monday.', [['Monday', 'DATE', '2025-03-10']]],
]);

// Must not fire: a bare present after an opening plural is still a timetable's.
table('a bare present after an opening plural', [
  ['2025-03-12', 'Schools reopen on Monday.', [['Monday', 'DATE', '2025-03-17']]],
]);

// parsers/scheduled-present.ts: a "but" before any verb after a fronted weekday means the clause's verb was misread
// ("rose" a noun): the present after it ("bonds") is no timetable of the day.
table('a fronted weekday before a misread past', [
  ['2025-03-12', 'On Monday, prices rose but bonds fell.', [['Monday', 'DATE', '2025-03-10']]],
]);

// Must not fire: a fronted weekday before a timetable's present still points ahead.
table('a fronted weekday before a present', [
  ['2025-03-12', 'On Monday, the two leaders meet in Paris.', [['Monday', 'DATE', '2025-03-17']]],
]);

// resolve.ts: a relative clause set off by commas describes a noun; its year is no year the story goes on in.
table("an aside's year", [
  ['2025-03-12', 'Coach Amy Lin, who took over in 2019, signed a new contract in December.', [['2019', 'DATE', '2019'], ['December', 'DATE', '2024-12']]],
  ['2025-03-12', 'The mayor, whose term began in 2021, left office in January.', [['2021', 'DATE', '2021'], ['January', 'DATE', '2025-01']]],
]);

// Must not fire: a year of the main clause, or one told before the aside, is still the story's.
table("the story's year around an aside", [
  ['2025-03-12', 'The war began in 1914. In June the army, which had lost many men, advanced.', [['1914', 'DATE', '1914'], ['June', 'DATE', '1914-06']]],
  ['2025-03-12', 'The lawsuit was filed in 2019. Its lawyer, who joined in 2016, won a ruling in July.', [['2019', 'DATE', '2019'], ['2016', 'DATE', '2016'], ['July', 'DATE', '2019-07']]],
]);
