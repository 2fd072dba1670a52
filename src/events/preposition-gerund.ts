import type { Span } from '../types.js';
import type { Term, Trigger } from './model.js';
import { subjectPhrase, triggerAt } from './phrases.js';
import { verbAfterSubject } from './predicates.js';

/** Prepositions that take a gerund whose subject is left out, being the clause's own: "after losing", "before signing", "without paying". */
const GERUND_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'since', 'while', 'without', 'upon', 'despite']);
/** Words that open another clause, past which the scan for the governing verb does not go: its subject would be that clause's. */
const CLAUSE_WORDS = /^(?:that|who|which|whose|when|because|although|though|if)$/;

/**
 * "Sinner beat Alcaraz on Sunday, five weeks after losing to the Spaniard", "The company cut 500 jobs
 * after losing a contract": a gerund right after such a preposition has no subject of its own; the
 * subject of the nearest finite verb before it does it (also one the tagger read as a noun: "beat"),
 * not the nearest name. Infinitives and gerunds between are skipped ("to win his first title, five
 * weeks after losing": the same subject). Null when the word is no such gerund or no verb is found.
 */
export function prepositionGerundSubject(text: string, terms: readonly Term[], trigger: Trigger, sentenceStart: number): Span | null {
  const i = terms.findIndex((t) => t.start === trigger.span.start);
  const term = terms[i];
  const preposition = terms[i - 1];
  if (!trigger.verb || !term || !preposition || !/ing$/.test(term.lower) || !GERUND_PREPOSITIONS.has(preposition.lower) || !/^\s+$/.test(text.slice(preposition.end, term.start))) return null;
  for (let k = i - 2; k >= 0 && terms[k]!.start >= sentenceStart; k--) {
    const t = terms[k]!;
    if (CLAUSE_WORDS.test(t.lower) || /[;:"\u201c\u201d]/.test(text.slice(t.end, terms[k + 1]!.start))) return null;
    const finite = t.tags.has('Verb') && !['Auxiliary', 'Copula', 'Modal', 'Infinitive', 'Gerund'].some((tag) => t.tags.has(tag));
    if (finite || (!t.tags.has('Verb') && verbAfterSubject(text, terms, k, sentenceStart) !== null)) return subjectPhrase(text, terms, triggerAt(trigger, t), sentenceStart);
  }
  return null;
}
