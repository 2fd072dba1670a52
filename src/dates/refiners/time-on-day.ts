import type { Candidate, DateRefiner, Resolution, ResolutionScope } from '../candidate.js';
import { joinNext } from './join-next.js';

/** Parsers whose TIME candidates are clock times ("2:30", "10 a.m.", "noon", "0600 GMT"). */
const CLOCK_SOURCES = new Set(['chrono', 'times', 'time-zone']);

/** Parsers whose day candidates are told from another day: "tomorrow", "the next day", "that day", "the day before". */
const RELATIVE_DAY_SOURCES = new Set(['days', 'anaphora']);

/** Only a space or "on" between the clock time and its day: "2:30 the next day", "10 a.m. on the same day". */
const JOINER = /^\s+(?:on\s+)?$/;

/** A time ending in a full stop before a capitalized day word ends its sentence: "at 4 p.m. Yesterday the index had risen". */
const endsSentenceBefore = (text: string, timeEnd: number, dayStart: number): boolean =>
  /[.!?]$/.test(text.slice(0, timeEnd)) && /^[A-Z]/.test(text.slice(dayStart, dayStart + 1));

const FULL_DAY = /^\d{4}-\d{2}-\d{2}/;

/**
 * A clock time followed by the day it is on, told from another day, is one TIME (TimeML Annotation
 * Guidelines 1.2.1 §2.2.1: a time and the day it falls on form one expression): "10 a.m. tomorrow"
 * → 2019-07-12T10:00; "cast at 2:30 the next day" → the day after the narrative's day, at 02:30.
 * A day the text cannot pin ("the next day" after a month) leaves the day unknown: `XXXX-XX-XXT12:00`.
 */
export const timeOnDayRefiner: DateRefiner = {
  id: 'time-on-day',
  refine(text, candidates) {
    return joinNext(candidates, (time, day): Candidate | null => {
      const joins =
        time.type === 'TIME' && CLOCK_SOURCES.has(time.source) && (time.grain === 'minute' || time.grain === 'hour') && time.resolve && !time.parts &&
        RELATIVE_DAY_SOURCES.has(day.source) && (day.grain === 'day' || day.grain === 'part-of-day') && day.resolve && !day.parts &&
        JOINER.test(text.slice(time.end, day.start)) && !endsSentenceBefore(text, time.end, day.start);
      if (!joins) return null;
      const resolveTime = time.resolve!;
      const resolveDay = day.resolve!;
      return {
        ...time,
        end: day.end,
        source: 'time-on-day',
        resolve: (scope: ResolutionScope): Resolution | null => {
          const clock = resolveTime(scope);
          const date = resolveDay(scope);
          if (!clock || !date || !clock.value.includes('T')) return clock;
          // A day the text cannot pin leaves the clock on no known day rather than on the document's.
          const on = FULL_DAY.test(date.value) ? date.value.slice(0, 10) : 'XXXX-XX-XX';
          const value = `${on}${clock.value.slice(clock.value.indexOf('T'))}`;
          return { ...clock, value, ...(date.anchor ? { anchor: date.anchor } : {}) };
        },
      };
    });
  },
};
