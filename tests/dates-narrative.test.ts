import { describe, expect, it } from 'vitest';
import { datesOf, table } from './helpers/dates.js';

/** [document date, text, every item the text holds, in order] */

/**
 * Offsets from another time (anaphora.ts). TimeML Annotation Guidelines 1.2.1 §2.2.1: "two years
 * later", "a month earlier" are one DATE, the adverb inside the extent, valued from the time the
 * narrative is at (the last date stated before it), else from the document date. A length of time
 * before an event ("three days after the vote") is a DURATION; "after the vote" is a signal and an
 * event, outside the TIMEX3.
 */
table('offsets from another time', [
  ['2012-05-10', 'The treaty was signed on May 5, 2015. A month earlier, talks failed.', [['May 5, 2015', 'DATE', '2015-05-05'], ['A month earlier', 'DATE', '2015-04']]],
  ['2012-05-10', 'The treaty was signed on May 5, 2015. Two years later, it lapsed.', [['May 5, 2015', 'DATE', '2015-05-05'], ['Two years later', 'DATE', '2017']]],
  ['2012-05-10', 'He took office in March 2004 and resigned five days later.', [['March 2004', 'DATE', '2004-03'], ['five days later', 'DATE', '2004-03-XX']]],
  ['2012-05-10', 'Two years later, the plant will close.', [['Two years later', 'DATE', '2014']]],
  ['2012-05-10', 'Three days after the vote, he resigned.', [['Three days', 'DURATION', 'P3D']]],
  ['2012-05-10', 'Polls shifted two weeks before the election.', [['two weeks', 'DURATION', 'P2W']]],
  ['2012-05-10', 'Sales rose in 2010, up 6% from a year earlier.', [['2010', 'DATE', '2010'], ['a year earlier', 'DATE', '2009']]],
  [null, 'Two years later, the plant closed.', [['Two years later', 'DATE', 'XXXX']]],
]);

/**
 * Dates without a year (anchoring.ts, HeidelTime's news strategy). The year comes from a fully
 * specified date just before (the paragraph, or the sentence before it), else from the document
 * date moved by tense: a past clause about a later month is last year's, a future clause about an
 * earlier month next year's (TimeML 1.2.1 §2.2.3: the value is the date the expression refers to).
 */
table('dates without a year', [
  ['2012-05-10', 'The company was founded on March 3, 2004. On Feb. 28, it hired staff.', [['March 3, 2004', 'DATE', '2004-03-03'], ['Feb. 28', 'DATE', '2004-02-28']]],
  ['2012-05-10', 'The firm opened in 2004. In June it hired staff.', [['2004', 'DATE', '2004'], ['June', 'DATE', '2004-06']]],
  ['2012-05-10', 'The firm opened in 2004.\n\nIn June it will hire staff.', [['2004', 'DATE', '2004'], ['June', 'DATE', '2012-06']]],
  ['2012-05-10', 'Sales rose last March.', [['last March', 'DATE', '2012-03']]],
  ['2012-02-10', 'Sales rose last March.', [['last March', 'DATE', '2011-03']]],
  ['2012-02-10', 'Sales fell in December.', [['December', 'DATE', '2011-12']]],
  ['2012-11-10', 'The firm will report results on Feb. 28.', [['Feb. 28', 'DATE', '2013-02-28']]],
  ['2012-05-10', 'The firm reported results on Feb. 28.', [['Feb. 28', 'DATE', '2012-02-28']]],
  ['2012-05-10', 'Sales in 2010 rose. The company will report results in March.', [['2010', 'DATE', '2010'], ['March', 'DATE', '2013-03']]],
  // A sentence in the present tense alone is about the time of writing, not the past year the narrative was on
  // (HeidelTime's news strategy: the tense of the sentence; tense.ts `present`); a past verb anywhere in it wins.
  ['2012-05-10', 'The town was founded in 1835. The new market opens in July.', [['1835', 'DATE', '1835'], ['July', 'DATE', '2012-07']]],
  ['2012-05-10', 'The company was founded in 2004. Its feast day is in June.', [['2004', 'DATE', '2004'], ['June', 'DATE', '2012-06']]],
  ['2012-05-10', 'The company was founded in 2004. In June, it says, it hired staff.', [['2004', 'DATE', '2004'], ['June', 'DATE', '2004-06']]],
  [null, 'The firm reported results on Feb. 28.', [['Feb. 28', 'DATE', 'XXXX-02-28']]],
  // A decade states no year: a year-free month after it takes the document's year.
  ['1998-05-10', 'Prices fell in the 1950s. Sales fell in March.', [['the 1950s', 'DATE', '195'], ['March', 'DATE', '1998-03']]],
]);

/**
 * Anchored durations (anchored-durations.ts): a duration counted from a stated time points to it,
 * as TIMEX3 `anchorTimeID` does (TimeML 1.2.1 §2.2.3); one counted from an event points nowhere.
 * [text, the duration, the time it is anchored to or null]
 */
const anchored: Array<[string, string, [string, string] | null]> = [
  ['Polls shifted two weeks before May 5, 2012.', 'two weeks', ['May 5, 2012', '2012-05-05']],
  ['Stores filled up three days before Christmas.', 'three days', ['Christmas', '2011-12-25']],
  ['He resigned three days after the vote.', 'three days', null],
  ['The plant has been idle for two years.', 'two years', null],
];

describe('anchored durations', () => {
  it.each(anchored)('%s', (text, duration, anchor) => {
    const d = datesOf(text, '2012-05-10').find((x) => x.text === duration);
    expect(d?.type).toBe('DURATION');
    expect(d?.anchor ? [d.anchor.text, d.anchor.value] : null).toEqual(anchor);
    if (d?.anchor) expect(text.slice(d.anchor.start, d.anchor.end)).toBe(d.anchor.text);
  });
});

/** trailing-year.ts: year-free dates followed by "in" and a year take that year, each keeping its span. */
table('a year stated after the dates', [
  ['2019-09-10', 'He visited China between May and June in 1981.', [['May', 'DATE', '1981-05'], ['June', 'DATE', '1981-06'], ['1981', 'DATE', '1981']]],
  ['2019-09-10', 'He died on June 5 in 1981.', [['June 5', 'DATE', '1981-06-05'], ['1981', 'DATE', '1981']]],
  ['2019-09-10', 'Sales rose in March, in 2012 they fell.', [['March', 'DATE', '2019-03'], ['2012', 'DATE', '2012']]],
]);

/** tense.ts and anchoring.ts: a clause with an adverb of frequency tells what recurs; its month or weekday is no particular one (§2.2.3: `XXXX-07`). */
table('habitual clauses', [
  ['2019-09-10', 'Storms occur regularly from July to September.', [['July', 'DATE', 'XXXX-07'], ['September', 'DATE', 'XXXX-09']]],
  ['2019-09-10', 'Prices usually rise in December, analysts said.', [['December', 'DATE', 'XXXX-12']]],
  ['2019-09-10', 'He usually works on Monday.', [['Monday', 'DATE', 'XXXX-WXX-1']]],
  ['2019-09-10', 'Sales usually rose in December.', [['December', 'DATE', '2018-12']]],
  ['2019-09-10', 'The Fed often acts in June. It met on Tuesday.', [['June', 'DATE', 'XXXX-06'], ['Tuesday', 'DATE', '2019-09-10']]],
]);

// Review 2, item 3: an adverb of frequency reaches to the end of its clause, not past "but", ", and" or a semicolon
// into a clause that tells one past day.
table('habitual adverbs stop at the next clause', [
  ['2026-03-12', 'Typically, the central bank moves in small steps, but on Wednesday it raised rates by a full point.', [['Wednesday', 'DATE', '2026-03-11']]],
  ['2026-03-12', 'Usually, the market is quiet in August, but on Monday shares plunged 5%.', [['August', 'DATE', 'XXXX-08'], ['Monday', 'DATE', '2026-03-09']]],
  ['2026-03-12', 'The bank usually moves in small steps; on Wednesday it raised rates by a full point.', [['Wednesday', 'DATE', '2026-03-11']]],
  ['2026-03-12', 'Typically, the market is quiet in August, and on Monday shares plunged 5%.', [['August', 'DATE', 'XXXX-08'], ['Monday', 'DATE', '2026-03-09']]],
]);

/**
 * generic-months.ts: a month named as the subject of a present-tense "is" at the start of a
 * sentence says what that month is every year, no particular one (§2.2.3: `XXXX-10`). A month
 * after a preposition, a progressive or an expected future keeps the year from the document.
 */
table('a month as the subject of a present-tense statement', [
  ['2013-10-09', 'October is National Magic Month in the United States.', [['October', 'DATE', 'XXXX-10']]],
  ['2014-09-15', 'Rain falls often. April is the most ideal month.', [['April', 'DATE', 'XXXX-04']]],
  ['2014-09-15', '"June is when the tourists come," she said.', [['June', 'DATE', 'XXXX-06']]],
  // Must not fire: a month after a preposition, a past or progressive verb, an expected future.
  ['2014-09-15', 'Traders expect that October is calm.', [['October', 'DATE', '2014-10']]],
  ['2014-09-15', 'Sales in October are up 5%.', [['October', 'DATE', '2014-10']]],
  ['2014-09-15', 'October is expected to be busy.', [['October', 'DATE', '2014-10']]],
  ['2014-09-15', 'November is shaping up as a record month.', [['November', 'DATE', '2014-11']]],
  ['2014-09-15', 'April was the wettest month.', [['April', 'DATE', '2014-04']]],
  ['2014-09-15', 'The vote is on October 9 and it is final.', [['October 9', 'DATE', '2014-10-09']]],
]);

// Session 13 (issue 18, item 2): the present tense of a rule's start or end points ahead like a timetable (tense.ts
// FUTURE): a month before the DCT's is the coming one (TimeML 1.2.1 §2.2.3: the context, here the tense, gives the
// year an underspecified month leaves out). DCT 2015-07-08.
table('takes effect, comes into force, expires: the coming month', [
  ['2015-07-08', 'The new law takes effect in January.', [['January', 'DATE', '2016-01']]],
  ['2015-07-08', 'The rules come into force in March.', [['March', 'DATE', '2016-03']]],
  ['2015-07-08', 'The contract expires in February.', [['February', 'DATE', '2016-02']]],
  ['2015-07-08', 'The law, passed in March, takes effect in January.', [['March', 'DATE', '2015-03'], ['January', 'DATE', '2016-01']]],
  // A habit in another clause leaves the timetable present its coming month.
  ['2015-07-08', 'The offer expires in March, and such offers are usually renewed.', [['March', 'DATE', '2016-03']]],
  // Must not fire: told in the past, the month is this year's (or last year's when later than the DCT's).
  ['2015-07-08', 'The new law took effect in January.', [['January', 'DATE', '2015-01']]],
  ['2015-07-08', 'The ban, which took effect in September, was lifted on Monday.', [['September', 'DATE', '2014-09'], ['Monday', 'DATE', '2015-07-06']]],
]);
