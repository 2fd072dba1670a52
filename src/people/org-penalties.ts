import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import type { OrgSeed } from './org-seeds.js';
import { AMOUNT } from './org-coordination.js';

/** A fine in millions or billions right after the name ("fined Apple 1.8 billion euros", "fined Meta €200 million"). */
const LARGE_FINE = new RegExp(String.raw`^ (?=${AMOUNT})(?:[€$£¥]|[A-Z]{3} )?\d[\d.,]* ?(?:million|billion|bn)\b`);
/** The verb of a fine right before the name, or before an earlier fined name and its amount ("fined Apple €500 million and | Meta"). */
const FINED = new RegExp(String.raw`\bfine[sd]? (?:(?:\p{Lu}[\p{L}&.'’-]* ){1,3}${AMOUNT} and )?$`, 'u');

/**
 * Names fined millions or billions as organizations: "regulators fined Apple 1.8 billion euros and Meta 800 million euros".
 * A fine that size falls on a firm; a person with stronger evidence ("Elon Musk ... fined Musk $20 million") stays a person,
 * as for every context seed. Not a country or a nation's word ("the EU fined Italy 300 million euros"); a region's name may be a
 * firm's ("Meta", a Colombian department).
 */
export function penaltySeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography): OrgSeed[] {
  return runs.flatMap((run) => {
    const first = tokens[run.first]!;
    const last = tokens[run.last]!;
    if (run.last - run.first > 2 || casingOf(first.sentence) !== 'normal') return [];
    if (!FINED.test(text.slice(Math.max(0, first.start - 80), first.start)) || !LARGE_FINE.test(text.slice(last.end, last.end + 40))) return [];
    const words = tokens.slice(run.first, run.last + 1);
    if (geo.isCountry(words.map((t) => t.text).join(' ')) || words.some((t) => geo.isNationality(t))) return [];
    return [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  });
}
