import { ROLE_HEADS, singularRole } from '../people/titles.js';
import type { Mention, Term } from './model.js';

/** "to", a modal or "do" right before a word makes it a verb. */
const VERB_BEFORE = /\b(?:to|will|would|can|could|may|might|must|shall|should|do|does|did)\s+$/i;

/** A word between a title's first word and the name: capitalized ("Energy Minister Prince Abdulaziz") or a role word ("trade minister Piyush Goyal"). */
const titleWord = (word: string): boolean => /^[A-Z]/.test(word) || ROLE_HEADS.has(word.toLowerCase());

/** Up to three words, then the blank before a name. */
const WORDS_TO_NAME = /^(?:[ \t]+([\w.'’-]+)){0,3}[ \t]+$/;

/**
 * Whether a word is, or opens, the title of the person named right after it ("and coach Carlo Ancelotti said", "with
 * manager Mikel Arteta", "Energy Minister Prince Abdulaziz bin Salman told", "trade minister Piyush Goyal said"): a role
 * word the tagger may read as a verb ("coach", "judge", "head"), or a word before one that tells its office ("Energy",
 * "Commerce", "trade"), which is then neither an event nor a verb that takes the name for object. The words up to the
 * name are title words, the last of them a role word; a first word not capitalized is no verb ("praised President Lula").
 */
export function titleOfPerson(text: string, term: Term, mentions: readonly Mention[]): boolean {
  // "hired him to coach Jordan Pickford", "will head John Smith's team": after "to" or a modal it is the verb.
  if (VERB_BEFORE.test(text.slice(Math.max(0, term.start - 8), term.start))) return false;
  return mentions.some((m) => {
    if (m.kind !== 'person' || m.start < term.end || m.start - term.end > 60) return false;
    const between = text.slice(term.end, m.start);
    if (!WORDS_TO_NAME.test(between)) return false;
    const words = between.trim().split(/\s+/).filter(Boolean);
    const last = words.length ? words[words.length - 1]! : term.text;
    return ROLE_HEADS.has(last.toLowerCase()) && words.every(titleWord) && (words.length === 0 || titleWord(term.text) || !term.tags.has('Verb'));
  });
}

/** The word right after another, on the same line. */
const NEXT_WORD = /^[ \t]+([\p{L}-]+)/u;

/**
 * Whether a noun only tells the office of the role word in lower case right after it: "the trade
 * minister said", "finance ministers met", "election officials": the office's field, no event.
 */
export function modifiesRole(text: string, term: Term): boolean {
  if (term.tags.has('Verb') || VERB_BEFORE.test(text.slice(Math.max(0, term.start - 8), term.start))) return false;
  // ("handing President Donald Trump a defeat": a role written as a title opens a name, the word before it is a verb's.)
  const next = NEXT_WORD.exec(text.slice(term.end, term.end + 40))?.[1];
  return next !== undefined && /^\p{Ll}/u.test(next) && singularRole(next) !== undefined;
}
