import type { Span } from './types.js';
import { within, type Offsets } from './spans.js';

/**
 * The article's headline: the first line, when it stands alone above a blank line and reads as a title (no final
 * period). The read stage sets it once; every stage asks `isTitleSentence` rather than keeping its own notion.
 */
export function findHeadline(text: string): Span | null {
  const match = /^[^\S\n]*(\S[^\n]{0,200}?)[^\S\n]*\n[^\S\n]*\n/.exec(text);
  if (!match || /[.!?]["”’]?$/.test(match[1]!)) return null;
  const start = match.index + match[0].indexOf(match[1]!);
  return { text: match[1]!, start, end: start + match[1]!.length };
}

/** How a sentence of prose ends: a full stop, question or exclamation mark, perhaps inside a quote or bracket. */
const SENTENCE_END = /[.!?]["”’)]?$/;

/**
 * Whether a sentence reads as a title: the headline, or a line that does not end as prose does (a title line the
 * reader did not take for the headline, as in one-sentence-per-line text with no blank line under it; a section
 * heading). A title's present tense tells what happened ("Boeing unveils new jet", "Stocks fall on Monday").
 */
export function isTitleSentence(text: string, headline: Offsets | null | undefined, sentence: Offsets): boolean {
  if (headline && within(sentence, headline)) return true;
  return !SENTENCE_END.test(text.slice(sentence.start, sentence.end).trimEnd());
}
