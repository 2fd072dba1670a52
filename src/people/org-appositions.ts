import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { Geography } from './geo.js';
import { personTagged } from './runs.js';
import { ownPlaceOrNation, type OrgSeed } from './org-seeds.js';
import { ORG_DESCRIPTORS } from './words.js';

/** Nouns of a kind of body that head an apposition, `ORG_DESCRIPTORS` but those a person is called too ("a giant of jazz", "his rival"). */
const BODIES = [...ORG_DESCRIPTORS].filter((w) => w !== 'giant' && w !== 'rival');
BODIES.push('chipmaker', 'drugmaker', 'startup', 'start-up', 'cooperative', 'movement', 'militia', 'exchange', 'regulator', 'parties');

/**
 * An apposition headed by a noun of a body, right after the name: "Hamas, the group that runs Gaza", "Lafarge, the French
 * cement maker,", "Nvidia, a chipmaker based in California". The noun ends the apposition or goes on with a preposition or
 * a relative word, never with another noun it modifies ("Smith, the party leader"), a possessive ("the club's chairman") or "of" (a
 * collective's "Reactive Oxygen Species, the group of chemicals"). A place's possessive determines it as an article does
 * ("Lukoil, Russia's second-biggest oil company"), and a plural body describes the two names joined before it
 * ("Rosneft and Lukoil, Russia's two biggest oil companies").
 */
const APPOSED_BODY = new RegExp(
  String.raw`^, (?:a|an|the|\p{Lu}[\p{L}.-]*'s) (?:(?!(?:of|for|at|in|the|a|an|and|its|their|his|her) )[\p{L}-]+ ){0,3}?(?:${BODIES.join('|')})(s?)` +
    String.raw`(?=[,.;:)]|$| (?:that|which|whose|based|in|with|behind|founded|owned|listed|headquartered|known|said|says|run)\b)`,
  'u',
);

/**
 * Names described right after as a body, as context seeds (a person found by stronger evidence keeps the name). Not a
 * place or a nation's word ("Gaza, the territory"), nor a name compromise tags as a person's.
 */
export function appositionSeeds(tokens: readonly Token[], text: string, runs: readonly Run[], casingOf: (sentence: number) => Casing, geo: Geography): OrgSeed[] {
  const endingAt = new Map(runs.map((r) => [r.last, r]));
  const seed = (run: Run): OrgSeed[] => {
    const words = tokens.slice(run.first, run.last + 1);
    if (ownPlaceOrNation(geo, words) || words.some(personTagged)) return [];
    return [{ first: run.first, last: run.last, kind: 'context' as const, source: 'context' as const }];
  };
  return runs.flatMap((run) => {
    const last = tokens[run.last]!;
    const body = casingOf(last.sentence) === 'normal' && !last.possessive ? APPOSED_BODY.exec(text.slice(last.end, last.end + 80)) : null;
    if (!body) return [];
    // A plural body: the name joined by "and" before this one is described too.
    const joined = body[1] || /ies\b/.test(body[0]) ? endingAt.get(run.first - 2) : undefined;
    const partner = joined && tokens[run.first - 1]!.key === 'and' && /^ and $/.test(text.slice(tokens[joined.last]!.end, tokens[run.first]!.start)) ? seed(joined) : [];
    return [...seed(run), ...partner];
  });
}
