import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import { personTagged } from './runs.js';
import { firstNames, isKnownOrganization } from './first-names.js';
import { placeOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';

/**
 * A name joined by "and" alone (not a list's ", and") to a firm the article names by shape or by compromise's lexicon, the two sharing one verb: "Pfizer
 * and BioNTech said", "BioNTech and Pfizer", or each with its own amount ("fined Apple €500 million and Meta €200 million"). A context seed, which a person's name still overrides (so not yet "Microsoft
 * and Meta Platforms", which the tagger reads as a person's). Not a place or a nation's word ("Microsoft and Seattle"), a
 * name opening with a given name ("Google and Sergey Brin"), one compromise tags as a person's, nor a full name the tagger
 * reads as a person's.
 */
/** An amount a verb gives each of two objects, repeated after each ("fined Apple €500 million and Meta €200 million"). */
export const AMOUNT = String.raw`(?:[€$£¥]|[A-Z]{3} )?\d[\d.,]*(?: ?(?:million|billion|trillion|bn|m|percent|per cent|%))?(?: (?:euros|dollars|pounds|shares))?`;
const AMOUNT_AND = new RegExp(String.raw`^ ${AMOUNT} and $`);
const AMOUNT_NEXT = new RegExp(String.raw`^ ${AMOUNT}(?![\p{L}\p{N}])`, 'u');

export function coordinationSeeds(
  tokens: readonly Token[],
  text: string,
  runs: readonly Run[],
  casingOf: (sentence: number) => Casing,
  geo: Geography,
  taggerKind: TaggerKind,
  seeds: readonly OrgSeed[],
): OrgSeed[] {
  const key = (s: OrgSeed): string => tokens.slice(s.first, s.last + 1).map((t) => t.key).join(' ');
  // A firm by its shape or by compromise's lexicon, not by any guess of compromise's ("Central Station and Priest & Washington");
  // nor a name ending in a plural head the two share ("the State and Homeland Security Departments").
  const firms = seeds.filter((s) => (s.kind === 'named' || (s.source === 'compromise' && isKnownOrganization(key(s)))) && !/^\p{Lu}\p{Ll}+[^su]s$/u.test(tokens[s.last]!.text));
  const firmEndingAt = new Set(firms.map((s) => s.last));
  const firmStartingAt = new Set(firms.map((s) => s.first));
  return runs.flatMap((run) => {
    if (casingOf(tokens[run.first]!.sentence) !== 'normal' || firmStartingAt.has(run.first)) return [];
    const before = tokens[run.first - 1]?.key === 'and' && firmEndingAt.has(run.first - 2) && /^ and $/.test(text.slice(tokens[run.first - 2]!.end, tokens[run.first]!.start));
    const after = tokens[run.last + 1]?.key === 'and' && firmStartingAt.has(run.last + 2) && /^ and $/.test(text.slice(tokens[run.last]!.end, tokens[run.last + 2]?.start ?? 0));
    // The same verb's second object after the first's amount: "fined Apple €500 million and | Meta €200 million".
    let k = run.first - 2;
    while (k >= run.first - 8 && k >= 0 && !firmEndingAt.has(k)) k--;
    const firm = tokens[k];
    const gapped = firm !== undefined && firmEndingAt.has(k) && AMOUNT_AND.test(text.slice(firm.end, tokens[run.first]!.start)) && AMOUNT_NEXT.test(text.slice(tokens[run.last]!.end, tokens[run.last]!.end + 30));
    if (!before && !after && !gapped) return [];
    const words = tokens.slice(run.first, run.last + 1);
    if (placeOrNation(geo, words) || words.some(personTagged) || (words.length > 1 && firstNames().has(words[0]!.key))) return [];
    if (words.length > 1 && words.every((t) => taggerKind(t.i) === 'PER')) return [];
    return [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  });
}
