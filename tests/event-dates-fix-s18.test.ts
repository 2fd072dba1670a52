import { DCT, dated } from './helpers/event-dates.js';

/**
 * Session 18, fix round (findings E5, E17, D5): which date each event of a sentence takes, through the whole pipeline. Sentences written for these tests,
 * in the style of news; the document date is Friday 12 March 2021 unless a row says otherwise.
 */
dated('fix s18 (E5): a date in a participle phrase set off by commas is the participle\'s, not the noun\'s or the main verb\'s', [
  ['The deal, first announced in October 2019, had been delayed for more than a year by the dispute.', 'announced', '2019-10'],
  ['The deal, first announced in October 2019, had been delayed for more than a year by the dispute.', 'deal', DCT],
  ['The bridge, first opened in 1932, was closed for repairs on Monday.', 'closed', '2021-03-08'],
  ['The merger, originally agreed in May 2020, collapsed.', 'merger', DCT],
  // Must not fire: a phrase of plans names the time of the noun it describes.
  ['The strike, originally planned for Monday, was called off.', 'strike', '2021-03-15'],
]);

dated('fix s18 (E17): a date after a clause embedded without a word that opens it is that clause\'s', [
  ['The deal surpasses the £115 million Chelsea paid Brighton for the striker in 2019.', 'paid', '2019'],
  ['The deal surpasses the £115 million Chelsea paid Brighton for the striker in 2019.', 'deal', DCT],
  ['The offer tops the $2 billion Pfizer paid for the unit in 2019.', 'paid', '2019'],
  ['Prices rose after the bank raised rates in May.', 'rose', DCT],
  // Must not fire: coordinated verbs share their date.
  ['The board met and approved the merger on Monday.', 'met', '2021-03-08'],
  ['The board met and approved the merger on Monday.', 'approved', '2021-03-08'],
]);

dated('fix s18 (E17): a gerund set off after a statement goes on with the statement, on its day', [
  ['The agency will delay the launch until April 2022 at the earliest, the agency said on Thursday, citing problems with the heat shield.', 'citing', '2021-03-11'],
  ['Output will fall in 2022, the company said on Monday, citing weak demand.', 'citing', '2021-03-08'],
  ['Output will fall in 2022, the company said, citing weak demand.', 'said', DCT],
  ['Output will fall in 2022, the company said, citing weak demand.', 'citing', DCT],
  // Must not fire: a gerund after an action keeps the action's date.
  ['The firm cut jobs in May 2020, citing weak demand.', 'citing', '2020-05'],
]);

dated('fix s18 (E17): a clock\'s "p.m." before a capital ends its sentence, so the next sentence does not take its time', [
  ['A man was hit by several shots shortly after 8 p.m. Police said two suspects were detained.', 'said', DCT],
  ['The blast happened at 6 a.m. Firefighters said the fire was put out an hour later.', 'said', DCT],
  ['The blast happened at 6 a.m. Firefighters said the fire was put out an hour later.', 'happened', '2021-03-12T06:00'],
  // Must not fire: a zone or a day after the clock goes on with the time.
  ['Trading opens at 9:30 a.m. ET on Monday.', 'opens', '2021-03-15T09:30-05:00'],
  ['The meeting starts at 10 a.m. Monday.', 'starts', '2021-03-15T10:00'],
]);

dated('fix s18 (D5): a plural counted or owned before a weekday is a noun, not a timetable\'s present', [
  ['Musk sold 7.9 million Tesla shares on Monday.', 'sold', '2021-03-08'],
  ['The fund bought 2 million Apple shares on Monday.', 'bought', '2021-03-08'],
  ['The fund sold its shares on Tuesday.', 'sold', '2021-03-09'],
  // Must not fire: a present verb right before the day is still a timetable.
  ['The board meets on Monday.', 'meets', '2021-03-15'],
  ["Apple's chief executive speaks on Monday.", 'speaks', '2021-03-15'],
]);
