import type { ArticleNames } from '../ner/article-names.js';
import type { Span } from '../types.js';
import { HONORIFICS, ROLE_HEADS } from './titles.js';
import { COMPANY_ROLES, ORG_SUFFIXES, PLACE_NOUNS } from './words.js';
import type { Geography } from './geo.js';

/** Pronouns of a thing, not a person. */
const NEUTER_PRONOUNS = new Set(['its', 'itself']);

/** Nouns right before a title: "his book Hydrodynamica", "the film Match Point". */
const WORK_NOUNS = new Set(['book', 'novel', 'film', 'movie', 'album', 'song', 'play', 'opera', 'poem', 'treatise', 'essay', 'series', 'show', 'magazine', 'newspaper', 'journal']);

/** Nouns of a place's own institutions and people, after its name: "Austin police", "Austin's city council". */
const CIVIC_NOUNS = new Set([
  ...PLACE_NOUNS, 'council', 'councillors', 'councilors', 'police', 'mayor', 'residents', 'officials', 'authorities', 'voters',
  'schools', 'hospitals', 'airport', 'downtown', 'suburbs', 'streets', 'economy', 'population', 'government', 'legislature',
]);

/** Whether a lower-case civic noun follows the word at `i` (after its possessive and up to one more word: "Austin's city council"). */
function civicNounAfter(tokens: ArticleNames['tokens'], i: number): boolean {
  const t = tokens[i]!;
  for (let k = i + 1; k <= i + 2 && tokens[k] && tokens[k]!.sentence === t.sentence && !tokens[k]!.capitalized; k++) {
    if (!/^(?:['’]s?)?\s+$/u.test(tokens[k - 1]!.post)) return false;
    if (CIVIC_NOUNS.has(tokens[k]!.key)) return true;
  }
  return false;
}

/**
 * Single words the name tagger reads as a person at two places or more in the article's prose
 * ("Quilis (1964) ... Quilis noted ..."): a name used alone more than once is someone's. Left out
 * where anything says company: the tagger or compromise reading it as an organization anywhere,
 * a mention inside an organization's span, or a company role, title or legal word right after one
 * ("Chrysler Chief Executive", "Chrysler Group", "Airbus A330", but not a year in brackets: "Quilis (1964)");
 * acronyms ("ACPeds"); ordinary words, or words written in lower case in the article; a title after "book", "film"
 * ("his book Hydrodynamica"); and a place beside a larger place and a comma ("Exeter, Devon", "Preston, Victoria") or
 * after a place noun ("the suburb of Preston").
 */
export function repeatedPersonWords(
  tagged: ArticleNames,
  organizations: readonly Span[],
  known: { isOrdinaryWord(lower: string): boolean; lowercase: ReadonlySet<string> },
  geo: Geography,
): Set<string> {
  const { tokens } = tagged;
  const counts = new Map<string, number>();
  const notPerson = new Set<string>();
  const inside = (start: number, end: number): boolean => organizations.some((o) => o.start < end && start < o.end);
  const organization = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && (t.tags.has('Organization') || tagged.kindAt(i) === 'ORG' || inside(t.start, t.end));
  };
  for (const t of tokens) {
    const next = tokens[t.i + 1];
    const sameSentence = next !== undefined && next.sentence === t.sentence;
    if (organization(t.i)) notPerson.add(t.key);
    // "Chrysler Chief Executive", "Chrysler Group", "Airbus A330", "Boeing 777"; not a year cited in brackets ("Quilis (1964)").
    const modelNumber = /^\p{L}*\p{N}/u.test(next?.text ?? '') && /^[ -]$/.test(t.post);
    if (sameSentence && (COMPANY_ROLES.has(next.key) || ORG_SUFFIXES.has(next.key) || ROLE_HEADS.has(next.key) || HONORIFICS.has(next.key) || modelNumber)) notPerson.add(t.key);
    // "his book Hydrodynamica": a title, not a name.
    if (WORK_NOUNS.has(t.key) && next && sameSentence && /^ $/.test(t.post) && next.capitalized) notPerson.add(next.key);
    // "born in Exeter, Devon.", "Preston, Victoria, Australia": a place beside a place, closing the phrase; not
    // "in Rome, Jerome engaged" nor "Putin, Russia's president".
    const before = tokens[t.i - 1];
    if (before && before.sentence === t.sentence && /^, $/.test(before.post) && /^\s*[,.;:)\[]/.test(t.post) && geo.isPlace(before.text) && geo.isAnyPlace(t.text)) notPerson.add(t.key);
    if (next && sameSentence && /^, $/.test(t.post) && !next.possessive && /^\s*[,.;:)\[]/.test(next.post) && geo.isPlace(next.text) && geo.isAnyPlace(t.text)) notPerson.add(t.key);
    // "Austin's city council", "Austin police": a place's institutions, so the place.
    if (geo.isAnyPlace(t.text) && civicNounAfter(tokens, t.i)) notPerson.add(t.key);
    // "the Melbourne suburb of Preston", "the village of Bukhtarma" (a place the gazetteer may lack).
    if (before?.key === 'of' && PLACE_NOUNS.has(tokens[t.i - 2]?.key ?? '')) notPerson.add(t.key);
    // In a list with an organization: "GM and Chrysler", "Northrop Grumman and Airbus".
    if (t.key === 'and' || (t.key === 'or' && !t.capitalized)) {
      if (organization(t.i - 1) && tokens[t.i + 1]) notPerson.add(tokens[t.i + 1]!.key);
      if (organization(t.i + 1) && tokens[t.i - 1]) notPerson.add(tokens[t.i - 1]!.key);
    }
  }
  for (const n of tagged.names) {
    if (n.kind !== 'PER' || n.first !== n.last || tagged.casingOf(tokens[n.first]!.sentence) !== 'normal') continue;
    const t = tokens[n.first]!;
    if (!t.capitalized || inside(t.start, t.end)) {
      notPerson.add(t.key);
      continue;
    }
    // "ACPeds": an acronym, not a name.
    if (/^\p{Lu}{2}/u.test(t.text)) notPerson.add(t.key);
    // "at its Cupertino headquarters, Apple released": a thing's pronoun beside the name.
    for (let k = Math.max(0, n.first - 6); k <= n.first + 6 && k < tokens.length; k++)
      if (tokens[k]!.sentence === t.sentence && NEUTER_PRONOUNS.has(tokens[k]!.key)) notPerson.add(t.key);
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [key, n] of counts) if (n >= 2 && !notPerson.has(key) && !known.isOrdinaryWord(key) && !known.lowercase.has(key)) out.add(key);
  return out;
}

/**
 * Full names the name tagger reads as a person at two places or more in the article's prose, outside every
 * organization ("Dries Mertens made an early attempt ... Dries Mertens scored"), as their lower-case words joined by
 * spaces: the repetition vouches for a given name no list holds, even one that is also an English word ("dries").
 * Not a name whose last word the tagger reads in another name of several words too: a place's word more often than a
 * family's ("Petite Terre", "Grande Terre", "Terre de Haut").
 */
export function repeatedFullNames(tagged: ArticleNames, organizations: readonly Span[]): Set<string> {
  const { tokens } = tagged;
  const counts = new Map<string, number>();
  const namesWith = new Map<string, Set<string>>();
  for (const n of tagged.names) {
    if (n.first === n.last) continue;
    const key = tokens.slice(n.first, n.last + 1).map((t) => t.key).join(' ');
    for (let i = n.first; i <= n.last; i++) namesWith.set(tokens[i]!.key, (namesWith.get(tokens[i]!.key) ?? new Set()).add(key));
    if (n.kind !== 'PER' || tagged.casingOf(tokens[n.first]!.sentence) !== 'normal') continue;
    const start = tokens[n.first]!.start;
    const end = tokens[n.last]!.end;
    if (organizations.some((o) => o.start < end && start < o.end)) continue;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const alone = (key: string): boolean => namesWith.get(key.slice(key.lastIndexOf(' ') + 1))!.size === 1;
  return new Set([...counts].filter(([key, n]) => n >= 2 && alone(key)).map(([key]) => key));
}
