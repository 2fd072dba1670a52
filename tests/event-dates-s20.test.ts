import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 20 (issue 17, time): which date each event of a sentence takes, through the whole pipeline. Sentences written
 * for these tests, in the style of news, of kinds sessions 18 and 19 did not write (a court case, an earnings report, a
 * sports report, an explainer); the document date is Friday 12 March 2021.
 */
dated('s20: the clause a verb asks about keeps its date', [
  ['The reporter asked if sales rose in May.', 'asked', DCT],
  ['The reporter asked whether sales rose in May.', 'rose', '2020-05'],
]);

// Must not fire: a date of the asking's own stays with it.
dated("s20: the asking's own date", [
  ['The reporter asked on Monday if sales rose.', 'asked', '2021-03-08'],
]);

dated('s20: the base of a comparison dates no change', [
  ['The party won 58 seats, up from 50 in the March 2020 election.', 'won', DCT],
  ['The party won 58 seats, up from 50 in the March 2020 election.', 'election', '2020-03'],
  ['Unemployment fell to 4.1% in February from 4.3% in January.', 'fell', '2021-02'],
]);

// Must not fire: a change's own date before or after a base with no date.
dated('s20: a change with its own date beside a base', [
  ['Sales rose 5% in February from a year earlier.', 'rose', '2021-02'],
  // With no date of its own before "from", the date after the base is the change's period.
  ['Unemployment fell to 4.1% from 4.3% in January.', 'fell', '2021-01'],
]);

dated('s20: a noun event whose verb puts it ahead has no day yet', [
  ['A ruling is expected within weeks.', 'ruling', null],
  ['The vote is due next month, the speaker said.', 'vote', '2021-04'],
]);

// Must not fire: a noun event told as what happened is the day's news.
dated('s20: a noun event that happened', [
  ['The ruling was a blow to the company, its lawyers said.', 'said', DCT],
]);

dated('s20: a "when" clause after a date happened on it', [
  ['Train services have been halted since Monday, when a bridge was damaged by floods.', 'damaged', '2021-03-08'],
]);

// Must not fire: "since" still keeps its date from the verb whose span it starts.
dated('s20: a span that starts on a date', [
  ['Train services have been halted since Monday, when a bridge was damaged by floods.', 'halted', DCT],
]);

dated('s20: a timetable in the present is ahead', [
  ['Lawmakers vote on the bill in January.', 'vote', '2022-01'],
  ['They play the leaders on Saturday.', 'play', '2021-03-13'],
  ['The lawsuit was filed in March 2019. A judge ruled in the case in July, and the plaintiffs file their appeal on April 1.', 'file', '2021-04-01'],
]);

// Must not fire: a past keeps the day or the narrative's year.
dated('s20: a past in a court story keeps its year', [
  ['The lawsuit was filed in March 2019. A judge ruled in the case in July, and the plaintiffs file their appeal on April 1.', 'ruled', '2019-07'],
  ['They played the leaders on Saturday.', 'played', '2021-03-06'],
]);

dated('s20: a fronted condition in the present has not happened and takes no date of its main clause', [
  ['If the bill passes, the rules take effect in 2022.', 'passes', null],
  ['Although the union rejected the offer, the strike ends on Monday.', 'rejected', DCT],
]);

// Must not fire: the main clause keeps its date, and a past condition with its own date keeps it.
dated('s20: the main clause after a fronted condition', [
  ['If the bill passes, the rules take effect in 2022.', 'effect', '2022'],
  ['Although the union rejected the offer in January, the strike ended on Monday.', 'rejected', '2021-01'],
]);
