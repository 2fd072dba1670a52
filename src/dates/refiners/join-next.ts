import type { Candidate } from '../candidate.js';

/**
 * The refiners' common walk over candidates in text order: each candidate is offered with the one
 * after it to `join`, which returns the two as one candidate ("10 a.m." + "tomorrow", "2009" + "2010",
 * "June 1" + "of 2018") or null to keep the first as it is. A joined pair is not offered again.
 */
export function joinNext(candidates: readonly Candidate[], join: (first: Candidate, next: Candidate) => Candidate | null): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i < candidates.length; i++) {
    const first = candidates[i]!;
    const next = candidates[i + 1];
    const joined = next === undefined ? null : join(first, next);
    out.push(joined ?? first);
    if (joined) i++;
  }
  return out;
}
