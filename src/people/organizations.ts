import type { Organization, Span } from '../types.js';
import type { Token } from './tokens.js';
import type { Casing } from './runs.js';
import { joinable } from './runs.js';
import type { Geography } from './geo.js';
import type { Rename } from './org-renames.js';
import { ACRONYM, CONNECTORS, initials, placeName, pluralOwner, pluralPossessive, type OrgSeed } from './org-seeds.js';
import { firstNames, isKnownOrganization, isOrdinaryWord } from './first-names.js';
import { eponymOwner } from './org-eponyms.js';
import { actsAsBody, addLeadingPhrases, addPlaceWords, coreOf, kindless } from './org-short-names.js';
import { ROLE_HEADS, ROLE_MODIFIERS } from './titles.js';
import { COMPANY_ROLES, ORG_SUFFIXES } from './words.js';

/** Abbreviations whose period belongs to the name ("Apple Inc."). */
const DOTTED_SUFFIX = /^(?:inc|corp|co|ltd|bros|plc)$/;

export interface FoundOrganizations {
  organizations: Organization[];
  /** Every organization mention, for the people finder to keep clear of. */
  spans: Span[];
}

/** An acronym in parentheses right after a span: its alias when the initials agree or the span is an organization. */
function acronymAfter(tokens: readonly Token[], text: string, span: OrgSeed): number | undefined {
  const next = tokens[span.last + 1];
  if (!next || !ACRONYM.test(next.text) || text.slice(tokens[span.last]!.end, next.start).trim() !== '(' || !next.post.trimStart().startsWith(')')) return undefined;
  return span.kind === 'named' || initials(tokens, span) === next.text.replace(/[.&]/g, '') ? next.i : undefined;
}

/**
 * The organizations of the seeds, each with every mention of its name, its short name or its
 * acronym, keeping clear of `taken` spans (people's mentions); a body's new name (`renamed`) is a name of the same organization.
 */
export function linkOrganizations(
  tokens: readonly Token[],
  text: string,
  seeds: readonly OrgSeed[],
  casingOf: (sentence: number) => Casing,
  geo: Geography,
  taken: readonly Span[],
  renamed: readonly Rename[] = [],
): FoundOrganizations {
  // Characters already taken, so that checking a candidate costs its length, not the number of spans.
  const covered = new Uint8Array(text.length);
  for (const s of taken) covered.fill(1, s.start, s.end);
  const free = (first: number, last: number): boolean => !covered.subarray(tokens[first]!.start, tokens[last]!.end).includes(1);
  // Names by key, longest first; "Apple" and "Apple Inc." are one organization, and so is an acronym.
  const byKey = new Map<string, Organization>();
  const keyOf = (first: number, last: number): string => tokens.slice(first, last + 1).map((t) => t.key).join(' ');
  // Acronyms by their letters alone: "M&S" and "U.N." are written with marks that initials leave out ("Marks & Spencer" → "MS").
  const acronyms = new Map(tokens.filter((t) => ACRONYM.test(t.text) && casingOf(t.sentence) !== 'caps').map((t) => [t.text.replace(/[.&]/g, ''), t.key]));
  // A guess at the owner that opens a longer name is no name of its own, there or elsewhere ("Alzheimer" of "Alzheimer's
  // Association" ... "an Alzheimer's drug").
  const owners = new Set(
    seeds.flatMap((n) => (n.kind !== 'named' ? [] : tokens.slice(n.first, n.last).filter((t) => t.possessive).map((t) => keyOf(n.first, t.i)))),
  );
  const innerOwner = (s: OrgSeed): boolean => s.kind !== 'named' && tokens[s.last]!.possessive && owners.has(keyOf(s.first, s.last));
  const ordered = seeds.filter((s) => free(s.first, s.last) && !innerOwner(s)).sort((a, b) => b.last - b.first - (a.last - a.first) || a.first - b.first);
  const leading = new Map<string, Set<Organization>>();
  for (const seed of ordered) {
    const key = keyOf(seed.first, seed.last);
    const core = coreOf(key);
    const name = text.slice(tokens[seed.first]!.start, tokens[seed.last]!.end);
    // A team's word alone is a team by the match around it ("Real Madrid ... Madrid now lead"), though a place's name.
    const team = seed.source === 'team';
    const org = byKey.get(key) ?? byKey.get(core) ?? companyOf(leading, key, team ? undefined : name, geo) ?? { name, mentions: [] };
    byKey.set(key, org);
    const words = key.split(' ');
    const short = core !== key ? leadingWords(core) : team && words.length > 1 ? [words[0]!, words[words.length - 1]!] : [];
    // A name found alone that is a company's without its kind words is that company ("Coral Ridge said" after "Coral Ridge Airways").
    const phrase = seed.kind === 'named' ? kindless(tokens.slice(seed.first, seed.first + core.split(' ').length), geo) : undefined;
    if (phrase !== undefined) short.push(phrase);
    for (const w of short) leading.set(w, (leading.get(w) ?? new Set()).add(org));
    // "European Company" is not called "European": a nation's word is no short name.
    if (!byKey.has(core) && (core === key || geo.countryOf(core) === undefined)) byKey.set(core, org);
    const acronym = seed.acronym ?? acronymAfter(tokens, text, seed);
    if (acronym !== undefined && !byKey.has(tokens[acronym]!.key)) byKey.set(tokens[acronym]!.key, org);
    // "CIS leaders" after "Commonwealth of Independent States", "GM" after "General Motors".
    const letters = initials(tokens, seed);
    const written = acronyms.get(letters);
    if (seed.last > seed.first && written !== undefined && !byKey.has(written) && !placeName(geo, letters)) byKey.set(written, org);
  }
  // A new name is the renamed body's ("Facebook renamed itself Meta ... Meta said").
  for (const { former, current } of renamed) {
    const org = byKey.get(keyOf(former.first, former.last));
    if (org && free(current.first, current.last)) byKey.set(keyOf(current.first, current.last), org);
  }
  // A firm named by a given name and a surname is called by the surname ("Eli Lilly ... Lilly expects", "Walt Disney ... Disney").
  for (const seed of ordered) {
    const [given, surname] = [tokens[seed.first]!, tokens[seed.last]!];
    if (seed.kind !== 'named' || seed.last !== seed.first + 1 || !firstNames().has(given.key) || byKey.has(surname.key)) continue;
    if (!geo.isPlace(surname.text) && !isOrdinaryWord(surname.key) && !ORG_SUFFIXES.has(surname.key)) byKey.set(surname.key, byKey.get(keyOf(seed.first, seed.last))!);
  }
  const shortNames = addLeadingWords(tokens, seeds, byKey, geo, casingOf);
  const phrases = addLeadingPhrases(tokens, seeds, byKey, geo);
  const placeWords = addPlaceWords(tokens, seeds, byKey, geo, casingOf);
  return linkMentions(tokens, text, byKey, casingOf, free, geo, shortNames, { phrases, placeWords });
}

/** The leading words of a company's name without its legal form, up to a connector ("ford" of "ford motor"; "bank" of "bank of america"). */
function leadingWords(core: string): string[] {
  const words = core.split(' ');
  const out: string[] = [];
  for (let k = 1; k < words.length && !CONNECTORS.test(words[k - 1]!) && words[k - 1] !== 'the'; k++) out.push(words.slice(0, k).join(' '));
  return out;
}

/**
 * The company whose legal name ("Ford Motor Co.") begins with a name found alone ("Ford shares rose"): its short name, where
 * one company of the article begins so and the name is no place nor a nation's word ("China" of "China Mobile Ltd"), unless
 * compromise's lexicon lists it as a firm ("Toyota", a town too). A club's first or last word found as a team (`name`
 * undefined: no place then) is the club ("Madrid" of "Real Madrid").
 */
function companyOf(leading: ReadonlyMap<string, ReadonlySet<Organization>>, key: string, name: string | undefined, geo: Geography): Organization | undefined {
  const companies = leading.get(key);
  if (!companies || companies.size !== 1) return undefined;
  if (name !== undefined && (geo.countryOf(key) !== undefined || (geo.isPlace(name) && !isKnownOrganization(key)))) return undefined;
  return [...companies][0];
}

/** Whether the words `first`..`last` stand somewhere in the article without the word at `next` after them. */
function namedAlone(tokens: readonly Token[], first: number, last: number, next: number): boolean {
  const words = tokens.slice(first, last + 1).map((t) => t.key);
  return tokens.some((t, i) => i !== first && words.every((w, k) => tokens[i + k]?.key === w) && tokens[i + words.length]?.key !== tokens[next]!.key);
}

/** Endings of adjectives of places and peoples ("Eurasian", "Atlantic", "Pacific"), which many organizations share. */
const ADJECTIVE_ENDING = /(?:ian|ean|ese|ish|ic)$/;

/**
 * A company called by the first word of its name ("Koyama" for "Koyama Hydraulics"), when that
 * word is distinctive: a word of no other organization of the article, not an English word
 * ("General", "United"), not the given name of a person named alone too ("Andy" of "Andy Warhol Foundation"), not a nationality or place adjective ("Eurasian") and not a place ("Russia").
 * Where prose names the word alone before the longer name, the word is a body of its own, the longer name its unit
 * ("Amazon said ... Amazon Web Services would cut jobs": a parent is not its unit); an article introduces a company by
 * its full name first ("Koyama Hydraulics ... Koyama").
 */
function addLeadingWords(tokens: readonly Token[], seeds: readonly OrgSeed[], byKey: Map<string, Organization>, geo: Geography, casingOf: (sentence: number) => Casing): Set<string> {
  const added = new Set<string>();
  const byWord = new Map<string, Set<Organization>>();
  const firstNamed = new Map<string, number>();
  for (const seed of seeds) {
    if (seed.kind !== 'named' || seed.last === seed.first) continue;
    const first = tokens[seed.first]!;
    const org = byKey.get(coreOf(tokens.slice(seed.first, seed.last + 1).map((t) => t.key).join(' ')));
    // An owner's possessive opening a name is no short name of it ("Alzheimer's Association" ... "an Alzheimer's drug").
    if (!org || !/^\p{Lu}\p{Ll}+$/u.test(first.text) || first.possessive) continue;
    // "Andy" of "Andy Warhol Foundation" is the given name of the person the article also names alone ("Image: Andy Warhol").
    const namedAfterPerson = firstNames().has(first.key) && seed.last > seed.first + 1 && namedAlone(tokens, seed.first, seed.first + 1, seed.first + 2);
    if (isOrdinaryWord(first.key) || namedAfterPerson || geo.isNationality(first) || ADJECTIVE_ENDING.test(first.key) || geo.isPlace(first.text)) continue;
    byWord.set(first.key, (byWord.get(first.key) ?? new Set()).add(org));
    if (casingOf(first.sentence) === 'normal') firstNamed.set(first.key, Math.min(firstNamed.get(first.key) ?? Infinity, seed.first));
  }
  for (const [word, orgs] of byWord) {
    if (orgs.size !== 1 || byKey.has(word)) continue;
    const named = firstNamed.get(word) ?? Infinity;
    const parent = tokens.find((t) => t.i < named && t.key === word && t.capitalized && casingOf(t.sentence) === 'normal' && !(tokens[t.i + 1]?.capitalized && tokens[t.i + 1]!.sentence === t.sentence));
    byKey.set(word, parent ? { name: parent.text, mentions: [] } : [...orgs][0]!);
    added.add(word);
  }
  return added;
}

/** Words after a name that make it a stock index's ("Dow Jones Industrial Average", "Nasdaq Composite", "Hang Seng Index"). */
const INDEX_WORDS = /^(?:industrial|composite|index)$/;
/** Last words of an index's own name ("the Hang Seng Index", "the Nasdaq Composite", "the Dow Jones Industrial Average"). */
const INDEX_ENDS = /^(?:index|composite|average)$/;
/** Verbs of a market's move, after an index's name and number ("The FTSE 100 fell"); not "lost" ("A United Airlines 777 lost a panel"). */
const INDEX_MOVES = /^(?:fell|falls|rose|rises|gained|gains|dropped|drops|climbed|climbs|jumped|jumps|slid|slides|slipped|slips|tumbled|tumbles|plunged|surged|surges|declined|declines|advanced|advances|closed|closes|ended|ends|edged|sank|soared)$/;

/**
 * A market's move in points or to a level after a name, which only an index makes: "Dow falls 340 points", "the Dow Jones
 * (DJIA), which fell 678 points", "the Nikkei closed at 10,245.50"; a company's shares move in percent or per share.
 */
const INDEX_MOVE =
  /^\)?(?:\s*\([^)]{1,12}\))?(?:,? which)? (?:(?:has|had|was|is) )?(?:fell|falls|rose|rises|gained|gains|lost|loses|dropped|drops|climbed|climbs|jumped|jumps|slid|slides|slipped|slips|tumbled|tumbles|plunged|plunges|plummeted|surged|surges|added|adds|shed|sheds|declined|declines|advanced|advances|closed|closes|ended|ends|finished|finishes|edged|sank|sinks|soared|soars)(?: (?:up|down|off|back|nearly|almost|about|some|more than|over))* (?:(?:(\d[\d,.]*) points?\b(?! (?:ahead|behind|clear|adrift|in the (?:\w+ )?(?:poll|survey|quarter|half|period|minutes|game|match|season))))|(?:(?:at|to|below|above|under|over) \d{1,3}(?:,\d{3})+))/;
/**
 * Points an index moves by, unlike a party's in a poll ("Labour rose 2 points") or a team's ("The Lakers added 12 points",
 * "Manchester City dropped 2 points"): at least twenty ("Dow falls 340 points"; not "the Dow rose 15 points", a known miss).
 */
const indexPoints = (points: string): boolean => Number(points.replace(/,/g, '')) >= 20;

/**
 * Whether the name ending at token `last` names a stock index rather than the organization: a name ending in an index's word
 * ("the Hang Seng Index", "the Nasdaq Composite"), a name that moves to a level or in points an index moves by (`INDEX_MOVE`, `indexPoints`), a name before an index's
 * capitalized words ("Dow Jones Industrial Average", "Nasdaq Composite") or before a number and the word index ("the
 * Standard & Poor's 500 index", "the S&P 500 index"). A number alone says nothing: a score ("Lakers 112, Celtics 108"), a
 * count ("the WHO 194 member states"), a flight ("Malaysia Airlines MH17") or an operator's aircraft ("a United Airlines
 * 777") follows an organization as readily as a model follows its maker ("Boeing 737").
 */
function namesIndex(tokens: readonly Token[], text: string, last: number): boolean {
  const name = tokens[last]!;
  if (INDEX_ENDS.test(name.key) && name.capitalized) return true;
  const move = INDEX_MOVE.exec(text.slice(name.end, name.end + 80));
  if (move && (move[1] === undefined || indexPoints(move[1]))) return true;
  const next = tokens[last + 1];
  if (!next || next.sentence !== name.sentence || !/^[ \t]$/.test(text.slice(name.end, next.start).replace(/^['’]s/, ''))) return false;
  if (/^\d+$/.test(next.text) && /^ind(?:ex|ices)$/.test(tokens[last + 2]?.key ?? '')) return true;
  // "The FTSE 100 fell 2 percent", "the Nikkei 225 rose": a name and a number that move together.
  if (/^\d{2,4}$/.test(next.text) && !name.possessive && INDEX_MOVES.test(tokens[last + 2]?.key ?? '')) return true;
  return !name.possessive && next.capitalized && INDEX_WORDS.test(next.key);
}

/** Nouns of an organization's sites ("its Cupertino headquarters", "their Detroit plant"). */
const SITES = /^(?:headquarters|hq|office|offices|plant|plants|factory|factories|campus|base|facility|site|store|branch)$/;

/** A place between an owner's pronoun and a site noun: the site's town, not an organization ("its Cupertino headquarters"). */
function siteTown(tokens: readonly Token[], first: number, last: number, geo: Geography): boolean {
  return /^(?:its|their)$/.test(tokens[first - 1]?.key ?? '') && SITES.test(tokens[last + 1]?.key ?? '') && geo.isAnyPlace(tokens.slice(first, last + 1).map((t) => t.text).join(' '));
}

/**
 * Whether the word at `i` opens a longer capitalized name than the company's it is the first word of ("National" of "renamed
 * National Rally" after "National Front"): the next word is capitalized and joined to it, and no title, legal form or date.
 */
function opensOtherName(tokens: readonly Token[], text: string, i: number): boolean {
  const next = tokens[i + 1];
  if (!next?.capitalized || !joinable(text, tokens[i]!, next) || /^[\p{N}]/u.test(next.text)) return false;
  return !ROLE_HEADS.has(next.key) && !ROLE_MODIFIERS.has(next.key) && !COMPANY_ROLES.has(next.key) && !ORG_SUFFIXES.has(next.key) && !next.tags.has('Date');
}

/** Every occurrence of every known name or acronym, longest first, never overlapping, but where it names a stock index. */
function linkMentions(
  tokens: readonly Token[],
  text: string,
  byKey: ReadonlyMap<string, Organization>,
  casingOf: (sentence: number) => Casing,
  free: (first: number, last: number) => boolean,
  geo: Geography,
  shortNames: ReadonlySet<string>,
  bodyOnly: { phrases: ReadonlySet<string>; placeWords: ReadonlySet<string> },
): FoundOrganizations {
  const keys = [...byKey.keys()].map((k) => k.split(' ')).sort((a, b) => b.length - a.length);
  const byFirst = new Map<string, string[][]>();
  for (const k of keys) byFirst.set(k[0]!, [...(byFirst.get(k[0]!) ?? []), k]);
  const spans: Span[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (!t.capitalized && casingOf(t.sentence) === 'normal') continue;
    const words = byFirst.get(t.key)?.find((k) => k.every((w, n) => tokens[i + n]?.key === w && (n === 0 || joinable(text, tokens[i + n - 1]!, tokens[i + n]!) || pluralPossessive(text, tokens[i + n - 1]!, tokens[i + n]!) || pluralOwner(text, tokens[i + n - 1]!) || eponymOwner(tokens, text, tokens[i + n - 1]!, geo))));
    if (!words || !free(i, i + words.length - 1) || siteTown(tokens, i, i + words.length - 1, geo)) continue;
    if (words.length === 1 && shortNames.has(t.key) && opensOtherName(tokens, text, i) && casingOf(t.sentence) === 'normal') continue;
    const key = words.join(' ');
    const place = words.length === 1 && bodyOnly.placeWords.has(key);
    if ((place || bodyOnly.phrases.has(key)) && !actsAsBody(tokens, i, i + words.length - 1, place)) continue;
    const last = tokens[i + words.length - 1]!;
    const end = last.end + (DOTTED_SUFFIX.test(last.key) && text[last.end] === '.' ? 1 : 0);
    const span: Span = { text: text.slice(t.start, end), start: t.start, end };
    // An index's name is still nobody's name ("the Dow Jones Industrial Average").
    if (!namesIndex(tokens, text, i + words.length - 1)) byKey.get(words.join(' '))!.mentions.push(span);
    spans.push(span);
    i += words.length - 1;
  }
  const organizations = [...new Set(byKey.values())].filter((o) => o.mentions.length > 0);
  for (const o of organizations) {
    o.mentions.sort((a, b) => a.start - b.start);
    // The name as written at its fullest mention ("Apple Inc.", not "Apple").
    o.name = o.mentions.reduce((best, m) => (m.text.length > best.length ? m.text : best), o.name);
  }
  organizations.sort((a, b) => a.mentions[0]!.start - b.mentions[0]!.start);
  return { organizations, spans };
}
