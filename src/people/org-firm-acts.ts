import type { Token } from './tokens.js';
import { joinable, personTagged, type Casing, type Run } from './runs.js';
import type { Geography } from './geo.js';
import { firstNames } from './first-names.js';
import { placeOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';

/** What only a business does, right after its name: "filed for bankruptcy", "filed for Chapter 11 protection", "filed for an IPO", "went public". */
const FIRM_ACT = /^ (?:(?:has |had |have )?filed for (?:(?:chapter 11|chapter 7|bankruptcy|insolvency|creditor) )*(?:bankruptcy|insolvency|protection)|(?:has |had |have )?filed for (?:an? |its )?(?:initial public offering|ipo|listing)|went public|(?:has |had )?emerged from bankruptcy)\b/i;

/** Plural nouns of businesses before an example list: "rivals such as Shein and Temu", "retailers including Lidl and Aldi". */
const FIRMS_SUCH_AS = /\b(?:rivals|competitors|companies|firms|retailers|brands|carmakers|automakers|airlines|lenders|insurers|start-?ups|chipmakers|manufacturers|suppliers|platforms|apps|chains|giants|conglomerates|businesses) (?:such as|including|like) $/;

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

/**
 * Firms without a legal word by what the text says of them: the subject of what only a business does ("Northvolt filed for
 * bankruptcy", "Klarna filed for an initial public offering"), the examples of a plural noun of businesses ("rivals such
 * as Shein and Temu"), and the owner of goods named by their model ("Blue Origin's New Glenn rocket"). Context seeds: a person
 * named so by stronger evidence keeps the name ("John Smith filed for bankruptcy", "rivals such as Rafael Nadal"); not a
 * place nor a nation's word ("competitors such as Germany").
 */
export function firmActSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  return runs.flatMap((run, r) => {
    const [first, last] = [tokens[run.first]!, tokens[run.last]!];
    if (casingOf(first.sentence) !== 'normal') return [];
    const after = text.slice(last.end, last.end + 80);
    const acts = !last.possessive && FIRM_ACT.test(after);
    const opening = tokens[listOpening(tokens, text, runs, r)]!.start;
    const listed = FIRMS_SUCH_AS.test(text.slice(Math.max(0, opening - 40), opening));
    const owns = last.possessive && NAMED_GOODS.test(after);
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
  });
}
