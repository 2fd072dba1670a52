import type { ParsedWords } from '../candidate.js';

/**
 * The verb right before a weekday ("meets on Monday", "resumes Monday", "is on Friday", "is meeting on Monday"), with
 * at most an adverb particle between ("meets again on Monday").
 */
const VERB_BEFORE_WEEKDAY =
  /\b(?<aux>(?:is|are|am)\s+)?(?<verb>(?!on\b)[a-z]+)\s+(?:(?:again|back|up|out|off|together|here|there|only)\s+)?(?:on\s+)?$/;

/** Verbs of saying: "says on Monday" tells when it was said, in the historical present of news. */
const SAYING = /^(?:say|says|tell|tells|claims?|adds?|notes?|writes?)$/;

/**
 * A present-tense verb right before the weekday names a timetable, what is to come ("The board meets on Monday",
 * "Trading resumes Monday", "The vote is on Friday", "The board is meeting on Monday"): the coming day, or the same
 * day (TimeML 1.2.1 §2.2.3; HeidelTime's news rule: a present tense points as a future one does). Not a verb of saying,
 * and only right before the day, so that a present about a past event ("He is in hospital after a crash on Monday")
 * keeps its day; not in a headline, whose present tells what happened.
 */
export function scheduledPresentBefore(text: string, start: number, end: number, words: ParsedWords): boolean {
  const from = Math.max(0, start - 40);
  const m = VERB_BEFORE_WEEKDAY.exec(text.slice(from, start));
  if (!m || inHeadline(text, start)) return false;
  const verb = m.groups!.verb!;
  if (SAYING.test(verb)) return false;
  if (m.groups!.aux) return /ing$/.test(verb);
  // "The vote is on Friday.": a copula names the day only when the day ends its clause ("Police are on Monday looking" does not).
  if (/^(?:is|are)$/.test(verb)) return /^\s*(?:[,.;:!?)]|$)/.test(text.slice(end, end + 2));
  return words.presentTenseAt(from + m.index + m[0].indexOf(verb, 0));
}

/** A headline's present tells what happened ("Stocks fall on Monday as oil slides"): the text's first line, with no full stop at its end. */
function inHeadline(text: string, pos: number): boolean {
  const lineStart = text.lastIndexOf('\n', pos - 1) + 1;
  if (text.slice(0, lineStart).trim() !== '') return false;
  const lineEnd = text.indexOf('\n', pos);
  return !/[.!?"”:]\s*$/.test(text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd));
}
