import type { Span } from '../types.js';
import type { Term } from './model.js';
import { lemmaOf } from './lemma.js';
import { CONTROL_VERBS, MODAL_ADJECTIVES } from './predicates.js';

/**
 * The word of modality right before a verb's "to" ("plans" of "plans to buy", "set" of "was set
 * to land", "due" of "is due to fly"): no event of its own (predicates.ts; the modality rules read
 * it), but a word that reports the verb's event, as TimeML marks it, so another mention of that
 * record. `verbStart` is where the verb after "to" starts.
 */
export function controlBefore(text: string, terms: readonly Term[], verbStart: number): Span | undefined {
  const k = terms.findIndex((t) => t.end < verbStart && /^\s+to\s+$/.test(text.slice(t.end, verbStart)));
  const word = terms[k];
  if (!word || !/^\p{Ll}/u.test(word.text)) return undefined;
  const modal = word.tags.has('Verb') ? CONTROL_VERBS.has(lemmaOf(word)) : MODAL_ADJECTIVES.has(word.lower) || CONTROL_VERBS.has(word.lower);
  return modal ? { text: word.text, start: word.start, end: word.end } : undefined;
}
