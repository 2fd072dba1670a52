import type { Candidate, DateRefiner } from '../candidate.js';
import { joinNext } from './join-next.js';
import { withOrigin } from '../anchoring.js';

/** Candidates that name one whole year and can complete a year-free date after "of" or a space. */
const YEAR_SOURCES = new Set(['year', 'fiscal-year', 'relative', 'anaphora']);

const namesYear = (c: Candidate): boolean => c.grain === 'year' && c.type === 'DATE' && !c.mod && YEAR_SOURCES.has(c.source) && Boolean(c.resolve);

/**
 * Join a year-free date to the year after it: "June 1 of the same year", "the third quarter of 2019",
 * "the summer of last year", "June 1 last year". A comma joins only a stated year ("June 1, 2018").
 */
export const yearQualifierRefiner: DateRefiner = {
  id: 'year-qualifier',
  refine(text, candidates) {
    return joinNext(candidates, (date, year): Candidate | null => {
      const between = text.slice(date.end, year.start);
      const joins = /^\s+of\s+$|^\s+$/.test(between) || (/^\s*,\s*$/.test(between) && year.source === 'year');
      if (!date.yearless || !namesYear(year) || !joins) return null;
      const { yearless } = date;
      const resolveYear = year.resolve!;
      return {
        ...date,
        end: year.end,
        source: 'year-qualifier',
        yearless: undefined,
        resolve: (scope) => {
          const stated = resolveYear(scope);
          const y = stated && /^\d{4}$/.test(stated.value) ? Number(stated.value) : null;
          return withOrigin(yearless.at(y), Boolean(stated?.anchor?.fromDocument));
        },
      };
    });
  },
};
