import type { Candidate, DateRefiner } from '../candidate.js';

/**
 * Which parser wins a tie between spans of the same length: a frequency over a duration
 * ("15 a year" is a SET), an anaphor or relative date over a bare duration.
 */
const PRIORITY: Record<string, number> = {
  set: 4,
  anaphora: 3,
  relative: 3,
  ago: 3,
  weekend: 3,
  days: 2,
  chrono: 2,
  duration: 0,
  ref: 0,
};

const priority = (c: Candidate): number => PRIORITY[c.source] ?? 1;

/** Keep the longest of overlapping candidates (chrono's `OverlapRemovalRefiner`), in text order. */
export const overlapRefiner: DateRefiner = {
  id: 'overlap',
  refine(_text, candidates) {
    const byStrength = [...candidates].sort((a, b) => b.end - b.start - (a.end - a.start) || priority(b) - priority(a) || a.start - b.start);
    // Kept spans never overlap, so sorted by start only the neighbours of an insertion point can clash.
    const kept: Candidate[] = [];
    for (const c of byStrength) {
      let lo = 0;
      let hi = kept.length;
      while (lo < hi) {
        const mid = (lo + hi) >> 1;
        if (kept[mid]!.start < c.start) lo = mid + 1;
        else hi = mid;
      }
      const before = kept[lo - 1];
      const after = kept[lo];
      if ((before && before.end > c.start) || (after && after.start < c.end)) continue;
      kept.splice(lo, 0, c);
    }
    return kept;
  },
};
