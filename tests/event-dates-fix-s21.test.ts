import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 21 fix round: event dates the merge of the dates branch lost on the lead's articles (findings R1-R6). Sentences
 * written for these tests, in the style of news; the document date is Friday 12 March 2021.
 */

// A happening's day before "but" is the occasion the contrast tells of: it reaches the clause after it (R1-R3).
dated('fix s21: a day before "but" reaches the clause after it', [
  ['The Bank of England held interest rates at 4.25% on Thursday, but three of its nine policymakers voted for a cut.', 'voted', '2021-03-11'],
  ['The rocket reached orbit early Tuesday, but the company lost the booster during its landing.', 'lost', '2021-03-09'],
  ["The ruling party won Sunday's election but fell short of a majority, while the opposition tied for second place.", 'tied', '2021-03-07'],
]);

// Must not fire: a plan's date before "but" is no time the clause after it happened at.
dated('fix s21: a planned date before "but" stays the plan\'s', [
  ['The ferry was scheduled to sail on Monday, but a storm closed the port.', 'closed', DCT],
]);

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
