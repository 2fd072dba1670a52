import type { NlpSentenceJson } from '../pipeline/context.js';
import type { Span } from '../types.js';

/**
 * One word of the article as the people stage sees it: compromise's term copied into a plain
 * record, its span trimmed of a possessive ("Putin's" → "Putin") so that it slices the article.
 */
export interface Token {
  /** Index in the article's token list. */
  i: number;
  text: string;
  /** Lower case, diacritics and possessive removed: the key names are compared by. */
  key: string;
  start: number;
  end: number;
  /** The text between this word and the one before or after it: spaces, punctuation, a possessive 's. */
  pre: string;
  post: string;
  tags: ReadonlySet<string>;
  /** Index of the sentence (compromise's split, refined by the segment stage). */
  sentence: number;
  /** First word of its sentence, or of a line. */
  sentenceStart: boolean;
  /** Starts with a capital letter. */
  capitalized: boolean;
  possessive: boolean;
}

const POSSESSIVE = /(?:['’]s|s['’])$/u;
/** A capital, also after an elided French or Italian particle: "d'Alembert", "d’Ettorre". */
const CAPITAL = /^(?:[dl]['’])?\p{Lu}/u;

/** Plain ASCII, which has no accents to strip. */
const ASCII = /^[\x00-\x7f]*$/;

/** Lower-case, accent-free form of a word, for comparing names ("Jeenbekov's" → "jeenbekov"). */
export function nameKey(word: string): string {
  const bare = word.replace(POSSESSIVE, (m) => (m.startsWith('s') ? 's' : ''));
  // Most words are ASCII: decomposing them would change nothing, at a cost on every word.
  const unaccented = ASCII.test(bare) ? bare : bare.normalize('NFD').replace(/\p{M}/gu, '');
  return unaccented.toLowerCase();
}

/** A letter or digit: a term without one is punctuation or a symbol, not a word. */
const WORD_CHARACTER = /[\p{L}\p{N}]/u;
const ENDS_IN_APOSTROPHE = /['’]$/u;
const APOSTROPHE_BEFORE_SPACE = /['’]\s*$/u;
const PLURAL_POSSESSIVE = /s['’]$/u;
const LEADING_SPACE = /^\s+/u;
const TRAILING_SPACE = /\s+$/u;

/** Whether `text` has a line break between `from` and `to`, without slicing it. */
function lineBreakBetween(text: string, from: number, to: number): boolean {
  const at = text.indexOf('\n', from);
  return at >= 0 && at < to;
}

/**
 * The article's words from the shared compromise parse, in order. `sentenceStarts` are the
 * segment stage's sentence offsets: a word there starts a sentence even where compromise ran on.
 * Run once per article, on every term: regexes are hoisted and substrings made only when kept.
 */
export function tokensOf(parsed: readonly NlpSentenceJson[], text: string, sentences: readonly Span[] = []): Token[] {
  const starts = new Set(sentences.map((s) => s.start));
  const tokens: Token[] = [];
  let sentence = -1;
  for (const s of parsed) {
    sentence++;
    const terms = s.terms;
    for (let k = 0; k < terms.length; k++) {
      const term = terms[k]!;
      const { start, length } = term.offset;
      // The term's text is the article's at its offsets (`text.slice(start, start + length) === term.text`).
      if (term.text.length !== length || !text.startsWith(term.text, start) || !WORD_CHARACTER.test(term.text)) continue;
      const prev = tokens[tokens.length - 1];
      // Pre-tokenized text: "Clinton 's" is Clinton's.
      if (term.text === 's' && prev && (ENDS_IN_APOSTROPHE.test(term.pre) || APOSTROPHE_BEFORE_SPACE.test(prev.post))) {
        prev.possessive = true;
        continue;
      }
      const possessive = POSSESSIVE.test(term.text) && term.text.length > 2;
      const cut = possessive ? (PLURAL_POSSESSIVE.test(term.text) ? 1 : 2) : 0;
      // compromise can leave white space it does not split on (U+FEFF, U+00A0) inside a term.
      const raw = cut === 0 ? term.text : term.text.slice(0, term.text.length - cut);
      const lead = LEADING_SPACE.exec(raw)?.[0].length ?? 0;
      const unled = lead === 0 ? raw : raw.slice(lead);
      const word = TRAILING_SPACE.test(unled) ? unled.replace(TRAILING_SPACE, '') : unled;
      if (word === '') continue;
      const lineStart = !prev || prev.post.includes('\n') || term.pre.includes('\n') || lineBreakBetween(text, prev.end, start);
      if (starts.has(start) && prev && prev.sentence === sentence) sentence++;
      tokens.push({
        i: tokens.length,
        text: word,
        key: nameKey(word),
        start: start + lead,
        end: start + lead + word.length,
        pre: '',
        post: term.post,
        tags: term.tags,
        sentence,
        sentenceStart: k === 0 || lineStart || starts.has(start),
        capitalized: CAPITAL.test(word),
        possessive,
      });
    }
  }
  // Gaps from the text itself, so that "Clinton 's" and "CEO , Michael" read like "Clinton's" and "CEO, Michael".
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    t.pre = text.slice(i > 0 ? tokens[i - 1]!.end : 0, t.start);
    t.post = text.slice(t.end, i + 1 < tokens.length ? tokens[i + 1]!.start : text.length);
  }
  return tokens;
}
