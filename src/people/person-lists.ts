import type { Token } from './tokens.js';
import type { Run } from './runs.js';

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

/** What `inFullNameList` reads besides `ListWords`: the article's capitalized runs and the given names. */
export interface FullNameListWords extends ListWords {
  runs: readonly Run[];
  firstNames: ReadonlySet<string>;
  /** Whether the gazetteer knows a place of that name. */
  isPlace(name: string): boolean;
}

/** The gap between two full names of a list: ", ", " and ", ", and ", " or ". */
const NAME_LIST_GAP = /^(?:\s*,\s*|,?\s+(?:and|or)\s+)$/;

/**
 * Whether run `r`, a full name, stands in a list of three or more full names ("with Tony Iommi, Geezer Butler and Bill Ward"),
 * at least one other of which the name tagger reads as a person's opening with a given name, and half of which at least the
 * tagger reads as people's or open with a given name: people are listed with people, though the tagger, reading the list as
 * a band's or a firm's, may leave the rest unread. No member may be a lone word, hold "&" or a word compromise tags a firm's,
 * nor be a place the gazetteer knows; and a lower-case noun before the list names its members' kind, whatever the tagger reads
 * of one ("the islands La Désirade, Petite Terre, Marie Galante and Les Saintes").
 */
export function inFullNameList(w: FullNameListWords, r: number): boolean {
  const { tokens, text, runs } = w;
  const linked = (a: Run, b: Run): boolean =>
    tokens[a.last]!.sentence === tokens[b.first]!.sentence && !tokens[a.last]!.possessive && NAME_LIST_GAP.test(text.slice(tokens[a.last]!.end, tokens[b.first]!.start));
  let from = r;
  let to = r;
  while (from > 0 && linked(runs[from - 1]!, runs[from]!)) from--;
  while (to < runs.length - 1 && linked(runs[to]!, runs[to + 1]!)) to++;
  const members = runs.slice(from, to + 1);
  if (members.length < 3) return false;
  const fullName = (m: Run): boolean =>
    m.last > m.first && !text.slice(tokens[m.first]!.start, tokens[m.last]!.end).includes('&') && tokens.slice(m.first, m.last + 1).every((t) => t.capitalized && !t.tags.has('Organization'));
  const place = (m: Run): boolean => w.isPlace(text.slice(tokens[m.first]!.start, tokens[m.last]!.end));
  const kind = tokens[members[0]!.first - 1];
  if (!members.every(fullName) || members.some(place) || (kind?.sentence === tokens[members[0]!.first]!.sentence && !kind.capitalized && kind.tags.has('Noun') && !kind.tags.has('Verb'))) return false;
  const person = (m: Run): boolean => w.taggedAs(m.first, m.last) === 'person';
  const given = (m: Run): boolean => w.firstNames.has(tokens[m.first]!.key);
  if (!members.some((m, k) => from + k !== r && person(m) && given(m))) return false;
  return 2 * members.filter((m) => person(m) || given(m)).length >= members.length;
}
