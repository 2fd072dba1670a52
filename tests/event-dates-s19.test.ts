import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 19 (issue 17, time): which date each event of a sentence takes, through the whole pipeline. Sentences written
 * for these tests, in the style of news, of kinds session 18 did not write; the document date is Friday 12 March 2021.
 */
dated('s19: a condition names a time still to come', [
  ['If approved in June, the merger would create the largest bank in Europe.', 'approved', '2021-06'],
  ['The company said it would cut 500 jobs if sales fell in the second quarter.', 'fell', '2021-Q2'],
  // No date of its own: a condition has not happened, so it is not the day's news.
  ['If the deal collapsed, the company would cut 500 jobs.', 'collapsed', null],
]);

// Must not fire: a verb outside the condition keeps the day's news.
dated('s19: the day of the news beside a condition', [
  ['The company said it would cut 500 jobs if sales fell in the second quarter.', 'said', DCT],
]);

dated('s19: a report after a statement does not take the date told before it', [
  // "adding that" opens a new report: the rise is not May's.
  ['Sales fell in May, the company said, adding that prices rose.', 'rose', DCT],
  ['Exports rose 5% in February, the ministry said on Monday, noting that imports fell.', 'fell', DCT],
  // What a report puts ahead is not of the day it was made on.
  ['The central bank lowered interest rates on Wednesday and said inflation would rise.', 'rise', null],
]);

// Must not fire: the date told first stays with its own verb, and a statement keeps its day.
dated('s19: the first report keeps its date', [
  ['Sales fell in May, the company said, adding that prices rose.', 'fell', '2020-05'],
  ['The central bank lowered interest rates on Wednesday and said inflation would rise.', 'lowered', '2021-03-10'],
  ['Exports rose 5% in February, the ministry said on Monday, noting that imports fell.', 'noting', '2021-03-08'],
]);

dated('s19: a fronted clause of concession or reason keeps its date', [
  ['Although the company posted a loss last year, it raised its dividend on Tuesday.', 'raised', '2021-03-09'],
  // With no date of its own, the main clause is the day's news, not last year's.
  ['Although the company posted a loss last year, it raised its dividend.', 'raised', DCT],
  ['Although the company posted a loss last year, it raised its dividend.', 'posted', '2020'],
]);

// Must not fire: a "when" clause sets the time of the main one; a concession after the main clause keeps to itself.
dated('s19: a "when" clause dates its main clause', [
  ['When the plant closed in 2019, 300 workers lost their jobs.', 'lost', '2019'],
  ['It raised its dividend on Tuesday, although it posted a loss last year.', 'raised', '2021-03-09'],
]);

dated("s19: a date modifying the object's event is that event's", [
  ['Lawmakers delayed the March vote on the budget.', 'vote', '2021-03'],
  ['Lawmakers delayed the March vote on the budget.', 'delayed', DCT],
  ["The board postponed the bank's May meeting.", 'postponed', DCT],
]);

// Must not fire: a date after a preposition, or before the verb, still dates the verb.
dated('s19: an event phrase that dates the verb', [
  ['Voters rejected the plan in the May referendum.', 'rejected', '2020-05'],
  ['The January election was marred by violence.', 'marred', '2021-01'],
]);

dated("s19: the headline's date carried to the lead that tells it again", [
  ['Carmaker recalls 50,000 vehicles on March 9\n\nThe carmaker recalled 50,000 vehicles because of faulty brakes, the regulator said.', 'recalled', '2021-03-09'],
]);

// Must not fire: a later sentence's happening of the same word, and a lead verb of another word, keep their own dates.
dated('s19: what the headline does not tell', [
  ['Carmaker recalls 50,000 vehicles on March 9\n\nThe carmaker recalled 50,000 vehicles, the regulator said. It recalled 2,000 trucks last year.', 'said', DCT],
  ['Carmaker recalls 50,000 vehicles on March 9\n\nThe carmaker, which recalled 2,000 trucks last year, blamed faulty brakes.', 'recalled', '2020'],
]);

dated('s19: each "that" of a report keeps its own date', [
  ['The ministry said on Monday that inflation slowed in February and that unemployment rose.', 'rose', DCT],
  ['The ministry said on Monday that inflation slowed in February and that unemployment rose.', 'slowed', '2021-02'],
]);

// Must not fire: coordinated verbs in one clause share their date; a list after one date takes it.
dated('s19: one date for coordinated verbs', [
  ['On Monday, rebels seized the airport, burned the customs office and blocked the main road.', 'blocked', '2021-03-08'],
  ['The ministry said inflation slowed and unemployment rose in February.', 'rose', '2021-02'],
]);
