import type { Token } from './tokens.js';
import { joinable, personTagged, type Casing, type Run } from './runs.js';
import type { Geography } from './geo.js';
import { firstNames } from './first-names.js';
import { ownPlaceOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';

/**
 * Nouns of the people who work for a body, or own it, whose "of", "for" or "at" names the body: "a spokesman for Doctors
 * Without Borders", "executives of Lafarge", "an analyst at Jefferies", "workers at Amazon". Not titles of office that a
 * country or a person also has ("the president of France", "an adviser to Smith"), which `ROLE_HEADS` reads.
 */
const STAFF = new Set([
  'spokesman', 'spokeswoman', 'spokesperson', 'executive', 'executives', 'chairman', 'chairwoman', 'ceo', 'cfo', 'coo', 'cto',
  'founder', 'co-founder', 'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'employee', 'employees',
  'workers', 'shareholders', 'stockholders', 'subsidiary',
]);

/** Staff who work at a firm, never at a place. */
const ANALYSTS = /^(?:analysts?|economists?|strategists?)$/;

/**
 * The body after a noun of its staff and "of", "for" or "at" (with "the" or not), as a context seed: a person found by
 * stronger evidence keeps the name ("a spokesman for John Smith"). Not a place or a nation's word ("workers at Paris
 * airports", "Chinese shareholders"), a person's full name by its given name, a name compromise tags as a person's ("a
 * spokeswoman for Trump"), nor one the name tagger reads as a person's in full (it reads a lone unknown firm's name as anything).
 */
export function staffSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  return runs.flatMap((run) => {
    const first = tokens[run.first]!;
    if (casingOf(first.sentence) !== 'normal' || first.sentenceStart) return [];
    const m = /\b(chief (?:[\p{Ll}-]+ ){0,3}officer|\S+) (of|for|at) (?:the )?$/u.exec(text.slice(Math.max(0, first.start - 60), first.start));
    const noun = m?.[1]!.toLowerCase() ?? '';
    // Only a body has a chief officer ("the chief medical officer of Orvane Health"), whatever the tagger reads in its name.
    const officer = noun.startsWith('chief ');
    if (!m || (!STAFF.has(noun) && !officer)) return [];
    // "Workers at Heathrow": after "at" a place the gazetteer lacks is as likely, but nobody is an analyst at a place.
    if (m[2] === 'at' && taggerKind(run.first) === 'LOC' && !ANALYSTS.test(noun)) return [];
    // The tagger's whole name where the runs stop at a capitalized preposition ("Doctors Without Borders").
    let last = run.last;
    while (taggerKind(last + 1) !== null && taggerKind(last + 1) === taggerKind(last) && tokens[last + 1]!.capitalized && joinable(text, tokens[last]!, tokens[last + 1]!)) last++;
    const words = tokens.slice(run.first, last + 1);
    if (ownPlaceOrNation(geo, words)) return [];
    const person = words.some(personTagged) || (words.length > 1 && (firstNames().has(words[0]!.key) || (!officer && words.every((t) => taggerKind(t.i) === 'PER'))));
    // A person has a spokesman too, and no executives: a lone word after "spokesman for" only where the tagger reads a body.
    const spokesman = /^spokes/.test(noun) && words.length === 1 && taggerKind(run.first) !== 'ORG';
    return person || spokesman ? [] : [{ first: run.first, last, kind: 'context' as const, source: 'context' as const }];
  });
}

/**
 * A firm's officers, board and owners after its possessive: "Meta's chief global affairs officer", "Siemens' chief executive",
 * "Boeing's board", "Lafarge's shareholders". Titles a person or a country has too ("Trump's spokesman", "France's president")
 * are left to the roles.
 */
const OWNED_STAFF = /^['’]s? (?:(?:former|new|interim|acting) )?(?:chief (?:[\p{Ll}-]+ ){0,3}officer|chief executive|ceo|cfo|coo|cto|chairman|chairwoman|board of directors|board|shareholders|stockholders|executives|employees)\b/u;

/** The firm before its officers' or owners' title (`OWNED_STAFF`), as a context seed; not a place, a nation or a person's name. */
export function ownerSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  return runs.flatMap((run) => {
    const last = tokens[run.last]!;
    if (casingOf(last.sentence) !== 'normal' || !last.possessive || !OWNED_STAFF.test(text.slice(last.end, last.end + 60))) return [];
    const words = tokens.slice(run.first, run.last + 1);
    // A country's officers are the state's ("France's chief medical officer"); a town's name is a firm's as often ("Meta").
    if (geo.isCountry(words.map((t) => t.text).join(' ')) || words.some((t) => geo.isNationality(t))) return [];
    // A lone word's person tags weigh nothing here: only a firm has a chief officer ("Meta's", which both taggers read as a name).
    const person = words.length > 1 && (words.some(personTagged) || firstNames().has(words[0]!.key) || words.every((t) => taggerKind(t.i) === 'PER'));
    return person ? [] : [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  });
}
