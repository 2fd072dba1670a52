import { table } from './helpers/dates.js';

// Session 19 fix round (findings D1-D3). Sentences written for these tests, in the style of news.

// resolve.ts: a year told in a past perfect is a flashback behind the story; the next sentence's simple past is
// back in the time of the story, not in the flashback's year (finding D1).
table('a year-free date after a past-perfect flashback', [
  ['2025-09-11', 'Klarna had been valued at $45.6 billion in a private funding round led by SoftBank in 2021, before a slump in fintech valuations. The company postponed its listing in April amid market turmoil.', [['2021', 'DATE', '2021'], ['April', 'DATE', '2025-04']]],
  ['2024-11-20', 'The mine had been closed in 2016 after a flood. Workers returned to the site in March.', [['2016', 'DATE', '2016'], ['March', 'DATE', '2024-03']]],
  ['2024-11-20', 'The club said it had sold the stadium in 2019. The new owners demolished the stands in June.', [['2019', 'DATE', '2019'], ['June', 'DATE', '2024-06']]],
]);

// Must not fire: a past perfect after the stated year goes back inside that year, and a simple past keeps its narrative.
table('a narrative year kept', [
  ['2024-11-20', 'The war began in August 1914. By June it had claimed a million lives.', [['August 1914', 'DATE', '1914-08'], ['June', 'DATE', '1914-06']]],
  ['2024-11-20', 'The mine had been closed in 2016 after a flood. In March it had been sold to a rival.', [['2016', 'DATE', '2016'], ['March', 'DATE', '2016-03']]],
  ['2024-11-20', 'The mine closed in 2016 after a flood. In March the owners sold it to a rival.', [['2016', 'DATE', '2016'], ['March', 'DATE', '2016-03']]],
  ['2024-11-20', 'The minister, who had resigned in 2019, returned to parliament in 2021. In May he was named finance minister.', [['2019', 'DATE', '2019'], ['2021', 'DATE', '2021'], ['May', 'DATE', '2021-05']]],
]);

// parsers/anaphora.ts: whole years from a month, quarter or season are the same part of that other year: a comparison
// "from a year earlier" after "in December" is December of the year before (finding D2).
table('years from a month, a quarter or a season', [
  ['2024-02-02', 'Core consumer prices rose 3% in December from a year earlier.', [['December', 'DATE', '2023-12'], ['a year earlier', 'DATE', '2022-12']]],
  ['2024-02-02', 'Net profit fell 12% in the fourth quarter from a year earlier.', [['the fourth quarter', 'DATE', '2023-Q4'], ['a year earlier', 'DATE', '2022-Q4']]],
  ['2024-02-02', 'Exports slid 4% in March 2021 compared with two years earlier.', [['March 2021', 'DATE', '2021-03'], ['two years earlier', 'DATE', '2019-03']]],
]);

// Must not fire: after a year-only date or a full day, years from it stay a year.
table('years from a year or a day', [
  ['2024-02-02', 'Exports rose 6% in 2022 from a year earlier.', [['2022', 'DATE', '2022'], ['a year earlier', 'DATE', '2021']]],
  ['2024-02-02', 'The treaty was signed on May 5, 2015. A year earlier, talks had failed.', [['May 5, 2015', 'DATE', '2015-05-05'], ['A year earlier', 'DATE', '2014']]],
]);

// resolve.ts: a year inside a "since" phrase ("since Lewis Hamilton in 2020") is a bound of a span up to the time of
// writing, as "since 2020" is, never the narrative year of a later year-free date (finding D3).
table('a year inside a "since" phrase', [
  ['2025-12-07', "Norris, 26, is the first British champion since Lewis Hamilton in 2020. McLaren had already secured the constructors' championship in October.", [['2020', 'DATE', '2020'], ['October', 'DATE', '2025-10']]],
  ['2025-12-07', 'Unemployment is the highest since the financial crisis of 2008. It rose sharply in May.', [['2008', 'DATE', '2008'], ['May', 'DATE', '2025-05']]],
  ['2025-12-07', 'It was the first title for the club since its founding in 1921. Fans filled the square in June.', [['1921', 'DATE', '1921'], ['June', 'DATE', '2025-06']]],
]);

// Must not fire: "since" right before the year is still a bound; a year after the "since" phrase ends is a narrative one.
table('a "since" bound, and a year past the phrase', [
  ['2025-12-07', 'The bank has not raised rates since 2019. It cut them in March.', [['2019', 'DATE', '2019'], ['March', 'DATE', '2025-03']]],
  ['2025-12-07', 'Sales have doubled since then, and in 2020 the firm opened a plant. It hired staff in May.', [['2020', 'DATE', '2020'], ['May', 'DATE', '2020-05']]],
]);
