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

/**
 * The article's words from the shared compromise parse, in order. `sentenceStarts` are the
 * segment stage's sentence offsets: a word there starts a sentence even where compromise ran on.
 */
export function tokensOf(parsed: readonly NlpSentenceJson[], text: string, sentences: readonly Span[] = []): Token[] {
  const starts = new Set(sentences.map((s) => s.start));
  const tokens: Token[] = [];
  let sentence = -1;
  for (const s of parsed) {
    sentence++;
    s.terms.forEach((term, k) => {
      const { start, length } = term.offset;
      if (text.slice(start, start + length) !== term.text || !/[\p{L}\p{N}]/u.test(term.text)) return;
      const prev = tokens[tokens.length - 1];
      // Pre-tokenized text: "Clinton 's" is Clinton's.
      if (term.text === 's' && prev && (/['’]$/u.test(term.pre) || /['’]\s*$/u.test(prev.post))) {
        prev.possessive = true;
        return;
      }
      const possessive = POSSESSIVE.test(term.text) && term.text.length > 2;
      const cut = possessive ? (/s['’]$/u.test(term.text) ? 1 : 2) : 0;
      // compromise can leave white space it does not split on (U+FEFF, U+00A0) inside a term.
      const raw = term.text.slice(0, term.text.length - cut);
      const lead = /^\s*/u.exec(raw)![0].length;
      const word = raw.slice(lead).replace(/\s+$/u, '');
      if (word === '') return;
      const lineStart = !prev || prev.post.includes('\n') || term.pre.includes('\n') || text.slice(prev.end, start).includes('\n');
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
    });
  }
  // Gaps from the text itself, so that "Clinton 's" and "CEO , Michael" read like "Clinton's" and "CEO, Michael".
  tokens.forEach((t, i) => {
    t.pre = text.slice(tokens[i - 1]?.end ?? 0, t.start);
    t.post = text.slice(t.end, tokens[i + 1]?.start ?? text.length);
  });
  return tokens;
}

