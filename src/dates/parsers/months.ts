import { groupStart, scan, type Candidate, type DateParser, type Resolution, type ResolutionScope } from '../candidate.js';
import { formatMonth } from '../calendar.js';
import { monthNumber } from '../words.js';
import { acceptMonthName } from './guards.js';

const MONTH_NAMES = 'January|February|March|April|May|June|July|August|September|October|November|December';

/** A full month name, optionally after "last", "next" or "this". */
const MONTH = new RegExp(`(?:\\b(?<shift>[Ll]ast|[Nn]ext|[Tt]his)\\s+)?\\b(?<month>${MONTH_NAMES})\\b`, 'dg');

const underspecified = (month: number): string => `XXXX-${String(month).padStart(2, '0')}`;

/** "last November": the latest November before the document month; "next June": the first after; "this June". */
function shiftedMonth(scope: ResolutionScope, month: number, shift: string): Resolution {
  const doc = scope.documentDate;
  if (!doc) return { value: underspecified(month) };
  const y = shift === 'last' ? doc.y - (month < doc.m ? 0 : 1) : shift === 'next' ? doc.y + (month > doc.m ? 0 : 1) : doc.y;
  return { value: formatMonth(y, month), anchor: { y, m: month, fromDocument: true } };
}

/**
 * Month names alone, where chrono declines them ("between March and May": chrono skips a bare
 * three-letter "May"), and after last/next/this ("last November"). The same guards as chrono's
 * months keep verbs and names out.
 */
export const monthParser: DateParser = {
  id: 'months',
  parse(text) {
    return scan(text, MONTH, (m): Candidate | null => {
      const g = m.groups!;
      const monthStart = groupStart(m, 'month');
      const end = m.index + m[0].length;
      const month = monthNumber(g.month!);
      // "last November 5" is chrono's day, not a month.
      if (g.shift && !/^\s+\d/.test(text.slice(end, end + 3))) {
        const shift = g.shift.toLowerCase();
        return { start: m.index, end, type: 'DATE', grain: 'month', source: 'relative', resolve: (scope) => shiftedMonth(scope, month, shift) };
      }
      if (!acceptMonthName(text, monthStart, end, false)) return null;
      return {
        start: monthStart, end, type: 'DATE', grain: 'month', source: 'months',
        yearless: {
          month,
          at: (year): Resolution => (year === null ? { value: underspecified(month) } : { value: formatMonth(year, month), anchor: { y: year, m: month } }),
        },
      };
    });
  },
};
