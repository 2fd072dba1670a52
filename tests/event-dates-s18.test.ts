import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 18 (issue 17, time): which date each event of a sentence takes, through the whole pipeline. Sentences written for these tests,
 * in the style of news; the document date is Friday 12 March 2021 unless a row says otherwise.
 */
dated('s18: a simple past never takes a day still to come', [
  // The plan's day is the visit's; the putting off is news of the day.
  ['The airline postponed a visit planned for Wednesday.', 'postponed', DCT],
  ['The airline postponed a visit planned for Wednesday.', 'visit', '2021-03-17'],
  // The election's day is told first; the announcing is the news.
  ['Voters will go to the polls on May 6, the election commission announced.', 'announced', DCT],
  ['Voters will go to the polls on May 6, the election commission announced.', 'election', '2021-05-06'],
  ['The carmaker lost money last year and will cut 500 jobs next year.', 'cut', '2022'],
]);

// Must not fire: a past verb takes its own past date, and what a plan is for lies ahead.
dated('s18: a past verb with its own past date, a plan with its time ahead', [
  ['The union called off a strike on Monday.', 'called off', '2021-03-08'],
  ['A strike planned for Monday was called off.', 'strike', '2021-03-15'],
  ['The board met on Monday and approved the merger.', 'approved', '2021-03-08'],
  ['The company said on Tuesday that it will open a plant in May.', 'open', '2021-05'],
]);

dated('s18: a past perfect is before the news, not on its day', [
  ['The bank said Wednesday it had hired advisers to review the sale.', 'hired', null],
  ['The minister said the two sides had never signed the accord.', 'signed', null],
  // Its own date stands.
  ['The minister said on Tuesday that the two countries had agreed in January to cut tariffs.', 'agreed', '2021-01'],
  // Must not fire: a simple past in the news is the day's.
  ['The bank said Wednesday it hired advisers to review the sale.', 'hired', DCT],
]);

dated('s18: "shortly after" puts the two happenings on one day', [
  ['The plane crashed shortly after takeoff on Sunday, killing all 157 people on board.', 'crashed', '2021-03-07'],
  ['Police arrived minutes after the blast on Tuesday.', 'arrived', '2021-03-09'],
  // Must not fire: a bare "after" phrase's date is the happening it names.
  ['The minister resigned after a vote on Monday.', 'vote', '2021-03-08'],
  ['The minister resigned after a vote on Monday.', 'resigned', DCT],
]);

dated('s18: "told" takes its own date after its hearer, not the date of what it told first', [
  ['The airline expects to resume flights to Asia in the second half, its chairman told shareholders on Wednesday.', 'told', '2021-03-10'],
  ['Prices will rise in April, the minister told parliament on Tuesday.', 'told', '2021-03-09'],
  // Must not fire: what was told keeps its own date, and a hearer with no date leaves the telling the day's news.
  ['Prices will rise in April, the minister told parliament on Tuesday.', 'rise', '2021-04'],
  ['Prices rose in January, the minister told reporters.', 'told', DCT],
]);
