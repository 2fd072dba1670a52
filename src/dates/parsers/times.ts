import { groupEnd, groupStart, scan, type Candidate, type DateParser } from '../candidate.js';
import { contextDay } from '../anchoring.js';
import { formatDay } from '../calendar.js';
import { wordBefore } from './guards.js';

/** "0800 UTC", "2030 GMT", "1400 hours", "0600 local time": clock times chrono does not read. */
const MILITARY = /(?<![\d$€£¥.,:])\b(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?<zone>UTC|GMT|Z\b|hours\b|hrs\b|local\s+time\b)/dg;

/** "at noon", "by midnight". */
const NAMED = /\b(?:at|by|until|till|before|after|around|about|from|past|near)\s+(?<x>noon|midday|midnight)\b/dgi;

function clockCandidate(start: number, end: number, clock: string): Candidate {
  return {
    start, end, type: 'TIME', grain: 'minute', source: 'times',
    resolve: (scope) => {
      const day = contextDay(scope);
      return { value: `${day ? formatDay(day) : 'XXXX-XX-XX'}${clock}` };
    },
  };
}

/** Clock times beyond chrono's: military notation with a zone, noon and midnight. */
export const timeParser: DateParser = {
  id: 'times',
  parse(text) {
    const out = scan(text, MILITARY, (m) => {
      const g = m.groups!;
      const zone = /^(UTC|GMT|Z)$/.test(g.zone!) ? 'Z' : '';
      // "2000 hours of footage": without a zone, "hours" needs a clock preposition before it.
      if (!zone && !/^(at|by|until|till|from|around|before|after)$/i.test(wordBefore(text, m.index))) return null;
      return clockCandidate(m.index, m.index + m[0].length, `T${g.h}:${g.m}${zone}`);
    });
    out.push(
      ...scan(text, NAMED, (m) => {
        const word = m.groups!.x!.toLowerCase();
        return clockCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), word === 'midnight' ? 'T24:00' : 'T12:00');
      }),
    );
    return out;
  },
};
