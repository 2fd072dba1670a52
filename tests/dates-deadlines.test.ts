import { table } from './helpers/dates.js';

// DCT 2012-05-10 is a Thursday: the coming Friday is 2012-05-11, the last one 2012-05-04.

// guards.ts `deadlineWeekday`: a deadline points forward from the time of writing whatever the tense of
// the sentence that tells of it (TimeML 1.2.1 §2.2.2: a relative expression is valued from its anchor,
// here the DCT, in the direction the expression gives).
table('a weekday that sets a deadline is the coming one', [
  ['2012-05-10', 'The union set a Friday deadline for a deal.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', "The union set Friday's deadline for a deal.", [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'The union set a deadline of Friday for a deal.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Talks broke down before a Friday midnight deadline.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Rebels were given a Friday night deadline to leave.', [['Friday night', 'TIME', '2012-05-11TNI']]],
  ['2012-05-10', 'The rebels were given until Friday to leave the city.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Officials gave the rebels until Friday.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Lawmakers had until Monday to respond.', [['Monday', 'DATE', '2012-05-14']]],
  ['2012-05-10', 'The bank was told to repay the loan by Friday.', [['Friday', 'DATE', '2012-05-11']]],
  // On the deadline's own day it is that day.
  ['2012-05-11', 'The union set a Friday deadline for a deal.', [['Friday', 'DATE', '2012-05-11']]],
]);

// Must not fire: "by" and "until" without a deadline, and a deadline already gone by, keep the tense's reading.
table('no deadline, or one gone by: the past tense takes the last weekday', [
  ['2012-05-10', 'By Friday, the death toll had risen to 40.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'Police had arrested 20 people by Tuesday.', [['Tuesday', 'DATE', '2012-05-08']]],
  ['2012-05-10', 'The talks lasted until Friday.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'He had lived there until Monday.', [['Monday', 'DATE', '2012-05-07']]],
  ['2012-05-10', 'He waited until Friday to announce it.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'She managed to finish the work by Friday.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'The company was allowed to trade until Friday.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'The deadline passed on Friday.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'He missed the Friday deadline.', [['Friday', 'DATE', '2012-05-04']]],
  ['2012-05-10', 'He was asked on Monday to resign.', [['Monday', 'DATE', '2012-05-07']]],
]);

// guards.ts `acceptWeekdayName` via the shared parse: a capitalized word the parse tags as part of an
// organization ends a name the weekday dates, without "on" or a verb of saying after it.
table('a weekday after an organization the shared parse tags', [
  ['2015-05-07', 'Shares of Goldman Sachs Tuesday rose 2%.', [['Tuesday', 'DATE', '2015-05-05']]],
  ['2015-05-07', 'Analysts at Morgan Stanley Inc. Friday cut the target.', [['Friday', 'DATE', '2015-05-01']]],
  ['2015-05-07', 'Girl Friday is a film.', []],
  ['2015-05-07', 'He met Joe Friday at home.', []],
]);
