import type { ArticleNames } from '../ner/article-names.js';
import type { Span } from '../types.js';
import { HONORIFICS, ROLE_HEADS } from './titles.js';
import { COMPANY_ROLES, ORG_SUFFIXES } from './words.js';

/** Pronouns of a thing, not a person. */
const NEUTER_PRONOUNS = new Set(['its', 'itself']);

/**
 * Single words the name tagger reads as a person at two places or more in the article's prose
 * ("Quilis (1964) ... Quilis noted ..."): a name used alone more than once is someone's. Left out
 * where anything says company: the tagger or compromise reading it as an organization anywhere,
 * a mention inside an organization's span, or a company role, title or legal word right after one
 * ("Chrysler Chief Executive", "Chrysler Group"); acronyms ("ACPeds"); and ordinary words, or words written in lower
 * case in the article.
 */
export function repeatedPersonWords(
  tagged: ArticleNames,
  organizations: readonly Span[],
  known: { isOrdinaryWord(lower: string): boolean; lowercase: ReadonlySet<string> },
): Set<string> {
  const { tokens } = tagged;
  const counts = new Map<string, number>();
  const company = new Set<string>();
  const inside = (start: number, end: number): boolean => organizations.some((o) => o.start < end && start < o.end);
  const organization = (i: number): boolean => {
    const t = tokens[i];
    return t !== undefined && (t.tags.has('Organization') || tagged.kindAt(i) === 'ORG' || inside(t.start, t.end));
  };
  for (const t of tokens) {
    const next = tokens[t.i + 1];
    const sameSentence = next !== undefined && next.sentence === t.sentence;
    if (organization(t.i)) company.add(t.key);
    // "Chrysler Chief Executive", "Chrysler Group", "Airbus A330".
    if (sameSentence && (COMPANY_ROLES.has(next.key) || ORG_SUFFIXES.has(next.key) || ROLE_HEADS.has(next.key) || HONORIFICS.has(next.key) || /\p{N}/u.test(next.text))) company.add(t.key);
    // In a list with an organization: "GM and Chrysler", "Northrop Grumman and Airbus".
    if (t.key === 'and' || (t.key === 'or' && !t.capitalized)) {
      if (organization(t.i - 1) && tokens[t.i + 1]) company.add(tokens[t.i + 1]!.key);
      if (organization(t.i + 1) && tokens[t.i - 1]) company.add(tokens[t.i - 1]!.key);
    }
  }
  for (const n of tagged.names) {
    if (n.kind !== 'PER' || n.first !== n.last || tagged.casingOf(tokens[n.first]!.sentence) !== 'normal') continue;
    const t = tokens[n.first]!;
    if (!t.capitalized || inside(t.start, t.end)) {
      company.add(t.key);
      continue;
    }
    // "ACPeds": an acronym, not a name.
    if (/^\p{Lu}{2}/u.test(t.text)) company.add(t.key);
    // "at its Cupertino headquarters, Apple released": a thing's pronoun beside the name.
    for (let k = Math.max(0, n.first - 6); k <= n.first + 6 && k < tokens.length; k++)
      if (tokens[k]!.sentence === t.sentence && NEUTER_PRONOUNS.has(tokens[k]!.key)) company.add(t.key);
    counts.set(t.key, (counts.get(t.key) ?? 0) + 1);
  }
  const out = new Set<string>();
  for (const [key, n] of counts) if (n >= 2 && !company.has(key) && !known.isOrdinaryWord(key) && !known.lowercase.has(key)) out.add(key);
  return out;
}
