import type { DateRefiner } from '../candidate.js';
import { softWrapped } from '../line-breaks.js';

/**
 * A line break ends an expression unless it only wraps running prose (line-breaks.ts): "No. 12⏎Second place went to"
 * is a list's last number and the next line's first word, not a duration of 12 seconds. Every parser's candidates
 * pass here before any merge, so no parser needs its own check.
 */
export const oneLineRefiner: DateRefiner = {
  id: 'one-line',
  refine: (text, candidates) =>
    candidates.filter((c) => {
      const extent = text.slice(c.start, c.end);
      return !extent.includes('\n') || softWrapped(text, c.start, extent);
    }),
};
