import type { Token } from './tokens.js';
import type { Casing } from './runs.js';
import type { OrgSeed } from './org-seeds.js';

/** A count written as digits or as a word, which ends a numbered body's name ("Group of 20", "Group of Seven"). */
const COUNT = /^(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|seventy-seven)$/;
/** Heads of bodies named by how many members they have: "the Group of Seven", "the Group of 77". */
const NUMBERED_HEADS = /^(?:group|club|council)$/;

/**
 * Bodies named by the count of their members: "the Group of 20", "the Group of Seven" (capitalized head, "of", a count).
 * The runs of capitalized words stop at a number or a lower-case count word, so the shape finders miss them.
 */
export function numberedBodies(tokens: readonly Token[], text: string, casingOf: (sentence: number) => Casing): OrgSeed[] {
  const out: OrgSeed[] = [];
  for (const head of tokens) {
    const [of, count] = [tokens[head.i + 1], tokens[head.i + 2]];
    if (!head.capitalized || !NUMBERED_HEADS.test(head.key) || of?.key !== 'of' || !count || !COUNT.test(count.key)) continue;
    if (casingOf(head.sentence) !== 'normal' || !/^ of $/.test(text.slice(head.end, count.start))) continue;
    // "Group of 20 leaders": the count ends the name; "Group of 20,000 fans" is no body.
    if (/^[,.]?\d/.test(text.slice(count.end, count.end + 2))) continue;
    out.push({ first: head.i, last: count.i, kind: 'named', source: 'shape' });
  }
  return out;
}
