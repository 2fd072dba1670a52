import type { Term } from './model.js';
import { betweenSubjectAndVerb } from './phrases.js';

/** Words that make a subject name none of its kind: "Neither company", "No one", "None of the passengers", "Nobody", "Nothing". */
const NONE = /^(?:neither|no|none|nobody|nothing|no-one)$/;
/** Words of a subject after its quantifier: "of the two companies", "company", "Ford nor GM". */
const inSubject = (t: Term): boolean =>
  (['Determiner', 'Adjective', 'Value', 'Noun', 'Possessive'].some((tag) => t.tags.has(tag)) || t.lower === 'of' || t.lower === 'nor') && !t.tags.has('Verb') && !t.tags.has('Date');

/**
 * Whether the verb at `i` is denied by its subject: a noun phrase right before it (auxiliaries and
 * adverbs between) that opens with a negative quantifier ("Neither company was fined", "No one
 * was hurt", "None of the passengers was injured", "Neither Ford nor GM commented"). A comma, a
 * verb or a preposition of another phrase ends the look-back: "paid no fine and closed the plant"
 * keeps "closed".
 */
export function deniedBySubject(text: string, terms: readonly Term[], i: number, sentenceStart: number): boolean {
  const joined = (k: number) => /^\s+$/.test(text.slice(terms[k]!.end, terms[k + 1]!.start));
  const inSentence = (k: number) => k >= 0 && terms[k]!.start >= sentenceStart && joined(k);
  let k = i - 1;
  while (inSentence(k) && betweenSubjectAndVerb(terms[k]!) && !NONE.test(terms[k]!.lower)) k--;
  for (let words = 0; inSentence(k) && words < 8; k--, words++) {
    if (NONE.test(terms[k]!.lower)) return true;
    if (!inSubject(terms[k]!)) return false;
  }
  return false;
}
