import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import { placeOrNation, type OrgSeed } from './org-seeds.js';

/** Holders of a company's stock after its name ("Hess shareholders"): a person has none. */
const HOLDERS = new Set(['shareholders', 'stockholders', 'bondholders']);

/** Goods made by a business, before "made by" and the maker ("a drug made by Eli Lilly", "vaccines produced by Moderna"). */
const MADE_BY = /\b(?:drugs?|medicines?|vaccines?|pills?|treatments?|chips?|semiconductors?|cars?|vehicles?|trucks?|jets?|aircraft|planes?|phones?|smartphones?|devices?|batteries|battery|engines?|tyres?|tires?|software|weapons?|missiles?) (?:is |are |was |were )?(?:made|produced|manufactured|developed|marketed|sold) by $/;

/** A body's officer after "its" right after a name: "FTX and its founder", "OpenAI and its chief executive": "its" is no person's. */
const ITS_OFFICER = /^(?:,? and|,) its (?:(?:former|new|then|chief|co-|executive|managing|senior) ?)*(?:founder|co-founder|founders|chief executive|ceo|chairman|chairwoman|chair|president|owner|chief|director|executive|general manager|spokesman|spokeswoman|spokesperson)\b/;

/**
 * Firms by the words around a name that only a firm has, as strong evidence that no person's reading takes ("Eli Lilly",
 * "Hess", given names and surnames): its holders after it ("Hess shareholders approved the deal"), goods made by it ("a
 * drug made by Eli Lilly") and its officer after "its" ("FTX and its founder"). Not a place's nor a nation's name ("Texas shareholders").
 */
export function firmSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography): OrgSeed[] {
  return runs.flatMap((run) => {
    const first = tokens[run.first]!;
    const last = tokens[run.last]!;
    const next = tokens[run.last + 1];
    const holders = next && HOLDERS.has(next.key) && /^ $/.test(text.slice(last.end, next.start)) && !last.possessive;
    const maker = MADE_BY.test(text.slice(Math.max(0, first.start - 60), first.start));
    const officer = !last.possessive && ITS_OFFICER.test(text.slice(last.end, last.end + 50));
    if ((!holders && !maker && !officer) || casingOf(first.sentence) !== 'normal' || placeOrNation(geo, tokens.slice(run.first, run.last + 1))) return [];
    return [{ first: run.first, last: run.last, kind: 'named' as const, source: 'context' as const }];
  });
}
