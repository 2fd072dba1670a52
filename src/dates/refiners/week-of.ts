import type { Candidate, DateRefiner, Resolution } from '../candidate.js';
import { formatWeek, parseIsoDay } from '../calendar.js';

/** "the week of", "the week beginning", "the week starting", "the week ending" right before a date. */
const WEEK_OF = /\b(?<the>[Tt]he\s+)?[Ww]eek\s+(?:of|beginning|starting|ending|ended|commencing)\s+$/;

/**
 * "the week of May 21" is one DATE at the grain of a week, the ISO week holding that day
 * (`2012-W21`; TimeML Annotation Guidelines 1.2.1 §2.2.3 `value`, weeks as "YYYY-Wnn").
 */
export const weekOfRefiner: DateRefiner = {
  id: 'week-of',
  refine(text, candidates) {
    return candidates.map((c): Candidate => {
      if (c.type !== 'DATE' || c.grain !== 'day' || c.parts) return c;
      const m = WEEK_OF.exec(text.slice(Math.max(0, c.start - 30), c.start));
      if (!m) return c;
      const day = (resolution: Resolution | null): Resolution | null => {
        const d = resolution ? parseIsoDay(resolution.value) : null;
        return resolution && d && resolution.value.length === 10 ? { ...resolution, value: formatWeek(d), grain: 'week' } : resolution;
      };
      const start = c.start - m[0].length;
      if (c.yearless) {
        const { yearless } = c;
        return { ...c, start, grain: 'week', source: 'week-of', yearless: { ...yearless, at: (year) => day(yearless.at(year))! } };
      }
      const resolve = c.resolve;
      return { ...c, start, grain: 'week', source: 'week-of', ...(resolve ? { resolve: (scope) => day(resolve(scope)) } : {}) };
    });
  },
};
