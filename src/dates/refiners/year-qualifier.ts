import type { Candidate, DateRefiner } from '../candidate.js';
import { joinNext } from './join-next.js';
import { withOrigin } from '../anchoring.js';

/** Candidates that name one whole year and can complete a year-free date after "of" or a space. */
const YEAR_SOURCES = new Set(['year', 'fiscal-year', 'relative', 'anaphora']);

const namesYear = (c: Candidate): boolean => c.grain === 'year' && c.type === 'DATE' && !c.mod && YEAR_SOURCES.has(c.source) && Boolean(c.resolve);

/** "of the year" after a period: the year the text is talking about, as the bare period would take it. */
const OF_THE_YEAR = /^\s+of\s+the\s+year\b(?![-'’])/;

/**
 * "the second half of the year", "the first quarter of the year": one expression (TimeML 1.2.1 §2.2.1: the extent takes
 * in the words that say which period), valued as the bare period ("the second half") is, in the year of the context.
 */
function withOfTheYear(text: string, candidates: readonly Candidate[]): Candidate[] {
  return candidates.map((c, i) => {
    const m = c.yearless ? OF_THE_YEAR.exec(text.slice(c.end, c.end + 24)) : null;
    const next = candidates[i + 1];
    if (!m || (next && next.start < c.end + m[0].length)) return c;
    return { ...c, end: c.end + m[0].length, source: 'year-qualifier' };
  });
}

/**
 * Join a year-free date to the year after it: "June 1 of the same year", "the third quarter of 2019",
 * "the summer of last year", "June 1 last year", "the second half of the year". A comma joins only a stated year
 * ("June 1, 2018").
 */
export const yearQualifierRefiner: DateRefiner = {
  id: 'year-qualifier',
  refine(text, candidates) {
    return withOfTheYear(text, joinNext(candidates, (date, year): Candidate | null => {
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
    }));
  },
};
