import type { Candidate, DateRefiner } from '../candidate.js';

/** A bare month name, the whole candidate ("October", not "October 9" or "last October"). */
const BARE_MONTH = /^(?:January|February|March|April|May|June|July|August|September|October|November|December)$/;

/** The start of a sentence or line before the month: a line break or a full stop, then only whitespace or an opening quote. */
const SENTENCE_START = /[\n.!?]\s*["'“‘]?$/;

/**
 * A present-tense copula after it, not one pointing at a particular month: a progressive
 * ("is shaping up"), a scheduled or expected future ("is expected to", "is set", "is due"),
 * a state of this month ("is over", "is here", "is almost gone") or a negation.
 */
const PRESENT_COPULA =
  /^\s+(?:is|are)\s+(?!(?:expected|set|due|likely|going|poised|forecast|projected|scheduled|slated|over|here|almost|nearly|already|still|now|not|no\s+longer)\b|\w+ing\b)\w/;

/**
 * A month as the subject of a present-tense "is" at the start of a sentence says what that
 * month is every year ("April is the most ideal month", "October is National Magic Month"):
 * no particular year, `XXXX-04` (TimeML Annotation Guidelines 1.2.1 §2.2.3, values of generic
 * expressions leave the unknown year as `XXXX`). A month after a preposition is not the subject
 * ("Sales in October are up") and keeps its year.
 */
export const genericMonthRefiner: DateRefiner = {
  id: 'generic-months',
  refine(text, candidates) {
    return candidates.map((c): Candidate => {
      if (!c.yearless || c.parts || c.grain !== 'month') return c;
      if (!BARE_MONTH.test(text.slice(c.start, c.end))) return c;
      // The text's start counts as a line break.
      if (!SENTENCE_START.test(`\n${text.slice(Math.max(0, c.start - 8), c.start)}`)) return c;
      if (!PRESENT_COPULA.test(text.slice(c.end, c.end + 40))) return c;
      const { yearless } = c;
      return { ...c, source: 'generic-months', yearless: { ...yearless, at: () => yearless.at(null) } };
    });
  },
};
