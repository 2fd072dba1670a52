import type { Organization } from '../types.js';
import type { Token } from './tokens.js';
import type { Casing } from './runs.js';
import type { Geography } from './geo.js';
import { CONNECTORS, type OrgSeed } from './org-seeds.js';
import { firstNames } from './first-names.js';
import { ROLE_HEADS } from './titles.js';
import { COMPANY_ROLES, ORG_SUFFIXES } from './words.js';

// A company's short names that need the text around them: a phrase without its kind words ("Sun Country" of "Sun Country
// Airlines") and a place word its name begins with ("Alaska" of "Alaska Air Group"), each the company only where used as one.

/** Legal-form and group words that a company's short name leaves off ("Apple Inc." is "Apple", "Chrysler Group" "Chrysler"). */
const LEGAL_SUFFIX = / (?:inc|incorporated|corp|corporation|co|company|ltd|limited|llc|llp|plc|gmbh|ag|sa|sas|sarl|spa|srl|se|nv|bv|oyj|oy|ab|asa|kk|bhd|pte|pty|tbk|group|holding|holdings)$/;
/** A key with its legal and group words taken off, repeatedly ("fiat group spa" → "fiat"). */
export function coreOf(key: string): string {
  for (let core = key; ; ) {
    const shorter = core.replace(LEGAL_SUFFIX, '');
    if (shorter === core) return core;
    core = shorter;
  }
}

/**
 * The words of a named seed's name without its legal form ("Alaska Air" of "Alaska Air Group"), its organization and whether
 * a legal form was left off, for each named seed of several words.
 */
function namedCores(tokens: readonly Token[], seeds: readonly OrgSeed[], byKey: ReadonlyMap<string, Organization>): Array<{ words: Token[]; org: Organization; legal: boolean }> {
  return seeds.flatMap((seed) => {
    if (seed.kind !== 'named' || seed.last === seed.first) return [];
    const core = coreOf(tokens.slice(seed.first, seed.last + 1).map((t) => t.key).join(' '));
    const org = byKey.get(core);
    const words = tokens.slice(seed.first, seed.first + core.split(' ').length);
    return org && !tokens[seed.first]!.possessive ? [{ words, org, legal: seed.first + words.length <= seed.last }] : [];
  });
}

/**
 * A company called by its name without its kind's words ("Sun Country" for "Sun Country Airlines", "Federal Reserve" for
 * "Federal Reserve Board"): the words before the trailing kind words (`ORG_SUFFIXES`), two or more capitalized words with no
 * connector, that no other organization of the article begins with and that name no place ("New York" of "New York Times").
 * Found alone, such a phrase would be read as a person's name ("Sun Country's closing price"); it is the company only where
 * `actsAsBody` says so ("the New Culture generation" of "New Culture Movement" is none). Returns the phrases so added.
 */
export function addLeadingPhrases(tokens: readonly Token[], seeds: readonly OrgSeed[], byKey: Map<string, Organization>, geo: Geography): Set<string> {
  const byPhrase = new Map<string, Set<Organization>>();
  for (const { words, org } of namedCores(tokens, seeds, byKey)) {
    const key = kindless(words, geo);
    if (key !== undefined) byPhrase.set(key, (byPhrase.get(key) ?? new Set()).add(org));
  }
  const added = new Set<string>();
  for (const [key, orgs] of byPhrase) {
    if (orgs.size !== 1 || byKey.has(key)) continue;
    byKey.set(key, [...orgs][0]!);
    added.add(key);
  }
  return added;
}

/** The key of `addLeadingPhrases`'s phrase of a name's words (its legal form off), or undefined where it has none. */
export function kindless(words: readonly Token[], geo: Geography): string | undefined {
  let n = words.length;
  while (n > 0 && ORG_SUFFIXES.has(words[n - 1]!.key)) n--;
  const phrase = words.slice(0, n);
  if (n < 2 || n === words.length || phrase.some((t) => !/^\p{Lu}\p{Ll}+$/u.test(t.text) || CONNECTORS.test(t.key) || t.possessive)) return undefined;
  // A given name and a surname are the eponym, a person ("Andy Warhol" of "Andy Warhol Foundation"); "Sun Country" is no one.
  const eponym = n === 2 && firstNames().has(phrase[0]!.key) && (phrase[1]!.tags.has('LastName') || phrase[1]!.tags.has('Person'));
  return eponym || geo.isAnyPlace(phrase.map((t) => t.text).join(' ')) ? undefined : phrase.map((t) => t.key).join(' ');
}

/**
 * A company whose name begins with a place's name ("Alaska" of "Alaska Air Group", "Newcastle" of "Newcastle United"), not a
 * nation's, named as a firm of a kind (`ORG_SUFFIXES`: "Air Group", not "Cleveland Museum of Art"): the place word is the
 * company only where `actsAsBody` says the text uses it so, and never where the article names the place alone before the
 * company ("Cleveland is a city ... the Cleveland Museum of Art"). Returns the place words so added.
 */
export function addPlaceWords(tokens: readonly Token[], seeds: readonly OrgSeed[], byKey: Map<string, Organization>, geo: Geography, casingOf: (sentence: number) => Casing): Set<string> {
  const byWord = new Map<string, Set<Organization>>();
  const firstNamed = new Map<string, number>();
  for (const { words, org, legal } of namedCores(tokens, seeds, byKey)) {
    const first = words[0]!;
    if (words.length < 2 || !(legal || ORG_SUFFIXES.has(words[words.length - 1]!.key)) || words.some((t) => CONNECTORS.test(t.key))) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(first.text) || !geo.isPlace(first.text) || geo.countryOf(first.key) !== undefined || geo.isNationality(first)) continue;
    byWord.set(first.key, (byWord.get(first.key) ?? new Set()).add(org));
    firstNamed.set(first.key, Math.min(firstNamed.get(first.key) ?? Infinity, first.i));
  }
  const added = new Set<string>();
  for (const [word, orgs] of byWord) {
    const named = firstNamed.get(word)!;
    const placeBefore = tokens.some((t) => t.i < named && t.key === word && casingOf(t.sentence) === 'normal' && !tokens[t.i + 1]?.capitalized);
    if (orgs.size !== 1 || byKey.has(word) || placeBefore) continue;
    byKey.set(word, [...orgs][0]!);
    added.add(word);
  }
  return added;
}

/** Verbs compromise tags, and the auxiliaries and modals among them ("Alaska will pay"). */
const VERB_TAGS = ['Verb', 'Modal', 'Auxiliary', 'PastTense', 'PresentTense'];

/**
 * Whether the short name at `first`..`last` stands for the company: its officer follows ("Alaska Chief Executive Ben
 * Minicucci", "Alaska CEO"), it owns what follows ("Sun Country's closing price"; not a government's officer: "Alaska's
 * governor"), or it opens a clause whose verb follows ("Alaska will pay $19.50 a share"), not after a preposition ("flights
 * to Alaska"); a phrase also before an apposition ("Sun Country, based in Minneapolis, flew"). Not a modifier ("the New
 * Culture generation") nor a name's first part ("at Madame Tussauds New York").
 */
export function actsAsBody(tokens: readonly Token[], first: number, last: number, place: boolean): boolean {
  const t = tokens[last]!;
  const next = tokens[last + 1];
  if (!next || next.sentence !== t.sentence) return !place;
  if (t.possessive) return !ROLE_HEADS.has(next.key);
  if (next.capitalized && (COMPANY_ROLES.has(next.key) || next.key === 'chief')) return true;
  if (!place && /^,/.test(t.post)) return true;
  const before = tokens[first - 1];
  const opens = !place || tokens[first]!.sentenceStart || !before || before.sentence !== t.sentence || /[,;:]/.test(before.post) || before.key === 'and';
  return opens && !next.capitalized && VERB_TAGS.some((tag) => next.tags.has(tag)) && !next.tags.has('Preposition');
}
