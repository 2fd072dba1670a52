import { ROLE_HEADS } from '../people/titles.js';
import type { Mention, Term } from './model.js';

/** "to", a modal or "do" right before a word makes it a verb. */
const VERB_BEFORE = /\b(?:to|will|would|can|could|may|might|must|shall|should|do|does|did)\s+$/i;

/**
 * Whether a word is the title of the person named right after it ("and coach Carlo Ancelotti
 * said", "with manager Mikel Arteta"): a role word the tagger may read as a verb ("coach",
 * "judge", "head"), which is then neither an event nor a verb that takes the name for object.
 */
export const titleOfPerson = (text: string, term: Term, mentions: readonly Mention[]): boolean =>
  ROLE_HEADS.has(term.lower) &&
  // "hired him to coach Jordan Pickford", "will head John Smith's team": after "to" or a modal it is the verb.
  !VERB_BEFORE.test(text.slice(Math.max(0, term.start - 8), term.start)) && mentions.some((m) => m.kind === 'person' && m.start >= term.end && /^[ \t]+$/.test(text.slice(term.end, m.start)));
