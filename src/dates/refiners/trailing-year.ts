import type { Candidate, DateRefiner } from '../candidate.js';
import { withOrigin } from '../anchoring.js';

/** A stated year that can place the year-free dates before it ("in 1981"). */
const statesYear = (c: Candidate): boolean => c.source === 'year' && c.grain === 'year' && c.type === 'DATE' && !c.mod && Boolean(c.resolve);

/** What joins year-free dates into one run: "May and June", "July to September", "March 3, 5 or 7". */
const RUN_JOINER = /^\s*(?:[-–—,]|,?\s+(?:and|or|to|through|until|till)\s+)\s*$/i;

/**
 * Year-free dates followed in the same phrase by "in" and a year take that year, each keeping its
 * own span: "between May and June in 1981" → 1981-05, 1981-06 (the year is stated; TimeML
 * Annotation Guidelines 1.2.1, §2.2.3: a value is filled from the text before the document date).
 * "June of 1981" and "June 1981" are one expression; the year-qualifier refiner joins those.
 */
export const trailingYearRefiner: DateRefiner = {
  id: 'trailing-year',
  refine(text, candidates) {
    const out = [...candidates];
    for (let i = 0; i < out.length; i++) {
      const year = out[i]!;
      if (!statesYear(year) || i === 0) continue;
      let first = i - 1;
      if (!out[first]!.yearless || !/^\s+in\s+$/.test(text.slice(out[first]!.end, year.start))) continue;
      while (first > 0 && out[first - 1]!.yearless && RUN_JOINER.test(text.slice(out[first - 1]!.end, out[first]!.start))) first--;
      const resolveYear = year.resolve!;
      for (let j = first; j < i; j++) {
        const date = out[j]!;
        const { yearless } = date;
        out[j] = {
          ...date,
          yearless: undefined,
          resolve: (scope) => {
            const stated = resolveYear(scope);
            const y = stated && /^\d{4}$/.test(stated.value) ? Number(stated.value) : null;
            return withOrigin(yearless!.at(y), Boolean(stated?.anchor?.fromDocument));
          },
        };
      }
    }
    return out;
  },
};
