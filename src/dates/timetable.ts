import type { Span } from '../types.js';
import { COUNTED_BEFORE, PLURAL_SUBJECT, SAYING } from './parsers/scheduled-present.js';

/** What ends a clause inside a sentence: a present verb past it is another clause's. */
const CLAUSE_EDGE = /[,;:()\[\]—–]/;

/** A present that is finite by its form: "is", "are", an -s form ("reopens", "ends"). */
const FINITE_PRESENT = /^(?:is|are|am|[a-z]+s)$/;

/** A word that a noun follows: a determiner, an owner, a verb of saying ("its exports", "the firm's sales", "says exports"). */
const BEFORE_A_NOUN = /(?:\b(?:the|a|an|its|their|his|her|our|this|that|these|those|said|told|says|tells)|['’]s)\s+$/i;

/**
 * Whether a present form is a plural noun the tagger took for a verb: after a word a noun follows, after a count ("cut
 * rates by 100 basis points between February and June"), or right after another present ("The minister says exports").
 */
const nounAfter = (text: string, verb: Span, presentForms: readonly Span[]): boolean =>
  BEFORE_A_NOUN.test(text.slice(Math.max(0, verb.start - 12), verb.start)) ||
  COUNTED_BEFORE.test(text.slice(Math.max(0, verb.start - 40), verb.start)) ||
  presentForms.some((v) => v.end < verb.start && /^\s+$/.test(text.slice(v.end, verb.start)));

/**
 * Whether a present-tense verb before a position in its clause names a timetable, what is still to come ("Lawmakers
 * vote on the bill in January", "The store reopens in February", "The museum is closed until April"): a finite form,
 * or a bare one after a plural subject ("Lawmakers vote"); not a verb of saying ("says rainfall in January hurt"), and
 * not a bare form after a singular subject, which is a past the tagger took for a present ("It cut them in March").
 * A verb after the date says what a month was like ("Rainfall in January is double the average"): only one before it counts.
 */
export function timetableBefore(text: string, sentence: Span, pos: number, presentForms: readonly Span[]): boolean {
  const verb = presentForms.filter((v) => v.start >= sentence.start && v.end <= pos).at(-1);
  if (!verb || CLAUSE_EDGE.test(text.slice(verb.end, pos))) return false;
  const word = text.slice(verb.start, verb.end).toLowerCase();
  if (SAYING.test(word) || nounAfter(text, verb, presentForms)) return false;
  if (FINITE_PRESENT.test(word)) return true;
  const subject = /([\w'’-]+)\s+$/.exec(text.slice(Math.max(0, verb.start - 30), verb.start))?.[1];
  return subject !== undefined && PLURAL_SUBJECT.test(subject);
}
