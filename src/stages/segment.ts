import type { Span } from '../types.js';
import type { Stage } from '../pipeline/stage.js';

/** Abbreviations that end in a period without ending a sentence. */
const ABBREVIATIONS = new Set(
  (
    'mr mrs ms dr prof gen col lt sgt capt cmdr adm gov sen rep st mt ft jr sr inc corp co ltd ' +
    'jan feb mar apr jun jul aug sep sept oct nov dec no nos vs etc approx est dept univ ave blvd'
  ).split(' '),
);

/** Sentence end: terminal punctuation, optional closing quote or bracket, then space. */
const BOUNDARY = /[.!?]+["'”’)\]]*(?=\s)/g;

function isAbbreviation(text: string, end: number): boolean {
  const word = /([A-Za-z.]+)\.$/.exec(text.slice(Math.max(0, end - 12), end + 1));
  if (!word) return false;
  const w = word[1]!.toLowerCase();
  // "U.S." and single initials ("J. Smith") do not end sentences when followed by a capital.
  return ABBREVIATIONS.has(w) || /^([a-z]\.)+[a-z]?$/.test(w) || /^[a-z]$/.test(w);
}

/** A clock's "a.m."/"p.m." ending at the period. */
const CLOCK_SUFFIX = /\d\s*[ap]\.m$/i;
/** Words that go on a clock time after "p.m.": a day, a month, a time zone ("8 p.m. Monday", "10 a.m. EST", "9 a.m. Eastern time"). */
const CLOCK_GOES_ON = /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?|Jan|Feb|Mar|Apr|May|June?|July?|Aug|Sept?|Oct|Nov|Dec|Eastern|Central|Mountain|Pacific|Atlantic|Greenwich|British|Moscow|Beijing|Tokyo|local|[A-Z]{1,5})\b/;

/** A place's time after a clock time: "9 p.m. Lagos time", "noon New York time". */
const PLACE_TIME = /^\s+(?:\p{Lu}\p{Ll}+\s+){1,2}time\b/u;

/**
 * Whether "a.m."/"p.m." ends its sentence: a capitalized word after it that is no day, month or time zone starts the next
 * ("shortly after 8 p.m. Police said").
 */
function clockEndsSentence(text: string, period: number, to: number): boolean {
  if (!CLOCK_SUFFIX.test(text.slice(Math.max(0, period - 8), period))) return false;
  const rest = text.slice(period + 1, to);
  const next = /^\s+(\S+)/.exec(rest);
  return next !== null && /^\p{Lu}\p{Ll}/u.test(next[1]!) && !CLOCK_GOES_ON.test(next[1]!) && !PLACE_TIME.test(rest);
}

/** Split one paragraph (no blank lines) into sentences, trimmed, with offsets. */
function splitParagraph(text: string, from: number, to: number, out: Span[]): void {
  let start = from;
  BOUNDARY.lastIndex = from;
  for (let m = BOUNDARY.exec(text); m && m.index < to; m = BOUNDARY.exec(text)) {
    const end = m.index + m[0].length;
    if (end > to) break;
    if (m[0].startsWith('.') && m[0].length === 1 && isAbbreviation(text, m.index) && !clockEndsSentence(text, m.index, to)) {
      // An abbreviation ends a sentence only when a lower-case-free new sentence clearly starts.
      continue;
    }
    const next = /\S/.exec(text.slice(end, to));
    if (next && /[a-z0-9]/.test(next[0])) continue;
    pushTrimmed(text, start, end, out);
    start = end;
  }
  pushTrimmed(text, start, to, out);
}

function pushTrimmed(text: string, start: number, end: number, out: Span[]): void {
  while (start < end && /\s/.test(text[start]!)) start++;
  while (end > start && /\s/.test(text[end - 1]!)) end--;
  if (end > start) out.push({ text: text.slice(start, end), start, end });
}

/**
 * Sentences with offsets. A line break ends a sentence unless the next line goes on in lower
 * case (hard-wrapped text); headlines, datelines and one-sentence-per-line corpora stay apart.
 */
export function splitSentences(text: string): Span[] {
  const out: Span[] = [];
  const lineBreak = /\n(?=\s*[^a-z\s])/g;
  let from = 0;
  for (let m = lineBreak.exec(text); m; m = lineBreak.exec(text)) {
    splitParagraph(text, from, m.index, out);
    from = m.index + 1;
  }
  splitParagraph(text, from, text.length, out);
  return out;
}

/** The dateline stands apart: the sentence after it starts past its dash ("MOSCOW (Reuters) - Talks began." → two spans). */
function splitAtDateline(sentences: Span[], text: string, dateline: { start: number; end: number } | null): Span[] {
  if (!dateline) return sentences;
  return sentences.flatMap((s) => {
    if (!(s.start <= dateline.start && dateline.end < s.end)) return [s];
    const rest = /^[\s\-–—:]*/.exec(text.slice(dateline.end, s.end))![0].length + dateline.end;
    const parts: Span[] = [];
    pushTrimmed(text, s.start, dateline.end, parts);
    pushTrimmed(text, rest, s.end, parts);
    return parts;
  });
}

/**
 * `segment`: sentences with offsets ("He left. She stayed." → two spans). When `read` found a
 * dateline, it is a segment of its own.
 */
export const segmentStage: Stage = {
  id: 'segment',
  description: 'split the text into sentences with offsets (the dateline apart); line breaks end a sentence unless the text goes on in lower case',
  reads: ['text'],
  adds: ['sentences'],
  run(article) {
    return { ...article, sentences: splitAtDateline(splitSentences(article.text), article.text, article.dateline ?? null) };
  },
};
