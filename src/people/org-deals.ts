import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import { placeOrNation, type OrgSeed, type TaggerKind } from './org-seeds.js';

/** Nouns of buying a business, whose object after "of" is the business bought ("its purchase of Slack", "the takeover of Arm"). */
const BUYING = new Set(['purchase', 'acquisition', 'takeover', 'buyout']);

/** Participles of a business bought, whose agent after "by" is the buyer ("taken private by Permira", "acquired by Oracle"). */
const BOUGHT = / (?:taken private|taken over|acquired|bought|purchased|snapped up) by $/;

/** A round of funding and its lead investor after "by" ("a private funding round led by SoftBank"): investors in rounds are firms or funds. */
const FUNDED = / (?:funding|financing|investment|fundraising|seed|venture) rounds? (?:led|backed) by $/;

/**
 * The parties of a business bought as organizations: the name after "purchase/acquisition/takeover/buyout of" and the
 * one after "taken private/acquired/bought by" ("since its purchase of Slack in 2021", "was taken private by Permira").
 * Not a place ("the purchase of Alaska"), a nation's word, nor a business bought that the name tagger reads as another
 * kind of name (a painting's, a product's); a person ("bought by John Smith") stays a person, as for every context seed.
 */
export function dealSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography, taggerKind: TaggerKind): OrgSeed[] {
  return runs.flatMap((run) => {
    const first = tokens[run.first]!;
    const before = text.slice(Math.max(0, first.start - 40), first.start);
    const [link, noun] = [tokens[run.first - 1], tokens[run.first - 2]];
    const bought = link?.key === 'of' && noun && !noun.capitalized && BUYING.has(noun.key) && /^ of $/.test(text.slice(noun.end, first.start));
    const buyer = !bought && (BOUGHT.test(before) || FUNDED.test(before));
    if (!bought && !buyer) return [];
    const words = tokens.slice(run.first, run.last + 1);
    if (casingOf(first.sentence) !== 'normal' || placeOrNation(geo, words)) return [];
    // A work or a product bought ("the purchase of Guernica") is no business; a buyer is no work.
    if (words.some((t) => taggerKind(t.i) === 'MISC') && !buyer) return [];
    return [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  });
}
