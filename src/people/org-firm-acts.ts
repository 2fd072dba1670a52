import type { Token } from './tokens.js';
import { joinable, personTagged, type Casing, type Run } from './runs.js';
import type { Geography } from './geo.js';
import { firstNames } from './first-names.js';
import { HONORIFICS, ROLE_HEADS } from './titles.js';
import { placeOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';

/** What only a business does, right after its name: "filed for bankruptcy", "filed for Chapter 11 protection", "filed for an IPO", "went public". */
const FIRM_ACT = /^ (?:(?:has |had |have )?filed for (?:(?:chapter 11|chapter 7|bankruptcy|insolvency|creditor) )*(?:bankruptcy|insolvency|protection)|(?:has |had |have )?filed for (?:an? |its )?(?:initial public offering|ipo|listing)|went public|(?:has |had )?emerged from bankruptcy)\b/i;

/** A contract to make or supply something, which a business signs ("has signed a contract with NASA to build a lunar lander"); a player's is to play. */
const SUPPLY_CONTRACT = /^ (?:has |had )?(?:signed|won|secured|landed) (?:a|an|the) (?:[\p{L}\p{N}$.,-]+ ){0,4}?(?:contract|deal|agreement) (?:with (?:[^,.;]{1,40}) )?to (?:build|supply|develop|deliver|provide|make|manufacture|produce|launch|operate)\b/u;

/** Plural nouns of businesses before an example list, and a firm's competition: "rivals such as Shein and Temu", "retailers including Lidl and Aldi", "competition from Shein and Temu". */
const FIRMS_SUCH_AS = /\b(?:(?:rivals|competitors|companies|firms|retailers|brands|carmakers|automakers|airlines|lenders|insurers|start-?ups|chipmakers|manufacturers|suppliers|platforms|apps|chains|conglomerates|businesses) (?:such as|including|like)|competition from(?: rivals| retailers| brands)?(?: such as| including| like)?) $/;

/** Goods and craft a maker's possessive owns by their name: "Blue Origin's New Glenn rocket", "Boeing's 737 Max jet". */
const NAMED_GOODS = /^['’]s? (?:[\p{Lu}\d][\p{L}\d-]*(?: |$)){1,3}(?:rockets?|phones?|smartphones?|cars?|jets?|jetliners?|planes?|aircraft|drugs?|vaccines?|chips?|processors?|consoles?|chatbot|apps?|satellites?|spacecraft|capsules?|vehicles?|trucks?|SUVs?|models?)\b/u;

/** Tags of a sentence's first word that make it no word of a name ("The", "After", "However"). */
const ORDINARY_OPENER = ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'Verb', 'QuestionWord'];

/** The run before this one in its list ("Shein" of "Shein and Temu", "Lidl" of "Lidl, Aldi and Tesco"), when `run` closes or goes on with it. */
function listOpening(tokens: readonly Token[], text: string, runs: readonly Run[], r: number): number {
  let k = r;
  while (k > 0) {
    const [prev, run] = [runs[k - 1]!, runs[k]!];
    const gap = text.slice(tokens[prev.last]!.end, tokens[run.first]!.start);
    if (!/^(?:, |,? and |,? or )$/.test(gap)) break;
    k--;
  }
  return runs[k]!.first;
}

/** "according to" right before a name, after a figure earlier in its sentence ("rose 3 percent, according to"). */
const FIGURE_SOURCE = /\d[^.;!?]*,? according to $/;

/**
 * A full name as the source of a figure, which the news writes for a body that publishes data ("Rates fell to 6.1 percent,
 * according to Freddie Mac", "according to Fannie Mae"): a person quoted so is introduced by a title or an apposition
 * ("according to Kristen Wilkins, an assistant professor", "according to Dr. Smith"), and a surname alone is a person named
 * before. Two or three words, no owner's possessive, no place.
 */
function sourceOfFigure(tokens: readonly Token[], text: string, run: Run): boolean {
  const [first, last] = [tokens[run.first]!, tokens[run.last]!];
  if (run.last === run.first || run.last - run.first > 2 || last.possessive) return false;
  // "according to Dr. Paul Nash", "according to Senator Jane Roe": a titled person.
  if (tokens.slice(run.first, run.last + 1).some((t) => HONORIFICS.has(t.key) || ROLE_HEADS.has(t.key))) return false;
  const sentenceStart = tokens.findIndex((t) => t.sentence === first.sentence);
  if (!FIGURE_SOURCE.test(text.slice(tokens[sentenceStart]!.start, first.start))) return false;
  // The name ends its phrase ("according to New York officials" is the officials'); an apposition or a relative clause after
  // it describes a person ("according to Jane Roe, an economist", ", who").
  const after = text.slice(last.end, last.end + 30);
  return /^(?:[.,;:)]|$)/.test(after) && !/^,\s+(?:a|an|the|who|his|her|chief|head|senior|former|\p{Ll}+(?:er|ist|or|ant|ent)\b)/u.test(after);
}

/**
 * Firms without a legal word by what the text says of them: the subject of what only a business does ("Northvolt filed for
 * bankruptcy", "Klarna filed for an initial public offering"), the examples of a plural noun of businesses ("rivals such
 * as Shein and Temu"), and the owner of goods named by their model ("Blue Origin's New Glenn rocket"). Context seeds: a person
 * named so by stronger evidence keeps the name ("John Smith filed for bankruptcy", "rivals such as Rafael Nadal"); not a
 * place nor a nation's word ("competitors such as Germany").
 */
export function firmActSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  return [...numberedFirms(tokens, text, casingOf, geo), ...runs.flatMap((run, r): OrgSeed[] => {
    const [first, last] = [tokens[run.first]!, tokens[run.last]!];
    if (casingOf(first.sentence) !== 'normal') return [];
    const after = text.slice(last.end, last.end + 80);
    const acts = !last.possessive && FIRM_ACT.test(after);
    const opening = tokens[listOpening(tokens, text, runs, r)]!.start;
    const listed = FIRMS_SUCH_AS.test(text.slice(Math.max(0, opening - 40), opening));
    // Goods by their model, or a contract to supply them: a name of two words the tagger reads as a person's is a firm's there.
    const owns = last.possessive ? NAMED_GOODS.test(after) : SUPPLY_CONTRACT.test(after);
    // Named, not context: the source's given name ("Freddie") would make it a person's by the weakest evidence otherwise.
    if (sourceOfFigure(tokens, text, run) && !placeOrNation(geo, tokens.slice(run.first, run.last + 1))) return [{ first: run.first, last: run.last, kind: 'named' as const, source: 'context' as const }];
    if (!acts && !listed && !owns) return [];
    // "Blue Origin's": the runs leave out a sentence's first word when it is an ordinary one, but a name goes on from it.
    const opener = tokens[run.first - 1];
    const opens = opener?.sentenceStart && /^\p{Lu}\p{Ll}+$/u.test(opener.text) && joinable(text, opener, first) && !ORDINARY_OPENER.some((tag) => opener.tags.has(tag));
    const start = opens && (acts || owns) ? run.first - 1 : run.first;
    const words = tokens.slice(start, run.last + 1);
    if (placeOrNation(geo, words) || words.some(personTagged) || firstNames().has(words[0]!.key)) return [];
    // The tagger's person stands: a list of rivals may be players', a bankrupt or an owner of a Boeing jet a person ("Musk's
    // Starship rocket"); but not for a name of two words before goods by their model, which no given name opens ("Blue Origin's").
    const taggedPerson = words.every((t) => taggerKind(t.i) === 'PER');
    // A lone word owns goods as a person may ("Musk's Starship rocket", "Trump's Boeing 747 jet"), unless the tagger reads a body.
    const loneOwner = owns && !acts && !listed && words.length === 1 && taggerKind(start) !== 'ORG';
    return loneOwner || (taggedPerson && !(owns && words.length > 1)) ? [] : [{ first: start, last: run.last, kind: 'context' as const, source: 'context' as const }];
  })];
}

/**
 * A firm whose name ends in a number, which the runs leave out, before what only a business does: "Forever 21 filed for
 * bankruptcy", "Motel 6 filed for Chapter 11". Not a date ("March 21"), a place or a title ("Room 101" does nothing of it).
 */
function numberedFirms(tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing, geo: Geography): OrgSeed[] {
  return tokens.flatMap((t): OrgSeed[] => {
    const n = tokens[t.i + 1];
    if (!n || !t.capitalized || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || !/^\d{1,3}$/.test(n.text) || text.slice(t.end, n.start) !== ' ' || casingOf(t.sentence) !== 'normal') return [];
    if (t.tags.has('Date') || t.tags.has('Month') || HONORIFICS.has(t.key) || ROLE_HEADS.has(t.key) || placeOrNation(geo, [t]) || !FIRM_ACT.test(text.slice(n.end, n.end + 80))) return [];
    return [{ first: t.i, last: n.i, kind: 'context', source: 'context' }];
  });
}
