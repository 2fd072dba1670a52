import type { Token } from './tokens.js';

/** What `inPersonList` reads: the article's tokens and text, and the name tagger's reading of a word. */
export interface ListWords {
  tokens: readonly Token[];
  text: string;
  taggedAs(first: number, last: number): 'person' | 'other' | null;
  isOrdinaryWord(key: string): boolean;
}

/** A gap between two members of a list with no word in it: ", ", " & ", ", & ". */
const BARE_SEPARATOR = /^(?:\s*,\s*(?:&\s+)?|\s+&\s+)$/;

/** The next member of a list from token `i` going `step` (±1): over a comma or "&" alone, or over "and"/"or" (", and"). */
function neighbourMember(w: ListWords, i: number, step: 1 | -1): number | null {
  const { tokens, text } = w;
  const gap = (a: number, b: number): string => text.slice(tokens[Math.min(a, b)]!.end, tokens[Math.max(a, b)]!.start);
  const next = tokens[i + step];
  if (!next || next.sentence !== tokens[i]!.sentence) return null;
  if (/^(?:and|or)$/.test(next.key)) {
    // "A, B and C", "A, B, and C", "A or B".
    const other = i + 2 * step;
    const [a, b] = step === 1 ? [i, other] : [other, i];
    return tokens[other]?.sentence === next.sentence && /^,?\s+$/.test(gap(a, i + step)) && /^\s+$/.test(gap(i + step, b)) ? other : null;
  }
  if (BARE_SEPARATOR.test(gap(i, i + step))) return i + step;
  return null;
}

/**
 * Whether a lone capitalized word stands in a list of three or more lone capitalized words, joined by commas and a last
 * "and", "or" or "&", most of which (two at least) the name tagger reads as people's and none as another kind of name:
 * people are listed with people ("Zeus, Hera, Poseidon and Aphrodite", "Kane, Saka, Foden and Palmer", "(Hein, Reich,
 * Marks, & Grigorenko, 2016)"), though a word alone says too little ("Marks", "Poseidon" unread). A word the tagger
 * leaves unread must be no ordinary word. Not a list the tagger reads otherwise at one member ("Apple, Google and Pfizer").
 */
export function inPersonList(w: ListWords, at: number): boolean {
  const { tokens } = w;
  const glued = (a: Token | undefined, b: Token | undefined): boolean => !!a && !!b && a.capitalized && b.capitalized && /^\s+$/.test(w.text.slice(a.end, b.start));
  // A member is one capitalized word, not part of a longer name ("Kane, Bukayo Saka and Foden" has a full name inside).
  const reading = (i: number): 'person' | 'unread' | null => {
    const t = tokens[i]!;
    if (!t.capitalized || t.possessive || glued(tokens[i - 1], t) || glued(t, tokens[i + 1])) return null;
    const kind = w.taggedAs(i, i);
    return kind === 'person' ? 'person' : kind === null && !w.isOrdinaryWord(t.key) ? 'unread' : null;
  };
  const own = reading(at);
  if (own === null) return false;
  let members = 1;
  let persons = own === 'person' ? 1 : 0;
  for (const step of [-1, 1] as const) {
    // The list ends at a word that is no name ("…, & Grigorenko, 2016)"); a name read otherwise spoils it.
    for (let i = neighbourMember(w, at, step); i !== null && tokens[i]!.capitalized; i = neighbourMember(w, i, step)) {
      const r = reading(i);
      if (r === null) return false;
      members++;
      if (r === 'person') persons++;
    }
  }
  return members >= 3 && persons >= 2 && 2 * persons >= members;
}
