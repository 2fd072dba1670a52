import { table } from './helpers/dates.js';

// DCT 2012-05-10 is a Thursday: the coming Friday is 2012-05-11, the last one 2012-05-04.

// guards.ts `deadlineWeekday`: a deadline points forward from the time of writing whatever the tense of
// the sentence that tells of it (TimeML 1.2.1 §2.2.2: a relative expression is valued from its anchor,
// here the DCT, in the direction the expression gives).
table('a weekday that sets a deadline is the coming one', [
  ['2012-05-10', 'The union set a Friday deadline for a deal.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', "The union set Friday's deadline for a deal.", [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'The union set a deadline of Friday for a deal.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Talks continue ahead of a Friday midnight deadline.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Rebels were given a Friday night deadline to leave.', [['Friday night', 'TIME', '2012-05-11TNI']]],
  ['2012-05-10', 'The rebels were given until Friday to leave the city.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Officials gave the rebels until Friday.', [['Friday', 'DATE', '2012-05-11']]],
  ['2012-05-10', 'Lawmakers had until Monday to respond.', [['Monday', 'DATE', '2012-05-14']]],
  ['2012-05-10', 'The bank was told to repay the loan by Friday.', [['Friday', 'DATE', '2012-05-11']]],
  // On the deadline's own day it is that day.
  ['2012-05-11', 'The union set a Friday deadline for a deal.', [['Friday', 'DATE', '2012-05-11']]],
  // A verb near the deadline that does not take it as its object ("met on Tuesday", "ignored warnings") leaves it a deadline.
  ['2026-03-04', 'Officials, who ignored warnings, now face a Friday deadline to act.', [['now', 'DATE', 'PRESENT_REF'], ['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-11', 'The company, which met with regulators, faces a Friday deadline.', [['Friday', 'DATE', '2026-03-13']]],
  // A deadline stated with "is".
  ['2026-03-04', 'The deadline for bids is Friday.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-04', 'Friday is the deadline for filing objections.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-04', 'The court gave the company until Friday to respond.', [['Friday', 'DATE', '2026-03-06']]],
  // With noon or midnight (times.ts): one TIME on the coming day.
  ['2026-03-05', 'Creditors said Greece had until midnight Friday to make the payment.', [['midnight Friday', 'TIME', '2026-03-06T24:00']]],
  ['2026-03-05', 'Israel gave Hamas until midnight Sunday to accept the offer.', [['midnight Sunday', 'TIME', '2026-03-08T24:00']]],
  ['2026-03-05', 'Firms were told to submit their plans by noon Friday.', [['noon Friday', 'TIME', '2026-03-06T12:00']]],
]);

// A day the sentence names before the deadline anchors it: the first such weekday after that day (DCT 2026-03-05 is a
// Thursday; "on Wednesday" 03-04, "a day ahead of the Friday deadline" 03-06 whether written before or after it).
table('a deadline after a day named before it in the sentence', [
  ['2026-03-05', 'Lawmakers passed a bill on Wednesday ahead of a Friday deadline to avert a shutdown.', [['Wednesday', 'DATE', '2026-03-04'], ['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-05', 'The union, which met on Tuesday, set a Friday deadline for a deal.', [['Tuesday', 'DATE', '2026-03-03'], ['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-07', 'The union accepted the offer on Thursday, a day ahead of the Friday deadline.', [['Thursday', 'DATE', '2026-03-05'], ['a day', 'DURATION', 'P1D'], ['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-04', 'On Monday, the union set a Friday deadline for a deal.', [['Monday', 'DATE', '2026-03-02'], ['Friday', 'DATE', '2026-03-06']]],
]);

// Must not fire: a time given that tells of a past span ("gave no details until Friday, when ..."), a deadline the
// sentence shows gone (a later day after it, "but did not", "did so"), an act "before" the deadline told in the past.
table('a span until a day, or a deadline the sentence shows gone, keeps the past reading', [
  ['2026-03-07', 'Police gave no details until Friday, when they confirmed that 12 people had died.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-11', 'The company gave no explanation until Monday, when it said a software fault was to blame.', [['Monday', 'DATE', '2026-03-09']]],
  ['2026-03-09', 'The senator gave interviews until Friday, when she abruptly cancelled her schedule.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-09', 'Hospitals allowed visitors until Sunday, when new restrictions took effect.', [['Sunday', 'DATE', '2026-03-08']]],
  ['2026-03-09', 'The judge granted him bail until Friday, when he appeared again and was remanded in custody.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-09', 'The club gave fans free entry until Sunday, and attendance doubled.', [['Sunday', 'DATE', '2026-03-08']]],
  ['2026-03-07', "Greek negotiators reached a deal with creditors hours before Friday's deadline, officials said.", [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-07', 'He had until Tuesday to file an appeal but did not, and the ruling became final on Wednesday.', [['Tuesday', 'DATE', '2026-03-03'], ['Wednesday', 'DATE', '2026-03-04']]],
  ['2026-03-07', 'He had until Tuesday to file an appeal but did not.', [['Tuesday', 'DATE', '2026-03-03']]],
  ['2026-03-11', 'Negotiators worked through the night before the Sunday deadline, and the talks collapsed on Monday.', [['Sunday', 'DATE', '2026-03-08'], ['Monday', 'DATE', '2026-03-09']]],
  ['2026-03-09', 'Residents were told to evacuate by Friday, and by the time the storm made landfall on Saturday the town was empty.', [['Friday', 'DATE', '2026-03-06'], ['Saturday', 'DATE', '2026-03-07']]],
  ['2026-03-09', 'The rebels, who were told to lay down their arms by Friday, ignored the order and attacked on Saturday.', [['Friday', 'DATE', '2026-03-06'], ['Saturday', 'DATE', '2026-03-07']]],
  ['2026-03-09', 'Voters had until Friday to register, and more than 3,000 did so, the county clerk said on Monday.', [['Friday', 'DATE', '2026-03-06'], ['Monday', 'DATE', '2026-03-09']]],
  ['2026-03-11', 'The company missed the deadline of Friday.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-11', 'Negotiators met the Sunday deadline.', [['Sunday', 'DATE', '2026-03-08']]],
  ['2026-03-04', 'The deadline for bids was Friday.', [['Friday', 'DATE', '2026-02-27']]],
  ['2026-03-09', 'Israel gave Hamas until midnight Sunday to accept, and the strikes resumed on Monday.', [['midnight Sunday', 'TIME', '2026-03-08T24:00'], ['Monday', 'DATE', '2026-03-09']]],
  ['2026-03-07', 'The strike lasted until midnight Friday.', [['midnight Friday', 'TIME', '2026-03-06T24:00']]],
]);

// Review 2, item 5: a deadline the sentence shows not met ("failed to meet", "failed to agree … by"), an act after
// the deadline told in the past, a span of withholding or letting ("gave no details until Friday.", "allowed visitors
// until Friday.") and an outcome told after it ("and 90 percent did") keep the tense's reading (DCT Saturdays: the
// last Friday 03-13 or 03-06).
table('a deadline not met, passed, or no deadline: the tense decides', [
  ['2026-03-14', 'Lawmakers failed to agree on a budget by the Friday deadline, forcing a shutdown.', [['Friday', 'DATE', '2026-03-13']]],
  ['2026-03-07', 'Negotiators failed to meet the Friday deadline.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-14', 'After the Friday deadline, the rebels attacked.', [['Friday', 'DATE', '2026-03-13']]],
  ['2026-03-07', 'Police gave no details until Friday.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-07', 'The company gave no comment until Friday.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-07', 'The museum allowed visitors until Friday.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-07', 'Investors had until Friday to tender their shares, and 90 percent did.', [['Friday', 'DATE', '2026-03-06']]],
  // Still ahead: an act after the deadline told in the future.
  ['2026-03-12', 'After the Friday deadline, sanctions will follow.', [['Friday', 'DATE', '2026-03-13']]],
  // The one given the time went on to act, in the past: the deadline is gone; the giver's own act says nothing of it.
  ['2026-03-07', 'He was given until noon Friday to leave the country and flew to Dubai.', [['noon Friday', 'TIME', '2026-03-06T12:00']]],
  // The shared parse reads the verb after "and" in its sentence: "paid" is a past tense, "pay" is not.
  ['2026-03-07', 'The firm was given until Friday to settle the debt and paid it in full.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-05', 'The firm was given until Friday to settle the debt and pay a fine.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-05', 'Officials gave the rebels until Friday to leave and warned of air strikes.', [['Friday', 'DATE', '2026-03-06']]],
  ['2026-03-05', 'The rebels were given until Friday to leave and hand over their weapons.', [['Friday', 'DATE', '2026-03-06']]],
]);

// Session 13 (issue 18, item 2): "a deadline of midnight Friday" is one TIME on the coming day whatever the tense
// of the saying; a later day told in the present leaves the deadline ahead; a saying dated after the deadline is the
// time it points forward from (DCT 2015-07-08 is a Wednesday; last week is 06-29 to 07-05).
table('deadline of midnight Friday, a later day in the present, a dated saying', [
  ['2015-07-08', 'The agency set a deadline of midnight Friday for bids.', [['midnight Friday', 'TIME', '2015-07-10T24:00']]],
  ['2015-07-08', 'The union set a deadline of noon Sunday, officials said.', [['noon Sunday', 'TIME', '2015-07-12T12:00']]],
  ['2015-07-08', 'Negotiators face a Friday deadline, and the board will meet on Monday.', [['Friday', 'DATE', '2015-07-10'], ['Monday', 'DATE', '2015-07-13']]],
  ['2015-07-08', 'The deadline for comments is Friday, the agency said last week.', [['Friday', 'DATE', '2015-07-03'], ['last week', 'DATE', '2015-W27']]],
  ['2015-07-08', 'The deadline for comments is Friday, the agency said on Monday.', [['Friday', 'DATE', '2015-07-10'], ['Monday', 'DATE', '2015-07-06']]],
  // Must not fire: a passed deadline keeps the past ("midnight on Friday" is one TIME, TimeML 1.2.1 §2.2.1); a past later day still ends the deadline.
  ['2015-07-08', 'The deadline passed at the stroke of midnight on Friday.', [['midnight on Friday', 'TIME', '2015-07-03T24:00']]],
  ['2015-07-08', 'Rebels had until Friday to leave, and the army moved in on Saturday.', [['Friday', 'DATE', '2015-07-03'], ['Saturday', 'DATE', '2015-07-04']]],
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
