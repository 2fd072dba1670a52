import { table } from './helpers/dates.js';

// Session 16 fix round: the lead's findings on ordinary news (D1-D3).

// anchoring.ts (D1): a past clause about a month before the one a narrative anchor of the year before the document's
// named reads in the document's year, between the anchor and the time of writing (the recent past the report moves on
// to), not backward inside the anchor's year (TimeML 1.2.1 §2.2.3, the value the context gives; HeidelTime's news
// strategy for a month without a year).
table("a past month after last year's anchor", [
  ['2024-06-12', 'The central bank last raised rates in July 2023. Inflation fell to 3.3% in May from 3.4% in April, the Labor Department said.', [['July 2023', 'DATE', '2023-07'], ['May', 'DATE', '2024-05'], ['April', 'DATE', '2024-04']]],
  ['2024-06-12', 'The company was founded in October 2023. Its shares rose in March, the exchange said.', [['October 2023', 'DATE', '2023-10'], ['March', 'DATE', '2024-03']]],
  ['2024-06-12', 'Unemployment peaked in November 2023. It fell to 3.9% in February and rose again in April, the agency said.', [['November 2023', 'DATE', '2023-11'], ['February', 'DATE', '2024-02'], ['April', 'DATE', '2024-04']]],
]);

// Must not fire (HeidelTime's narrative strategy): a month after the anchor's; an anchor further back; an anchor with
// no month; a past perfect, the past before the anchor's.
table("a narrative that keeps its anchor's year", [
  ['2024-06-12', 'The bank raised rates in July 2023. In November, it held them.', [['July 2023', 'DATE', '2023-07'], ['November', 'DATE', '2023-11']]],
  ['2024-06-12', 'The war began in August 1914. In June, the archduke was shot in Sarajevo.', [['August 1914', 'DATE', '1914-08'], ['June', 'DATE', '1914-06']]],
  ['2024-06-12', 'Sales fell in 2023. In May, the plant closed.', [['2023', 'DATE', '2023'], ['May', 'DATE', '2023-05']]],
  ['2024-06-12', 'The bank raised rates in July 2023. It had cut them in May.', [['July 2023', 'DATE', '2023-07'], ['May', 'DATE', '2023-05']]],
  ['2024-06-12', 'The bank raised rates in July 2023. It had already cut them in May.', [['July 2023', 'DATE', '2023-07'], ['May', 'DATE', '2023-05']]],
]);

// stages/dates.ts (D2): a bare form right after its subject ("Markets expect", "We open") is the clause's finite
// present, though the tagger reads it as an infinitive too; a present clause is about the time of writing, never a
// past narrative year (anchoring.ts yearFor).
table("a plural subject's present after a past year", [
  ['2024-06-12', 'The central bank last raised rates in July 2023. Inflation fell to 3.3% in May from 3.4% in April, the Labor Department said. Markets expect the first cut in September.', [['July 2023', 'DATE', '2023-07'], ['May', 'DATE', '2024-05'], ['April', 'DATE', '2024-04'], ['September', 'DATE', '2024-09']]],
  ['2024-06-12', 'The central bank last raised rates in July 2023. Markets expect the first cut in September.', [['July 2023', 'DATE', '2023-07'], ['September', 'DATE', '2024-09']]],
  ['2024-06-12', 'The bank raised rates in July 2023. Analysts see the first cut in September.', [['July 2023', 'DATE', '2023-07'], ['September', 'DATE', '2024-09']]],
  ['2024-06-12', 'The plant was built in 2019. We open a second line in August.', [['2019', 'DATE', '2019'], ['August', 'DATE', '2024-08']]],
]);

// Must not fire: a bare form after its object in a past clause ("saw prices rise") keeps the clause's past.
table('a bare form in a past clause', [
  ['2024-06-12', 'The plant was built in 2019. Workers saw prices rise in August.', [['2019', 'DATE', '2019'], ['August', 'DATE', '2019-08']]],
]);

// parsers/race-times.ts (D3): a result in sport written like a clock is no time expression (issue 18: times in sports
// results must not fire), neither a TIME of the day nor a DURATION; the day of the race stays.
table('race times in results', [
  ['2023-02-17', "Kipyegon won the women's 1,500 metres in 3:49.11 on Friday.", [['Friday', 'DATE', '2023-02-17']]],
  ['2012-05-10', 'He finished in 2:05:30 on Sunday.', [['Sunday', 'DATE', '2012-05-06']]],
  ['2012-05-10', 'She won in a time of 1:59.40.', []],
  ['2023-02-17', 'Ingebrigtsen won the 1,500m in 3:27.14, the fastest time this year.', [['this year', 'DATE', '2023']]],
]);

// Must not fire: a clock time of the day, seconds too, after "at" (no word of a result before it).
table('clock times that are times of day', [
  ['2023-02-17', 'The train left at 3:49 p.m. on Friday.', [['3:49 p.m. on Friday', 'TIME', '2023-02-17T15:49']]],
  ['2023-02-17', 'Officials said the blast happened at 14:32:05 on Friday.', [['14:32:05 on Friday', 'TIME', '2023-02-17T14:32']]],
  ['2023-02-17', 'The meeting starts at 10:30.', [['10:30', 'TIME', '2023-02-17T10:30']]],
]);
