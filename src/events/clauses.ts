import type { Span } from '../types.js';
import { within } from '../spans.js';
import type { Clause, Term } from './model.js';

/** Where a sentence may split into clauses: ", and", ", but", "; ", ", who", ", whose" (up to the comma where the main clause resumes). */
const SEPARATOR = /,\s+(?:and|but|while|whereas|although)\s+|;\s+|,\s+(?<relative>who|whose|which)\s+/giu;

const hasVerb = (terms: readonly Term[], from: number, to: number): boolean =>
  terms.some((t) => t.start >= from && t.end <= to && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund'));

/**
 * The clauses of a sentence. A separator splits only when both sides have a verb of their own,
 * so "Russia, Kyrgyzstan and Kazakhstan signed" stays one clause.
 */
export function splitClauses(text: string, sentence: Span, terms: readonly Term[]): Clause[] {
  const inSentence = terms.filter((t) => within(t, sentence));
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Array<{ at: number; next: number; relative: boolean; resumes?: boolean }> = [];
  SEPARATOR.lastIndex = 0;
  for (const m of body.matchAll(SEPARATOR)) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    const previous = cuts.length > 0 ? cuts[cuts.length - 1]!.next : sentence.start;
    if (at < previous) continue;
    const relative = Boolean(m.groups?.relative);
    if (relative || (hasVerb(inSentence, previous, at) && hasVerb(inSentence, next, sentence.end))) cuts.push({ at, next, relative });
    if (relative) {
      const end = resumption(text, inSentence, next, sentence.end);
      if (end) cuts.push({ ...end, relative: false, resumes: true });
    }
  }
  const clauses: Clause[] = [];
  let start = sentence.start;
  let relative = false;
  let resumes = false;
  for (const cut of [...cuts, { at: sentence.end, next: sentence.end, relative: false, resumes: false }]) {
    const first = inSentence.find((t) => t.start >= start);
    const subjectless = clauses.length > 0 && !relative && (resumes || (first !== undefined && first.tags.has('Verb')));
    clauses.push({ start, end: cut.at, sentence, subjectless, relative, resumes });
    start = cut.next;
    relative = cut.relative;
    resumes = cut.resumes ?? false;
  }
  return clauses;
}

/**
 * Where the main clause resumes after a relative clause set off by commas: "X, who met Y in
 * Austin, is scheduled to tour ..." — the next comma followed by a verb or an adverb.
 */
export function resumption(text: string, terms: readonly Term[], from: number, to: number): { at: number; next: number } | null {
  const comma = /,\s+/g;
  comma.lastIndex = from;
  for (let m = comma.exec(text); m && m.index < to; m = comma.exec(text)) {
    const next = m.index + m[0].length;
    const word = terms.find((t) => t.start >= next);
    if (!word || word.start !== next) continue;
    if (word.tags.has('Verb') || word.tags.has('Adverb')) return { at: m.index, next };
    return null;
  }
  return null;
}

/** The clause that holds an offset. */
export function clauseAt(clauses: readonly Clause[], at: number): Clause {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1]!;
}
