import { groupEnd, groupStart, scan, type Candidate, type DateParser } from '../candidate.js';
import { contextDay, deadlineDay } from '../anchoring.js';
import { weekdayNumber } from '../words.js';
import { formatDay } from '../calendar.js';
import { deadlineWeekday, wordBefore } from './guards.js';

/** "0800 UTC", "2030 GMT", "1400 hours", "0600 local time": clock times chrono does not read. */
const MILITARY = /(?<![\d$€£¥.,:])\b(?<h>[01]\d|2[0-3])(?<m>[0-5]\d)\s*(?<zone>UTC|GMT|Z\b|hours\b|hrs\b|local\s+time\b)/dg;

/** "at noon", "by midnight", "at midnight Friday" (one TIME with its day, TimeML 1.2.1 §2.2.1). */
const NAMED =
  /\b(?:at|by|until|till|to|before|(?<after>after|past)|around|about|from|near|(?<of>of))\s+(?<x>(?<clock>noon|midday|midnight)(?:\s+(?:on\s+)?(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b)?)\b/dgi;

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
  parse(text, words) {
    const out = scan(text, MILITARY, (m) => {
      const g = m.groups!;
      const zone = /^(UTC|GMT|Z)$/.test(g.zone!) ? 'Z' : '';
      // "2000 hours of footage": without a zone, "hours" needs a clock preposition before it.
      if (!zone && !/^(at|by|until|till|from|around|before|after)$/i.test(wordBefore(text, m.index))) return null;
      return clockCandidate(m.index, m.index + m[0].length, `T${g.h}:${g.m}${zone}`);
    });
    out.push(
      ...scan(text, NAMED, (m) => {
        const wd = m.groups!.wd;
        // Midnight is the end of its day (TimeML's T24:00: "by midnight Friday"), but a time after it on a named day falls in
        // that day, at its start ("took effect just after midnight on Thursday": Thursday T00:00).
        const midnight = m.groups!.after && wd ? 'T00:00' : 'T24:00';
        const clock = m.groups!.clock!.toLowerCase() === 'midnight' ? midnight : 'T12:00';
        // "a deadline of midnight Friday" names a time; "the stroke of midnight" is left to the other parsers.
        if (m.groups!.of && !wd) return null;
        if (!wd) return clockCandidate(groupStart(m, 'x'), groupEnd(m, 'x'), clock);
        const weekday = weekdayNumber(wd);
        // "had until midnight Friday to pay": a deadline points forward, as a bare weekday's does (guards.ts).
        const deadline = deadlineWeekday(text, groupStart(m, 'x'), groupEnd(m, 'x'), words);
        return {
          start: groupStart(m, 'x'), end: groupEnd(m, 'x'), type: 'TIME', grain: 'minute', source: 'times',
          resolve: (scope) => {
            const day = deadlineDay(scope, weekday, deadline);
            return { value: `${day ? formatDay(day) : `XXXX-WXX-${weekday || 7}`}${clock}` };
          },
        };
      }),
    );
    return out;
  },
};
