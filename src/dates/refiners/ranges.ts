import type { Candidate, DateRefiner, Resolution, ResolutionScope } from '../candidate.js';
import { joinNext } from './join-next.js';
import { resolveYearless } from '../anchoring.js';

const resolveOne = (c: Candidate, scope: ResolutionScope): Resolution | null =>
  c.yearless ? resolveYearless(c.yearless, scope) : (c.resolve?.(scope) ?? null);

/** Same-kind calendar dates that can bound one interval. */
const bounds = (c: Candidate): boolean =>
  c.type === 'DATE' && c.grain !== 'reference' && c.grain !== 'duration' && !c.mod && (Boolean(c.yearless) || c.source !== 'anaphora');

/**
 * Join "between March and May", "from the first quarter to the third quarter", "2018 - 2020"-style
 * pairs into one range ("2019-03/2019-05"), each end kept as a part (the resolver gives each its own
 * item, as TimeML does); chrono already joins its own ranges.
 * Word joiners need "from"/"between" before the first date.
 */
export const rangeRefiner: DateRefiner = {
  id: 'range',
  refine(text, candidates) {
    return joinNext(candidates, (from, to): Candidate | null => {
      const between = text.slice(from.end, to.start);
      const dash = /^\s*[-–—]\s*$/.test(between);
      // "from the 6th to the 12th of October": the second end's extent may leave its "the" out.
      const word = /^\s+(?:to|through|until|till|and)\s+(?:the\s+)?$/i.exec(between);
      const lead = /\b(from|between)\s+$/i.exec(text.slice(Math.max(0, from.start - 9), from.start));
      const joins = dash || (word && lead && (/and/i.test(word[0]) === /between/i.test(lead[1]!)));
      if (!joins || !bounds(from) || !bounds(to) || from.grain !== to.grain || /\//.test(text.slice(from.start, to.end))) return null;
      return {
        start: from.start,
        end: to.end,
        type: 'DATE',
        grain: from.grain,
        source: 'range',
        parts: [{ start: from.start, end: from.end }, { start: to.start, end: to.end }],
        resolve: (scope) => {
          const a = resolveOne(from, scope);
          const b = resolveOne(to, scope);
          if (!a || !b || a.value.includes('/') || b.value.includes('/')) return null;
          return { value: `${a.value}/${b.value}`, grain: a.grain ?? from.grain, ...(a.anchor ? { anchor: a.anchor } : {}) };
        },
      };
    });
  },
};
