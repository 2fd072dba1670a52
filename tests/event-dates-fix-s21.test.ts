import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 21 fix round: event dates the merge of the dates branch lost on the lead's articles (findings R4-R6). Sentences
 * written for these tests, in the style of news; the document date is Friday 12 March 2021.
 */

// A noun event is the subject of the verb after its phrase, not its object's holder: the verb's date is its own too (R4, R6);
// a plural noun is no verb of a phrase of its own (R5).
dated('fix s21: a noun event shares the date of its own verb', [
  ['Sales of new homes jumped 20.5% in August, the Commerce Department said on Wednesday.', 'Sales', '2020-08'],
  ['Sales at the cloud unit grew 20% to $33 billion in the three months to September 30.', 'Sales', '2020-09-30'],
  ['The retailer said on Sunday that it would close all 200 of its U.S. stores by May 1.', 'close', '2021-05-01'],
]);

// Must not fire: a past participle after a verb's object opens a phrase that keeps its date.
dated('fix s21: a reduced relative after a verb\'s object keeps its date', [
  ['Inspectors closed a bridge built in 1931.', 'closed', DCT],
]);
