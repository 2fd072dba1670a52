import type { Token } from './tokens.js';
import type { Run } from './runs.js';
import { joinable } from './runs.js';
import { CAPITALIZED_ROLES, HONORIFICS, LEANINGS, ROLE_HEADS, ROLE_MODIFIERS, ROLE_QUALIFIERS, singularRole } from './titles.js';
import { ORG_DESCRIPTORS, REPORTING_VERBS, VERB_BRIDGES } from './words.js';
import { bodyAfterRole } from './role-bodies.js';

/** A title or role stated next to a name ("Russian Foreign Minister", ", the company's chief executive"). */
export interface RoleClue {
  /** Lower-case words of the role, without qualifiers: ["foreign", "minister"]; empty for "Mr.". */
  keys: string[];
  /** Words saying whose role it is: a nationality, a country or an organization ("Russian", "Chrysler"). */
  qualifier: Token[];
  /** Where the clue starts, for roles read in order. */
  at: number;
  /** The body named after the role in an apposition, when no qualifier comes before it ("an analyst at Morningstar"). */
  body?: string;
}

const isHead = (t: Token | undefined): boolean => t !== undefined && ROLE_HEADS.has(t.key);
const isRoleWord = (t: Token): boolean => ROLE_HEADS.has(t.key) || ROLE_MODIFIERS.has(t.key) || HONORIFICS.has(t.key);
const gap = (text: string, a: Token, b: Token): string => text.slice(a.end, b.start);
/** Punctuation after a word that closes an apposition; the period of "Inc." or "U.S." does not. */
const endsClause = (t: Token): boolean =>
  /[,;:!?()]/.test(t.post) || (/\./.test(t.post) && !t.tags.has('Abbreviation') && !/^(?:\p{Lu}|inc|corp|co|ltd|jr|sr|st)$/iu.test(t.text));

/** Tags of a sentence's first word that make it an ordinary word, not an organization or country. */
const ORDINARY_START = /\b(?:Verb|Adverb|Determiner|Preposition|Conjunction|Pronoun|QuestionWord|Expression|Date)\b/;

/** Words between a plural role and its names ("the prime ministers of the two countries, A and B"). */
const PLURAL_BRIDGE = /^(?:of|the|two|three|both|their|its|his|her|countries|nations|states|sides|companies|firms|governments|parties|teams|groups)$/;

/** Tags of a lower-case word that is no part of an office's name: "said", "the", "with", "two", "Monday". */
const NOT_FIELD = ['Verb', 'Adverb', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'QuestionWord', 'Value', 'Date', 'Negative'];
/** Prepositions in -ing that compromise can read as nouns before a title ("including musician X"). */
const ING_PREPOSITIONS = new Set(['including', 'excluding', 'regarding', 'concerning', 'following', 'according', 'during']);
const MAX_FIELD_WORDS = 3;
const POSSESSIVE_DETERMINERS = /^(?:its|his|her|their|our|my|your)$/;

/**
 * A lower-case noun or adjective naming an office's field inside a role phrase: "competition" in "EU competition
 * chief", "global affairs" in "chief global affairs officer"; not a verb of saying the tagger reads as a noun
 * ('," claims writer X'), nor a body's noun ("agency spokeswoman"). The first word of a sentence joined by a hyphen to one is lower case but for its place
 * ("Pan-democracy camp councillor").
 */
function fieldWord(text: string, t: Token, next: Token): boolean {
  if (t.sentenceStart && gap(text, t, next) === '-' && /^\p{Lu}\p{Ll}+$/u.test(t.text)) return true;
  if (t.capitalized || !/^\p{Ll}[\p{Ll}-]*$/u.test(t.text) || ING_PREPOSITIONS.has(t.key) || REPORTING_VERBS.has(t.key)) return false;
  // "its founder, Sam Bankman-Fried": a possessive determiner says whose the office is, never its field (compromise may read "its" as a noun).
  if (POSSESSIVE_DETERMINERS.test(t.key)) return false;
  // A lower-case word before a capitalized title is none of its words: ", handing President Donald Trump a victory" (compromise
  // reads "handing" as a noun there); "EU competition chief" is written in one case.
  if (next.capitalized) return false;
  // "agency spokeswoman", "company chairman": the noun of a body says whose role it is, not the office's field.
  if (ORG_DESCRIPTORS.has(t.key)) return false;
  return (t.tags.has('Noun') || t.tags.has('Adjective')) && !NOT_FIELD.some((tag) => t.tags.has(tag));
}

/** A hyphen between two tokens of one word ("first-time", "vice-president"). */
const hyphened = (text: string, a: Token | undefined, b: Token): boolean => a !== undefined && gap(text, a, b) === '-' && a.sentence === b.sentence;

/** The first token of the hyphenated word that token `k` ends or stands in ("first" of "first-time"). */
function compoundStart(tokens: readonly Token[], text: string, k: number): number {
  let a = k;
  while (a > 0 && hyphened(text, tokens[a - 1], tokens[a]!)) a--;
  return a;
}

/** A hyphenated word's key, its parts joined by hyphens ("vice-president"). */
const compoundKey = (parts: readonly Token[]): string => parts.map((t) => t.key).join('-');

/** A hyphenated word that is a role word as a whole or in every part ("vice-president", "co-founder", "deputy-chief"). */
const roleCompound = (parts: readonly Token[]): boolean =>
  ROLE_HEADS.has(compoundKey(parts)) || ROLE_MODIFIERS.has(compoundKey(parts)) || parts.every(isRoleWord);

/**
 * A hyphenated adjective that describes the person, not the office: a participle ("award-winning author", "long-serving
 * minister", "self-described socialist"), a count of times ("first-time director", "two-time champion") or a political
 * leaning ("far-right leader").
 */
const describesPerson = (parts: readonly Token[]): boolean => {
  const last = parts[parts.length - 1]!;
  return parts.length > 1 && (/(?:ing|ed)$/.test(last.key) || last.key === 'time' || parts[0]!.tags.has('Value') || LEANINGS.has(compoundKey(parts)));
};

/**
 * The role phrase ending at token `j`, walking left over role words: [first index, keys]. A hyphenated word is one word
 * there, and keeps its hyphen ("Vice-President", "anti-corruption chief").
 */
function rolePhraseEndingAt(tokens: readonly Token[], text: string, j: number): { from: number; keys: string[] } | null {
  const last = tokens[j];
  if (!last || !(isHead(last) || HONORIFICS.has(last.key) || singularRole(last.key))) return null;
  // "general" in lower case is no title, but the second half of one is ("the WTO director-general").
  const compound = j > 0 && hyphened(text, tokens[j - 1], last) && isHead(tokens[j - 1]);
  if (!last.capitalized && CAPITALIZED_ROLES.has(last.key) && !compound) return null;
  // The head's own hyphenated word joins it whole when it is a role's ("Vice-President"); else the head stands alone ("ex-president").
  const headStart = compoundStart(tokens, text, j);
  let from = roleCompound(tokens.slice(headStart, j + 1)) ? headStart : j;
  const walks = headStart === j || from === headStart;
  let fieldWords = 0;
  while (walks && from > 0) {
    const prev = tokens[from - 1]!;
    if (!joinable(text, prev, tokens[from]!) || prev.possessive || hyphened(text, prev, tokens[from]!)) break;
    const start = compoundStart(tokens, text, from - 1);
    const parts = tokens.slice(start, from);
    // "Centrist Mayor", "award-winning author": a leaning or a word about the person is no part of the office.
    if (LEANINGS.has(compoundKey(parts)) || describesPerson(parts)) break;
    if (parts.length > 1) {
      if (!roleCompound(parts)) {
        if (fieldWords === MAX_FIELD_WORDS || !fieldWord(text, parts[parts.length - 1]!, tokens[from]!) && !fieldWord(text, parts[0]!, parts[1]!)) break;
        fieldWords++;
      }
      from = start;
      continue;
    }
    const ofBridge = prev.key === 'of' && isHead(tokens[from - 2]) && ROLE_MODIFIERS.has(tokens[from]!.key);
    const field = !isRoleWord(prev) && !ROLE_QUALIFIERS.has(prev.key) && !ofBridge;
    if (field && (fieldWords === MAX_FIELD_WORDS || !fieldWord(text, prev, tokens[from]!))) break;
    if (field) fieldWords++;
    from--;
  }
  // An adjective no role word precedes describes the person, not the office ("veteran coach"; not "chief medical officer").
  const unitEnd = (k: number): number => {
    let e = k;
    while (e < j && hyphened(text, tokens[e], tokens[e + 1]!)) e++;
    return e;
  };
  while (from < j) {
    const parts = tokens.slice(from, unitEnd(from) + 1);
    if (parts.length > 1 ? roleCompound(parts) || parts[parts.length - 1]!.tags.has('Noun') : isRoleWord(parts[0]!) || ROLE_QUALIFIERS.has(parts[0]!.key) || parts[0]!.tags.has('Noun')) break;
    from += parts.length;
  }
  const units: Token[][] = [];
  for (let k = from; k <= j; k = unitEnd(k) + 1) units.push(tokens.slice(k, unitEnd(k) + 1));
  const keys = units
    .filter((u) => u.length > 1 || (!HONORIFICS.has(u[0]!.key) && !ROLE_QUALIFIERS.has(u[0]!.key)))
    .map((u, k, all) => (k === all.length - 1 ? compoundKey([...u.slice(0, -1), { ...u[u.length - 1]!, key: singularRole(u[u.length - 1]!.key) ?? u[u.length - 1]!.key }]) : compoundKey(u)));
  while (from < j && ROLE_QUALIFIERS.has(tokens[from]!.key)) from++;
  return { from, keys };
}

/** Capitalized or possessive words right before a role phrase: whose role it is. */
function qualifierBefore(tokens: readonly Token[], text: string, from: number): Token[] {
  const out: Token[] = [];
  for (let k = from - 1; k >= 0 && out.length < 4; k--) {
    const t = tokens[k]!;
    const next = tokens[k + 1]!;
    const attached = joinable(text, t, next) || (out.length === 0 && t.possessive && /^\s?['’]s?\s$/.test(gap(text, t, next)));
    // "New" of "New York City Mayor" opens the place's name; "New Mayor" is a qualifier of the role.
    const qualifies = ROLE_QUALIFIERS.has(t.key) && !(out.length > 0 && t.tags.has('ProperNoun'));
    // "Centrist Mayor", "Embattled Mayor": a leaning or a participle says how the person is, not whose office it is.
    const describes = LEANINGS.has(t.key) || (t.sentenceStart && out.length === 0 && t.tags.has('PastTense'));
    // "Air Force Secretary": compromise reads a name's first word as an imperative at the sentence's start.
    const ordinary = t.sentenceStart && ORDINARY_START.test([...t.tags].join(' ')) && !(t.tags.has('Imperative') && out[0]?.tags.has('ProperNoun'));
    if (!attached || !t.capitalized || qualifies || describes || ordinary) break;
    out.unshift(t);
  }
  return out;
}

/** A role with its object before a name: "Commissioner for Competition Neelie Kroes", "Minister of Foreign Affairs X". */
function roleWithObject(tokens: readonly Token[], text: string, nameFirst: number): RoleClue | null {
  let k = nameFirst - 1;
  while (k > nameFirst - 4 && k > 0 && tokens[k]!.capitalized && joinable(text, tokens[k]!, tokens[k + 1]!)) k--;
  const link = tokens[k];
  if (k === nameFirst - 1 || !link || !/^(?:for|of)$/.test(link.key) || !joinable(text, link, tokens[k + 1]!)) return null;
  const phrase = rolePhraseEndingAt(tokens, text, k - 1);
  if (!phrase || phrase.keys.length === 0 || !isHead(tokens[k - 1])) return null;
  const object = tokens.slice(k, nameFirst).map((t) => t.key);
  return { keys: [...phrase.keys, ...object], qualifier: qualifierBefore(tokens, text, phrase.from), at: tokens[phrase.from]!.start };
}

/**
 * A title right before a name ("President Putin", "Mr. Smith", "writer Chinghiz Aitmatov",
 * "Ryanair CEO, Michael O' Leary") or a plural one before a list of names ("the prime ministers of
 * the two countries, A and B").
 */
export function titleBefore(tokens: readonly Token[], text: string, nameFirst: number, listFirst = nameFirst): RoleClue | null {
  const name = tokens[nameFirst]!;
  const prev = tokens[nameFirst - 1];
  if (!prev) return null;
  const withObject = roleWithObject(tokens, text, nameFirst);
  if (withObject) return withObject;
  const between = gap(text, prev, name);
  if (joinable(text, prev, name) || /^\s?,\s+$/.test(between)) {
    const phrase = rolePhraseEndingAt(tokens, text, nameFirst - 1);
    if (phrase && (between.startsWith(',') ? phrase.keys.length > 0 : true))
      return { keys: phrase.keys, qualifier: qualifierBefore(tokens, text, phrase.from), at: tokens[phrase.from]!.start };
  }
  // A plural role a few words before a comma-led list of names.
  const head = tokens[listFirst - 1];
  if (!head || !/^\s?,\s+$/.test(gap(text, head, tokens[listFirst]!))) return null;
  for (let k = listFirst - 1, hops = 0; k >= 0 && hops < 6; k--, hops++) {
    const t = tokens[k]!;
    if (t.sentence !== name.sentence) return null;
    if (singularRole(t.key) && t.key !== singularRole(t.key)) {
      const phrase = rolePhraseEndingAt(tokens, text, k);
      if (phrase) return { keys: phrase.keys, qualifier: qualifierBefore(tokens, text, phrase.from), at: tokens[phrase.from]!.start };
    }
    if (!PLURAL_BRIDGE.test(t.key) || (k < listFirst - 1 && /[,;:.]/.test(t.post))) return null;
  }
  return null;
}

/**
 * The last head of a role whose field words stand between its heads in lower case ("chief science officer", "chief
 * investment officer"): the head at `k`, or a later one the role phrase ending there walks back to `k` from.
 */
function fieldHeadEnd(tokens: readonly Token[], text: string, k: number): number {
  for (let m = k + 1; m <= k + MAX_FIELD_WORDS + 1 && tokens[m] && joinable(text, tokens[m - 1]!, tokens[m]!) && !tokens[m]!.capitalized; m++) {
    if (isHead(tokens[m]) && (rolePhraseEndingAt(tokens, text, m)?.from ?? m) <= k) return m;
    if (/[,;:.()]/.test(tokens[m]!.post)) break;
  }
  return k;
}

/** The role in an apposition after a name ("X, the company's chief executive,"; "X, 49,"). */
export function appositionAfter(tokens: readonly Token[], text: string, run: Run): RoleClue | 'age' | null {
  const last = tokens[run.last]!;
  const next = tokens[run.last + 1];
  if (!next || next.sentence !== last.sentence || !/^\s?,\s+$/.test(gap(text, last, next))) return null;
  if (/^\d{1,3}$/.test(next.text) && /^\s?,/.test(next.post) && Number(next.text) >= 12 && Number(next.text) <= 110) return 'age';
  if (!/^(?:the|a|an|his|her|its|their|former|formerly|now|currently|then|also)$/.test(next.key) && !next.capitalized && !isRoleWord(next)) return null;
  for (let k = run.last + 1; k <= run.last + 8 && k < tokens.length; k++) {
    const t = tokens[k]!;
    if (t.sentence !== last.sentence || (t.tags.has('Verb') && !isRoleWord(t))) return null;
    if (isHead(t)) {
      let end = fieldHeadEnd(tokens, text, k);
      while (tokens[end + 1] && isHead(tokens[end + 1]) && joinable(text, tokens[end]!, tokens[end + 1]!)) end++;
      // "head of research at X", "chair of the board": a role written in lower case only before its "of" in an apposition.
      const ofRole = !tokens[end]!.capitalized && CAPITALIZED_ROLES.has(tokens[end]!.key) && tokens[end + 1]?.key === 'of' && joinable(text, tokens[end]!, tokens[end + 1]!);
      const phrase = rolePhraseEndingAt(tokens, text, end) ?? (ofRole ? { from: end, keys: [tokens[end]!.key] } : null);
      const after = tokens[end + 1];
      // ", the bank chief said": the clause's subject, not an apposition.
      if (!phrase || (after && !endsClause(tokens[end]!) && after.tags.has('Verb') && !after.tags.has('Gerund'))) return null;
      const qualifier = qualifierBefore(tokens, text, phrase.from);
      // Whose role it is, named after it when not before it: "the president of Russia", "an analyst at Morningstar".
      const body = qualifier.length === 0 ? bodyAfterRole(tokens, text, end) : null;
      if (body) return { keys: phrase.keys, qualifier, at: next.start, body: text.slice(tokens[body.first]!.start, tokens[body.last]!.end) };
      return { keys: phrase.keys, qualifier, at: next.start };
    }
    if (endsClause(t)) return null;
  }
  return null;
}

/** The verb of saying right after a name, over a bridge or two ("X said", "X also told"), or null. */
function verbOfSaying(tokens: readonly Token[], text: string, run: Run): Token | null {
  const last = tokens[run.last]!;
  let k = run.last + 1;
  for (let bridges = 0; tokens[k] && VERB_BRIDGES.has(tokens[k]!.key) && bridges < 2; k++, bridges++);
  const verb = tokens[k];
  return verb && verb.sentence === last.sentence && REPORTING_VERBS.has(verb.key) && !/[,;:.()]/.test(gap(text, last, tokens[run.last + 1]!)) ? verb : null;
}

/**
 * Whether the name speaks of itself as a person: a verb of saying, then "he" or "she" as the subject of what is said ("Musk
 * said he would", "Okonkwo told reporters that she"), where a firm says "it".
 */
export function speaksAsPerson(tokens: readonly Token[], text: string, run: Run): boolean {
  const verb = verbOfSaying(tokens, text, run);
  if (!verb) return false;
  let k = verb.i + 1;
  // "told reporters", "told Reuters": the hearer, then what is said.
  if (verb.key === 'told' || verb.key === 'tells') k++;
  if (tokens[k]?.key === 'that') k++;
  const subject = tokens[k];
  return subject !== undefined && subject.sentence === verb.sentence && (subject.key === 'he' || subject.key === 'she');
}

/** Whether the name speaks: "X said", "X also told", "said X", "according to X". */
export function reportingVerbNear(tokens: readonly Token[], text: string, run: Run): boolean {
  if (verbOfSaying(tokens, text, run)) return true;
  const before = tokens[run.first - 1];
  const quoteOrComma = tokens[run.first - 2];
  if (!before || !/^\s+$/.test(gap(text, before, tokens[run.first]!))) return false;
  if (before.key === 'to' && quoteOrComma?.key === 'according') return true;
  // Inverted only after a quotation: '"...," said John Smith'.
  return REPORTING_VERBS.has(before.key) && quoteOrComma !== undefined && /[,"”']/.test(gap(text, quoteOrComma, before));
}

/** Nouns of family: "his father, Anthony", "her husband John", "two brothers, Niklaus and Johann". */
const KIN_NOUNS = new Set([
  'father', 'mother', 'son', 'sons', 'daughter', 'daughters', 'wife', 'husband', 'brother', 'brothers', 'sister', 'sisters',
  'uncle', 'aunt', 'cousin', 'nephew', 'niece', 'grandfather', 'grandmother', 'grandson', 'granddaughter', 'stepfather',
  'stepmother', 'fiancé', 'fiancée', 'widow', 'widower',
]);
/** Words that make the family noun someone's: "his", "Goode's", "two". */
const KIN_OWNERS = /^(?:his|her|their|my|our|your|two|three|four|both)$/;

/**
 * A family noun right before a name, or before the list it opens, owned by someone ("His father,
 * Anthony, was a geologist", "her husband John Smith", "two brothers, Niklaus and Johann"): a person,
 * with no role (kinship is no title).
 */
export function kinBefore(tokens: readonly Token[], text: string, listFirst: number): boolean {
  const noun = tokens[listFirst - 1];
  const name = tokens[listFirst];
  if (!noun || !name || noun.sentence !== name.sentence || !KIN_NOUNS.has(noun.key) || noun.capitalized) return false;
  if (!/^(?: |, )$/.test(gap(text, noun, name))) return false;
  const owner = tokens[listFirst - 2];
  return owner !== undefined && owner.sentence === noun.sentence && /^\s$/.test(gap(text, owner, noun)) && (KIN_OWNERS.test(owner.key) || owner.possessive);
}
