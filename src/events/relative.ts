import type { Term } from './model.js';
import { lemmaOf } from './lemma.js';
import { REPORTING_VERBS, subjectHeadMisread } from './predicates.js';

/** Pronouns that open a relative clause with no comma before it: "a wildfire that broke out", "the states that challenged". */
const RELATIVE = /^(?:that|which|who)$/;

/** Whether a word stands between a relative pronoun and its verb: "that had quickly spread", "who will not". */
const beforeVerb = (t: Term): boolean => ['Auxiliary', 'Adverb', 'Negative', 'Modal'].some((tag) => t.tags.has(tag)) && !t.tags.has('Preposition');

/**
 * Whether the term at `k` is a relative pronoun whose clause's subject is the noun right before it:
 * a noun (no verb: "said that" opens a reported clause), nothing but spaces between, and a verb
 * right after it, over auxiliaries and adverbs ("the news that prices rose" has a subject of its own).
 * Returns that verb's index, or -1.
 */
export function subjectRelativeVerb(text: string, terms: readonly Term[], k: number): number {
  const pronoun = terms[k];
  const noun = terms[k - 1];
  if (!pronoun || !noun || !RELATIVE.test(pronoun.lower) || !/^\s+$/.test(text.slice(noun.end, pronoun.start))) return -1;
  if ((!noun.tags.has('Noun') || noun.tags.has('Verb') || noun.tags.has('Pronoun')) && !subjectHeadMisread(terms, k - 1)) return -1;
  let j = k + 1;
  while (j < terms.length && beforeVerb(terms[j]!) && !terms[j]!.tags.has('Verb')) j++;
  const verb = terms[j];
  // ("told reporters that members who had voted would leave": a plural read as a verb that heads a subject of its own makes "that" open a reported clause.)
  return verb && verb.tags.has('Verb') && !verb.tags.has('Gerund') && !subjectHeadMisread(terms, j) ? j : -1;
}

/**
 * The relative pronoun that opens a clause before the verb at `i`, when that verb is the main
 * clause's, after the relative clause: "A wildfire that broke out Friday in the hills had burned",
 * "Lawyers for the states that challenged the policy said". The first such pronoun from `limit` on,
 * with no punctuation between it and the verb; after a verb that reports, only past the reported
 * clause's own verb. Returns its index, or -1.
 */
export function relativeBefore(text: string, terms: readonly Term[], i: number, limit: number): number {
  const verb = terms[i];
  if (!verb) return -1;
  for (let k = 1; k < i; k++) {
    if (terms[k]!.start < limit) continue;
    const own = subjectRelativeVerb(text, terms, k);
    if (own < 0 || own >= i) continue;
    if (/[,;:"\u201c\u201d()]/.test(text.slice(terms[k]!.end, verb.start))) return -1;
    // ("the official who said the fire spread quickly resigned": a reported clause holds the first verb after it, the main clause the next.)
    const reported = terms.slice(own, i).findIndex((t) => !t.tags.has('Auxiliary') && !t.tags.has('Modal') && t.tags.has('Verb'));
    const reports = reported >= 0 && REPORTING_VERBS.has(lemmaOf(terms[own + reported]!));
    const later = terms.slice(own + reported + 1, i).some((t) => t.tags.has('Verb') && !t.tags.has('Auxiliary') && !t.tags.has('Modal'));
    return reports && !later ? -1 : k;
  }
  return -1;
}
