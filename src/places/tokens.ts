import type { Span } from '../types.js';

/** A word of the article with its offsets and how it is written. */
export interface Token {
  text: string;
  start: number;
  end: number;
  /** Starts with a capital letter ("Moscow", "St.", "U.S."). */
  capitalized: boolean;
  /** Written in capitals throughout ("US", "MOSCOW"). */
  allCaps: boolean;
  /** Index of the sentence it belongs to. */
  sentence: number;
  /** First word of its sentence, or first after an opening quote, bracket or colon. */
  initial: boolean;
  /** Its sentence is a headline or in capitals: capitals say nothing there. */
  caseless: boolean;
}

/**
 * Words: initialisms with their dots ("U.S.", "D.C."), abbreviations a place name starts with ("St.",
 * "Mt."), and letter runs with inner apostrophes ("d'Ivoire") but without a possessive ("Russia's" → "Russia", "JAPAN'S" → "JAPAN").
 */
const WORD =
  /(?:\p{Lu}\.){2,}|\b(?:St|Ste|Mt|Ft)\.|\p{L}[\p{L}\p{M}]*(?:['’](?![sS](?![\p{L}]))\p{L}[\p{L}\p{M}]*)*|\d+(?:[.,]\d+)*/gu;
/** Words shorter than this do not count when deciding whether a sentence is a headline. */
const CONTENT_WORD = 4;

/** All capitals, or Title Case without a closing period (a headline): capitals say nothing there. */
function isHeadlineLike(words: Token[], sentence: string): boolean {
  const content = words.filter((w) => w.text.length >= CONTENT_WORD && /^\p{L}/u.test(w.text));
  if (content.length === 0) return false;
  const caps = content.filter((w) => w.allCaps).length;
  if (content.length < 3) return caps === content.length;
  if (caps / content.length >= 0.6) return true;
  const capitalized = content.filter((w) => w.capitalized).length;
  return capitalized / content.length >= 0.75 && !/[.!?]["'”’)]*$/.test(sentence);
}

const SPACE = /\s/;

/** Opening quotes, brackets, a colon and dashes: a word after one starts afresh ("said: Moscow"). */
const OPENERS = '"“‘\'([:—–';

/**
 * Whether the text before `index` ends, white space aside, with an opener or a free-standing
 * hyphen ("(Moscow", "- Moscow"). It looks back from the word only: a test on the whole text
 * before each word would cost the sentence's length for every word.
 */
function followsOpener(body: string, index: number): boolean {
  let end = index;
  while (end > 0 && SPACE.test(body[end - 1]!)) end--;
  const last = body[end - 1];
  if (last === undefined) return false;
  return OPENERS.includes(last) || (last === '-' && (end === 1 || SPACE.test(body[end - 2]!)));
}

const INITIAL_CAPITAL = /^\p{Lu}/u;
const CAPITAL = /\p{Lu}/u;
const LOWER_CASE = /\p{Ll}/u;

/** The article's words, each with its sentence and whether its capital letter carries information. */
export function tokenize(text: string, sentences: readonly Span[] | undefined): Token[] {
  const spans = sentences && sentences.length > 0 ? sentences : [{ text, start: 0, end: text.length }];
  const tokens: Token[] = [];
  spans.forEach((sentence, index) => {
    const words: Token[] = [];
    WORD.lastIndex = 0;
    const body = sentence.text;
    for (let m = WORD.exec(body); m; m = WORD.exec(body)) {
      const start = sentence.start + m.index;
      words.push({
        text: m[0],
        start,
        end: start + m[0].length,
        capitalized: INITIAL_CAPITAL.test(m[0]),
        allCaps: CAPITAL.test(m[0]) && !LOWER_CASE.test(m[0]),
        sentence: index,
        initial: words.length === 0 || followsOpener(body, m.index),
        caseless: false,
      });
    }
    const caseless = isHeadlineLike(words, body);
    for (const w of words) tokens.push(caseless ? { ...w, caseless } : w);
  });
  return tokens;
}
