import type { Span } from '../types.js';
import type { Token } from './tokens.js';
import type { ArticleWords } from './detect.js';
import type { PersonEntity } from './link.js';
import { appositionAfter, titleBefore, type RoleClue } from './clues.js';
import { GENERIC_ROLES, NOBLE_STYLES, ROLE_HEADS, ROLE_MODIFIERS, roleName } from './titles.js';
import { isCommonWord } from './first-names.js';

/** A person's role as output: "Foreign Minister", with the country code or organization it belongs to. */
export interface ResolvedRole {
  role: string | null;
  affiliation: string | null;
}

interface Stated extends RoleClue {
  /** Said in prose, not in a headline or an all-caps line. */
  prose: boolean;
  sentence: number;
}

/** Officers only a firm has: "chief executive", "CFO", "chief global affairs officer". */
const isCorporateRole = (keys: readonly string[]): boolean =>
  /^(?:ceo|cfo|coo|cto|cio)$/.test(keys[keys.length - 1]!) || (keys.length > 1 && keys[0] === 'chief' && /^(?:executive|officer)$/.test(keys[keys.length - 1]!));

/** Country code of the qualifier's nationality or country; in prose, else the organization it names. */
function affiliationOf(w: ArticleWords, keys: readonly string[], qualifier: readonly Token[], prose: boolean): string | null {
  if (qualifier.length === 0 || qualifier.every((t) => w.geo.isNationality(t) && !w.geo.countryOf(t.text))) return null;
  // A country's word inside a longer place's name is no country ("New Jersey Governor" is not Jersey's).
  const inPlaceName = qualifier.length > 1 && w.geo.isPlace(w.text.slice(qualifier[0]!.start, qualifier[qualifier.length - 1]!.end).replace(/['’]s$/u, ''));
  for (let k = qualifier.length - 1; k >= 0 && !inPlaceName; k--) {
    const code = w.geo.countryOf(qualifier[k]!.text);
    if (code) return code;
  }
  // An organization the qualifier ends is named in full ("White House press secretary").
  const last = qualifier[qualifier.length - 1]!;
  const org = w.reserved.find((s) => s.text !== '' && s.start < last.end && last.start < s.end);
  if (org && prose) return w.text.slice(Math.min(org.start, qualifier[0]!.start), last.end);
  const whole = w.text.slice(qualifier[0]!.start, last.end).replace(/['’]s$/u, '');
  const code = w.geo.countryOf(whole);
  if (code) return code;
  // A place's name owns no firm's officer: "Meta's chief global affairs officer" is the firm's, whatever the gazetteer holds.
  const firmOwner = last.possessive && isCorporateRole(keys);
  // A place written before the title is the office's, whole ("New York City Mayor", "Texas Governor"); a place's possessive may
  // be where the person works rather than whose office it is ("Ohio's health director").
  return prose && (firmOwner || !last.possessive || !w.geo.isPlace(whole)) ? whole : null;
}

/** Every role stated beside a person: at their seeds (titles, appositions) and at each mention. */
function statedRoles(w: ArticleWords, entity: PersonEntity): Stated[] {
  const out: Stated[] = [];
  for (const seed of entity.seeds) {
    // "Dr. Maria Carrillo, chief science officer at X": a bare honorific before the name leaves the apposition to say the role.
    const clue = seed.clue?.keys.length === 0 ? appositionAfter(w.tokens, w.text, seed) : seed.clue;
    if (clue && typeof clue === 'object') out.push({ ...clue, prose: true, sentence: w.tokens[seed.first]!.sentence });
  }
  for (const m of entity.mentions) {
    const sentence = w.tokens[m.token]!.sentence;
    const clue = titleBefore(w.tokens, w.text, m.token);
    if (clue && !out.some((s) => s.at === clue.at)) out.push({ ...clue, prose: w.casingOf(sentence) === 'normal', sentence });
  }
  return out.filter((s) => s.keys.length > 0).sort((a, b) => Number(b.prose) - Number(a.prose) || a.at - b.at);
}

const isGeneric = (s: Stated): boolean => GENERIC_ROLES.has(s.keys[s.keys.length - 1]!);
const isCounterpart = (s: Stated): boolean => s.keys[s.keys.length - 1] === 'counterpart';

/**
 * Each person's role and affiliation: the first specific role stated in prose ("Foreign Minister"),
 * else a generic one ("leader"), else one from the headline. "His Kyrgyz counterpart, X" takes the
 * role of the person X is the counterpart of, and the nationality it states. An office after "its" is the organization's
 * that "its" stands for, among `bodies` (organization mentions): "FTX and its founder Sam Bankman-Fried" → FTX.
 */
export function resolveRoles(w: ArticleWords, entities: readonly PersonEntity[], bodies: readonly Span[] = []): ResolvedRole[] {
  // "after Ben Hogan, Gary Player, Jack Nicklaus": a word of another person's name is no role ("Player").
  const inOtherName = (n: number, s: Stated): boolean => entities.some((e, k) => k !== n && e.mentions.some((m) => s.at >= m.start && s.at < m.end));
  const stated = entities.map((e, n) => statedRoles(w, e).filter((s) => !inOtherName(n, s)));
  const direct = stated.map((list) => {
    const ranked = list.filter((s) => !isCounterpart(s));
    return ranked.find((s) => s.prose && !isGeneric(s)) ?? ranked.find((s) => s.prose) ?? ranked[0] ?? null;
  });
  return entities.map((entity, n) => {
    let chosen: { keys: string[]; from: Stated } | null = direct[n] && !isGeneric(direct[n]!) ? { keys: direct[n]!.keys, from: direct[n]! } : null;
    if (!chosen) {
      // "his Kyrgyz counterpart, X": the role of the other person named in that sentence.
      for (const s of stated[n]!.filter(isCounterpart)) {
        const other = entities.findIndex(
          (e, k) => k !== n && direct[k] && !isGeneric(direct[k]!) && e.mentions.some((m) => w.tokens[m.token]!.sentence === s.sentence && m.start < s.at),
        );
        if (other >= 0) {
          chosen = { keys: direct[other]!.keys, from: s };
          break;
        }
      }
    }
    if (!chosen && direct[n]) chosen = { keys: direct[n]!.keys, from: direct[n]! };
    if (!chosen) return { role: null, affiliation: null };
    chosen = { ...chosen, keys: withoutStyle(chosen.keys) };
    const portfolio = portfolioOf(w, chosen.keys, chosen.from);
    if (portfolio) return { role: `${portfolio} ${roleName(chosen.keys)}`, affiliation: null };
    const { keys, qualifier } = chosen.from.prose ? officeWordsOut(w, chosen.keys, chosen.from.qualifier) : { keys: chosen.keys, qualifier: chosen.from.qualifier };
    const named = chosen.from.prose && chosen.from.body ? (w.geo.countryOf(chosen.from.body) ?? chosen.from.body) : null;
    const affiliation = affiliationOf(w, keys, qualifier, chosen.from.prose) ?? named ?? (chosen.from.prose ? bodyOfIts(w.text, bodies, chosen.from.at) : null);
    return { role: roleName(keys), affiliation };
  });
}

/** An office followed by a royal or noble style keeps the office only ("Energy Minister Prince" → Energy Minister); a style alone is the role. */
function withoutStyle(keys: readonly string[]): string[] {
  let end = keys.length;
  while (end > 0 && NOBLE_STYLES.has(keys[end - 1]!)) end--;
  return end > 0 && end < keys.length && keys.slice(0, end).some((k) => ROLE_HEADS.has(k)) ? keys.slice(0, end) : [...keys];
}

/** Offices named by their portfolio ("Civil Protection Minister"): heads whose capitalized qualifier is the office's field. */
const PORTFOLIO_HEADS = new Set(['minister', 'secretary', 'commissioner']);

/** The portfolio before a minister's title, when the words are no nation, country or organization. */
function portfolioOf(w: ArticleWords, keys: readonly string[], from: Stated): string | null {
  const q = from.qualifier;
  if (!from.prose || q.length === 0 || !PORTFOLIO_HEADS.has(keys[keys.length - 1]!) || keys.length > 1) return null;
  if (q.some((t) => t.possessive || w.geo.isNationality(t) || w.geo.countryOf(t.text))) return null;
  const start = q[0]!.start;
  const end = q[q.length - 1]!.end;
  // "Air Force Secretary": an organization's name, even one only a guess reads, is whose office it is, not its portfolio.
  const bodies = [...w.reserved.filter((s) => s.text !== ''), ...w.weakOrganizations];
  if (bodies.some((s) => s.start < end && start < s.end) || w.geo.isPlace(w.text.slice(start, end))) return null;
  return w.text.slice(start, end);
}

/** Words that make a place's name of a county, a city or a state ("Los Angeles County"), which the gazetteer may lack whole. */
const ADMINISTRATIVE = /^(?:county|city|state|province|district|region|borough|parish)$/;

/**
 * Capitalized words of the office that the title's phrase left in its qualifier: a title's own words after a role word
 * ("Pfizer | Chief Scientific Officer"), and a service's common noun between a place and the title ("Los Angeles County | Fire
 * Chief", "New York | Police Commissioner"). What is left is whose office it is.
 */
function officeWordsOut(w: ArticleWords, keys: readonly string[], qualifier: readonly Token[]): { keys: string[]; qualifier: readonly Token[] } {
  let roleWord = qualifier.length - 1;
  while (roleWord >= 0 && !(qualifier[roleWord]!.capitalized && (ROLE_HEADS.has(qualifier[roleWord]!.key) || ROLE_MODIFIERS.has(qualifier[roleWord]!.key)))) roleWord--;
  if (roleWord > 0 && qualifier.slice(roleWord + 1).every((t) => t.capitalized && isCommonWord(t.key)))
    return { keys: [...qualifier.slice(roleWord).map((t) => t.key), ...keys], qualifier: qualifier.slice(0, roleWord) };
  for (let cut = qualifier.length - 1; cut >= Math.max(1, qualifier.length - 2); cut--) {
    const [owner, office] = [qualifier.slice(0, cut), qualifier.slice(cut)];
    if (!office.every((t) => t.capitalized && !t.possessive && isCommonWord(t.key) && !ADMINISTRATIVE.test(t.key))) break;
    const name = w.text.slice(owner[0]!.start, owner[owner.length - 1]!.end);
    const place = w.geo.isPlace(name) || (owner.length > 1 && ADMINISTRATIVE.test(owner[owner.length - 1]!.key) && w.geo.isPlace(name.slice(0, name.lastIndexOf(' '))));
    if (place && !owner[owner.length - 1]!.possessive) return { keys: [...office.map((t) => t.key), ...keys], qualifier: owner };
  }
  return { keys: [...keys], qualifier };
}

/** What joins a body to "its" before an office: "FTX and its founder", "Acme said its chief executive", "Acme, whose". */
const ITS_LINK = /^,? (?:and|with|along with|as well as|said|says|announced|named|appointed|hired) (?:that )?its $/;

/** The organization "its" right before the office at `at` stands for: the mention just before it, joined as `ITS_LINK` says. */
function bodyOfIts(text: string, bodies: readonly Span[], at: number): string | null {
  const body = bodies.filter((b) => b.end <= at && at - b.end <= 40).sort((a, b) => b.end - a.end)[0];
  return body && ITS_LINK.test(text.slice(body.end, at)) ? body.text : null;
}
