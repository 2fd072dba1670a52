import type { EventArgument } from '../types.js';
import { ROLE_HEADS } from '../people/titles.js';

/**
 * Between an affiliation and the person it is of: a possessive perhaps, then a title of a few
 * words ("U.S. Secretary of State Marco Rubio", "EU competition chief Teresa Ribera", "Apple's
 * chief executive Tim Cook").
 */
const TITLE_BETWEEN = /^(?:['’]s)?\s+((?:[\p{L}.&-]+\s+){1,5})$/u;

/** Whether the words between two names hold a role word ("Secretary", "chief", "President") and nothing that joins or governs ("and", "with", "to"). */
function titleBetween(gap: string): boolean {
  const words = TITLE_BETWEEN.exec(gap)?.[1]?.trim().toLowerCase().split(/\s+/);
  if (!words) return false;
  return words.some((w) => ROLE_HEADS.has(w)) && !words.some((w) => /^(?:and|or|with|to|from|by|in|at|for|on|the|a|an|who|which|that)$/.test(w));
}

/**
 * A place's or organization's name that only says whose post the person right after it holds is
 * no party of its own: "U.S. Secretary of State Marco Rubio met ..." has Rubio for agent, not the
 * United States; "will meet U.S. President Donald Trump" has Trump for patient. Only when the
 * person is an argument of the same role.
 */
export function dropAffiliations(text: string, args: readonly EventArgument[]): EventArgument[] {
  const affiliation = (a: EventArgument) =>
    (a.ref?.kind === 'places' || a.ref?.kind === 'organizations') &&
    args.some((p) => p.role === a.role && p.ref?.kind === 'people' && p.start > a.end && titleBetween(text.slice(a.end, p.start)));
  return args.filter((a) => !affiliation(a));
}
