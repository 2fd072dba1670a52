import type { Token } from './tokens.js';
import { NAME_PARTICLES, NEVER_NAMES } from './words.js';

/** A stretch of capitalized words that could be a name: token indices, inclusive. */
export interface Run {
  first: number;
  last: number;
}

/** How a sentence uses capitals: in headline and all-caps lines they say nothing about names. */
export type Casing = 'normal' | 'title' | 'caps';

/** Abbreviated titles and initials after which ". " does not break a name ("Mr. Smith", "George W. Bush"). */
const DOTTED = /^(?:\p{Lu}|mr|mrs|ms|dr|prof|gen|col|lt|maj|capt|sgt|adm|gov|sen|rep|rev|st|hon|sr|jr|inc|corp|co|ltd)$/iu;
/** Parts of speech that make a capitalized sentence-initial word an ordinary word ("However", "Trade"). */
const ORDINARY = /^(?:Verb|Adjective|Adverb|Plural|Determiner|Preposition|Conjunction|Pronoun|Value|QuestionWord|Expression|Negative|Date)$/;

/** Whether compromise sees a person in this word. */
export const personTagged = (t: Token): boolean =>
  (t.tags.has('Person') || t.tags.has('FirstName') || t.tags.has('LastName')) && !t.tags.has('Honorific');

/** Whether two neighbouring words belong to one name: a space, a hyphen, "O' Leary", "W. Bush". */
export function joinable(text: string, left: Token, right: Token): boolean {
  const gap = text.slice(left.end, right.start);
  if (left.possessive) return false;
  if (/^\.[ \t]$/.test(gap)) return DOTTED.test(left.text);
  if (left.sentence !== right.sentence) return false;
  if (/^[ \t]{1,2}$/.test(gap) || /^[-‐]$/.test(gap) || /^ ?& ?$/.test(gap)) return true;
  // A quoted nickname inside a name: Robert "Bob" Kline.
  if (/^ ["“]$/.test(gap)) return /^["”] $/.test(right.post);
  if (/^["”] $/.test(gap)) return /^ ["“]$/.test(left.pre);
  return /^['’][ \t]?$/.test(gap) && /^[OD]$/.test(left.text); // "O' Leary", "D'Alema"
}

/** Labels of a picture's credit line, never a word of the name before them ("Ahmed Mohamed Image: Twitter"). */
const CREDIT_LABEL = /^(?:image|images|photo|photos|photograph|picture|credit|video|source)$/;

/** A word that can be part of a name wherever it stands. */
function nameShaped(t: Token, casing: Casing): boolean {
  if (CREDIT_LABEL.test(t.key) && /^\s?:/.test(t.post)) return false;
  if (casing === 'caps') return /^\p{L}/u.test(t.text);
  if (!t.capitalized || (t.tags.has('Date') && !personTagged(t))) return false;
  return !/\d/.test(t.text) && !NEVER_NAMES.has(t.key);
}

/** What the finders know about words beyond the parse: compromise's lexicon and the first-name lists. */
export interface WordKnowledge {
  /** compromise's lexicon knows the lower-case word as something other than a name ("trade"). */
  isOrdinaryWord(key: string): boolean;
  firstNames: ReadonlySet<string>;
  /** Words the article itself writes in lower case somewhere ("stock", "trade"). */
  lowercase: ReadonlySet<string>;
}

/** Function words that are never a first name, even when a name list has them ("Will Russia agree?"). */
const FUNCTION_TAGS = /^(?:Modal|Auxiliary|Determiner|Pronoun|Preposition|Conjunction|QuestionWord|Adverb|Copula)$/;

/** An opening quote right before a word: the quoted sentence starts there ('he said "Everyone told us...'). */
const QUOTE_OPENS = /(?:^|\s)["“]$/;
/** A capitalized word and a space right before the opening quote: 'John "Junior'. */
const NAME_BEFORE_QUOTE = /\p{Lu}[\p{L}.'’-]*\s+["“]$/u;
/** A short quotation closed before a capitalized word: 'Junior" Gotti', 'Fast Eddie" Edwards'. */
const CLOSED_BEFORE_NAME = /^[^"“”\n]{1,30}["”]\s+\p{Lu}/u;

/** A quoted nickname between a given name and a surname ('John "Junior" Gotti', 'Earvin "Magic" Johnson'): no quotation's first word. */
const nickname = (t: Token, text: string): boolean =>
  NAME_BEFORE_QUOTE.test(text.slice(Math.max(0, t.start - 40), t.start)) && CLOSED_BEFORE_NAME.test(text.slice(t.start, t.start + 40));

/**
 * A capitalized first word of a sentence (or of a quotation) that is just an ordinary word written with a capital
 * ("However", "Trade"), unless it is a listed first name before another capitalized word ("Buzz Hargrove").
 */
export function ordinaryInitial(t: Token, next: Token | undefined, text: string, known: WordKnowledge): boolean {
  if (!(t.sentenceStart || (QUOTE_OPENS.test(t.pre) && !nickname(t, text))) || personTagged(t)) return false;
  if (NEVER_NAMES.has(t.key)) return true;
  const tags = [...t.tags];
  if (known.firstNames.has(t.key) && next?.capitalized && joinable(text, t, next) && !tags.some((g) => FUNCTION_TAGS.test(g))) return false;
  if (tags.some((g) => ORDINARY.test(g)) || known.lowercase.has(t.key)) return true;
  return !t.tags.has('ProperNoun') && known.isOrdinaryWord(t.key);
}

/**
 * A short lower-case word hyphened to the last word of a run of at least two names, that is no
 * English word: the second syllable of a romanized given name ("Lam Cheuk-ting", "Yau Wai-ching").
 * "Clinton-era", "Moscow-based" stay out: one word before the hyphen, or an ordinary word after it.
 */
function hyphenatedGivenName(text: string, open: Run, prev: Token, t: Token, next: Token | undefined, known: WordKnowledge): boolean {
  if (open.last === open.first || open.last !== prev.i || !prev.capitalized || !/^[-‐]$/.test(text.slice(prev.end, t.start))) return false;
  if (!/^\p{Ll}{2,5}$/u.test(t.text) || known.isOrdinaryWord(t.key)) return false;
  return next === undefined || !/^[-‐]$/.test(text.slice(t.end, next.start));
}

/**
 * Maximal runs of name-shaped words within one sentence. Lower-case particles join inside a run
 * ("Ludwig van Beethoven"); a sentence-initial ordinary word is left out ("However", "Trade").
 */
export function findRuns(
  tokens: readonly Token[],
  text: string,
  casingOf: (sentence: number) => Casing,
  known: WordKnowledge,
): Run[] {
  const runs: Run[] = [];
  let open: Run | null = null;
  const close = (): void => {
    if (open) {
      while (open.last > open.first && !tokens[open.last]!.capitalized && !/^[-‐]$/.test(tokens[open.last]!.pre)) open.last--;
      runs.push(open);
    }
    open = null;
  };
  for (const t of tokens) {
    const casing = casingOf(t.sentence);
    const prev = tokens[t.i - 1];
    const continues = open !== null && prev !== undefined && joinable(text, prev, t);
    if (nameShaped(t, casing) && !(casing === 'normal' && ordinaryInitial(t, tokens[t.i + 1], text, known))) {
      if (continues) open!.last = t.i;
      else {
        close();
        open = { first: t.i, last: t.i };
      }
    } else if (continues && casing === 'normal' && hyphenatedGivenName(text, open!, prev!, t, tokens[t.i + 1], known)) {
      // "Lam Cheuk-ting", "Hau Lung-bin": the lower-case second syllable of a given name is part of the name.
      open!.last = t.i;
    } else if (continues && casing === 'normal' && NAME_PARTICLES.has(t.key) && !t.capitalized) {
      // "Maria de la Cruz": particles join when a capitalized word follows them.
      let k = t.i + 1;
      while (tokens[k] && NAME_PARTICLES.has(tokens[k]!.key) && !tokens[k]!.capitalized && joinable(text, tokens[k - 1]!, tokens[k]!)) k++;
      if (tokens[k]?.capitalized && joinable(text, tokens[k - 1]!, tokens[k]!)) open!.last = t.i;
      else close();
    } else close();
  }
  close();
  return runs;
}

/** Casing of each sentence: all capitals, title case (a headline), or ordinary prose. */
export function sentenceCasings(tokens: readonly Token[], headline: { start: number; end: number } | null): Casing[] {
  const stats: Array<{ words: number; caps: number; upper: number; inHeadline: boolean; period: boolean; number: boolean; tokens: number }> = [];
  for (const t of tokens) {
    const s = (stats[t.sentence] ??= { words: 0, caps: 0, upper: 0, inHeadline: false, period: false, number: false, tokens: 0 });
    s.tokens++;
    if (headline && t.start >= headline.start && t.end <= headline.end) s.inHeadline = true;
    if (/[.!?]/.test(t.post)) s.period = true;
    if (/\p{N}/u.test(t.text)) s.number = true;
    if (!/^\p{L}/u.test(t.text) || t.text.length < 4) continue;
    s.words++;
    if (t.capitalized) s.caps++;
    if (t.text === t.text.toUpperCase()) s.upper++;
  }
  return Array.from(stats, (s, k) => {
    if (!s || s.words === 0) return 'normal';
    if (s.upper >= Math.max(2, 0.8 * s.words)) return 'caps';
    const titleLike = s.caps >= 0.8 * s.words && s.words >= 3;
    // Outside the headline, a line of names with a number or after a list number is a results or table line, not a heading:
    // "1. Eliud Kipchoge (Kenya) 2:01:39".
    const before = stats[k - 1];
    const listLine = !s.inHeadline && (s.number || (before !== undefined && before.tokens === 1 && before.number));
    return titleLike && !listLine && (s.inHeadline || !s.period) ? 'title' : 'normal';
  });
}
