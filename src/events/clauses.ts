import type { Span } from '../types.js';
import { within, type Clause, type Term } from './model.js';

/** Where a sentence may split into clauses: ", and", ", but", "; ", ", who". */
const SEPARATOR = /,\s+(?:and|but|while|whereas|although)\s+|;\s+|,\s+(?<relative>who|which)\s+/giu;

const hasVerb = (terms: readonly Term[], from: number, to: number): boolean =>
  terms.some((t) => t.start >= from && t.end <= to && t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Gerund'));

/**
 * The clauses of a sentence. A separator splits only when both sides have a verb of their own,
 * so "Russia, Kyrgyzstan and Kazakhstan signed" stays one clause.
 */
export function splitClauses(text: string, sentence: Span, terms: readonly Term[]): Clause[] {
  const inSentence = terms.filter((t) => within(t, sentence));
  const body = text.slice(sentence.start, sentence.end);
  const cuts: Array<{ at: number; next: number; relative: boolean }> = [];
  SEPARATOR.lastIndex = 0;
  for (const m of body.matchAll(SEPARATOR)) {
    const at = sentence.start + m.index;
    const next = at + m[0].length;
    const previous = cuts.length > 0 ? cuts[cuts.length - 1]!.next : sentence.start;
    const relative = Boolean(m.groups?.relative);
    if (relative || (hasVerb(inSentence, previous, at) && hasVerb(inSentence, next, sentence.end))) cuts.push({ at, next, relative });
  }
  const clauses: Clause[] = [];
  let start = sentence.start;
  let relative = false;
  for (const cut of [...cuts, { at: sentence.end, next: sentence.end, relative: false }]) {
    const first = inSentence.find((t) => t.start >= start);
    const subjectless = clauses.length > 0 && !relative && first !== undefined && first.tags.has('Verb');
    clauses.push({ start, end: cut.at, sentence, subjectless, relative });
    start = cut.next;
    relative = cut.relative;
  }
  return clauses;
}

/** The clause that holds an offset. */
export function clauseAt(clauses: readonly Clause[], at: number): Clause {
  return clauses.find((c) => at >= c.start && at < c.end) ?? clauses[clauses.length - 1]!;
}
