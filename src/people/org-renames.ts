import type { Token } from './tokens.js';
import type { Casing, Run } from './runs.js';
import type { OrgSeed } from './org-seeds.js';

/** A new name given to a body: `current` names the same organization as `former` ("Facebook renamed itself Meta"). */
export interface Rename {
  former: OrgSeed;
  current: OrgSeed;
}

const RENAMED = /^(?:renamed|rebranded|changed)$/;
/** Words before the new name that are no part of it: "renamed it as", "renamed the National Front the National Rally". */
const BEFORE_NAME = /^(?:the|as|to)$/;

/**
 * Bodies given a new name, and the new name as an organization's: "Facebook renamed itself Meta", "Le Pen renamed the
 * National Front the National Rally", "renamed it National Rally" (the last organization named before it in the sentence),
 * "the Front was renamed National Rally", "Square changed its name to Block". A reader takes the body renamed for one body under two names, so the new name is
 * linked to the former's organization. A thing renamed that is no organization ("renamed the stadium Emirates Stadium")
 * gives nothing.
 */
export function renames(tokens: readonly Token[], runs: readonly Run[], casingOf: (sentence: number) => Casing, seeds: readonly OrgSeed[]): Rename[] {
  const seedAt = new Map(seeds.map((s) => [s.first, s]));
  const runAt = new Map(runs.map((r) => [r.first, r]));
  // The last organization named before token `i` in its sentence, whole ("Square Inc", not its "Inc").
  const before = (i: number): OrgSeed | undefined =>
    seeds.filter((s) => s.last < i && tokens[s.first]!.sentence === tokens[i]!.sentence).sort((a, b) => b.last - a.last || a.first - b.first)[0];
  const out: Rename[] = [];
  for (const verb of tokens) {
    if (!RENAMED.test(verb.key) || casingOf(verb.sentence) !== 'normal') continue;
    let k = verb.i + 1;
    let former: OrgSeed | undefined;
    const passive = /^(?:was|were|is|been|be)$/.test(tokens[verb.i - 1]?.key ?? '');
    // "changed its name to Block": the body is the subject, as with "renamed itself".
    const changedName = verb.key === 'changed' && tokens[k]?.key === 'its' && tokens[k + 1]?.key === 'name';
    if (changedName) {
      former = before(verb.i);
      k += 2;
    } else if (/^(?:itself|it)$/.test(tokens[k]?.key ?? '') || passive) {
      former = before(verb.i);
      if (!passive) k++;
    } else {
      if (tokens[k]?.key === 'the') k++;
      former = seedAt.get(k);
      if (former) k = former.last + 1;
    }
    if (!former) continue;
    while (k < tokens.length && BEFORE_NAME.test(tokens[k]!.key) && k < verb.i + 12) k++;
    const run = runAt.get(k);
    if (!run || tokens[run.first]!.sentence !== verb.sentence) continue;
    out.push({ former, current: { first: run.first, last: run.last, kind: 'context', source: 'context' } });
  }
  return out;
}
