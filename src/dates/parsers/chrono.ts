// English alone: the package's index loads every locale, 266 modules against 51, about 0.2 s of
// a worker's start-up; its `casual` is this locale's.
import * as chrono from 'chrono-node/en';
import type { ParsedComponents } from 'chrono-node';
import type { Grain } from '../../types.js';
import type { Candidate, DateParser, ParsedWords, Resolution, ResolutionScope } from '../candidate.js';
import { contextDay, deadlineShift, weekdayDay, type WeekdayShift } from '../anchoring.js';
import { formatDay, shiftToWeekday, type Day } from '../calendar.js';
import { acceptMonthName, acceptWeekdayName, deadlineWeekday, indefiniteWeekday, type DeadlineReading } from './guards.js';
import { pairedWeekdayAfter, scheduledPresentAfter, scheduledPresentBefore } from './scheduled-present.js';
import { raceTimeAt } from './race-times.js';

/**
 * chrono parsers we replace with our own: relative and casual expressions need TIMEX3 grains,
 * tense and narrative anchors that chrono's single `Date` cannot carry.
 */
const REPLACED_PARSERS = new Set([
  'ENTimeUnitWithinFormatParser',
  'ENTimeUnitAgoFormatParser',
  'ENTimeUnitLaterFormatParser',
  'ENCasualDateParser',
  'ENCasualTimeParser',
  'ENEndOfCurrentMonthParser',
  'ENRelativeDateFormatParser',
  'ENTimeUnitCasualRelativeFormatParser',
]);
const REPLACED_REFINERS = new Set(['ENEndOfPeriodRefiner', 'ENMergeRelativeAfterDateRefiner', 'ENMergeRelativeFollowByDateRefiner', 'ForwardDateRefiner']);

/** chrono's casual English, keeping calendar dates, weekdays, clock times and their ranges. */
const calendarChrono = (() => {
  const c = chrono.casual.clone();
  c.parsers = c.parsers.filter((p) => !REPLACED_PARSERS.has(p.constructor.name));
  c.refiners = c.refiners.filter((r) => !REPLACED_REFINERS.has(r.constructor.name));
  return c;
})();

/** chrono fills unstated parts from a reference; we read only the parts the text stated, so any fixed date will do. */
const FIXED_REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** The parts of a chrono result the text actually stated. */
interface Stated {
  y?: number;
  m?: number;
  d?: number;
  weekday?: number;
  hour?: number;
  minute?: number;
  tz?: number;
}

function stated(c: ParsedComponents): Stated {
  const out: Stated = {};
  const take = (component: chrono.Component, key: keyof Stated): void => {
    const v = c.get(component);
    if (c.isCertain(component) && v !== null) out[key] = v;
  };
  take('year', 'y');
  take('month', 'm');
  take('day', 'd');
  take('weekday', 'weekday');
  take('hour', 'hour');
  take('minute', 'minute');
  take('timezoneOffset', 'tz');
  return out;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');

function clock(s: Stated): string {
  if (s.hour === undefined) return '';
  let zone = '';
  if (s.tz === 0) zone = 'Z';
  else if (s.tz !== undefined) zone = `${s.tz < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(s.tz) / 60))}:${pad2(Math.abs(s.tz) % 60)}`;
  return `T${pad2(s.hour)}:${pad2(s.minute ?? 0)}${zone}`;
}

/** "2019-06-01", "2019-06" or "XXXX-06-01" for a stated month (and day) in a year. */
function calendarValue(s: Stated, year: number | null): string {
  const y = year === null ? 'XXXX' : String(year).padStart(4, '0');
  return s.d === undefined ? `${y}-${pad2(s.m!)}` : `${y}-${pad2(s.m!)}-${pad2(s.d)}`;
}

/** A month/day date (or a range of them) in a given year; the end moves to the next year when it would come first. */
function calendarResolution(from: Stated, to: Stated | null, year: number | null): Resolution {
  const startYear = from.y ?? (to?.y !== undefined && (to.m ?? 0) < (from.m ?? 0) ? to.y - 1 : to?.y) ?? year;
  const grain = from.d === undefined ? 'month' : 'day';
  const startValue = calendarValue(from, startYear) + clock(from);
  const anchor = startYear === null ? undefined : { y: startYear, m: from.m!, ...(from.d !== undefined ? { d: from.d } : {}) };
  if (!to || to.m === undefined) return { value: startValue, grain, ...(anchor ? { anchor } : {}) };
  const wraps = startYear !== null && (to.m < from.m! || (to.m === from.m && (to.d ?? 0) < (from.d ?? 0)));
  const endYear = to.y ?? (startYear === null ? null : startYear + (wraps ? 1 : 0));
  return { value: `${startValue}/${calendarValue(to, endYear)}${clock(to)}`, grain, ...(anchor ? { anchor } : {}) };
}

/** What joins the two ends of a chrono range, strongest first ("to" before a dash inside "2019-02-03"). */
const RANGE_JOINERS = [/\s+(?:to|through|thru|until|till|and)\s+/i, /\s*[–—]\s*/, /\s+-\s+/, /(?<=[A-Za-z\d.])-(?=[A-Za-z\d])/];

/** The two ends of a range's extent ("February 3" and "4, 2019" of "February 3-4, 2019"), or undefined. */
export function rangeEnds(text: string, start: number, end: number): Candidate['parts'] {
  const extent = text.slice(start, end);
  for (const joiner of RANGE_JOINERS) {
    const m = joiner.exec(extent);
    if (m && m.index > 0 && m.index + m[0].length < extent.length) {
      return [{ start, end: start + m.index }, { start: start + m.index + m[0].length, end }];
    }
  }
  return undefined;
}

/** A weekday's name in full. */
const WEEKDAY_WORD = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** A clock time of a bare number before a weekday: "17 on Sunday", "12 Monday". */
const BARE_HOUR_BEFORE_WEEKDAY = /^\d{1,2}\s+(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b/;

/** Words that make a bare number a clock time: "at 5 on Monday", "by 9 Friday". */
const CLOCK_CUE_BEFORE = /\b(?:at|by|until|till|around|about|from|after|before)\s+$/i;

const LEADING_PREPOSITION = /^(?:(?:on|at|in|from|since|by|until|till|during|of|for|between|before|after|around|about)\s+)+/i;

/** A chrono candidate, with its two ends when chrono read a range. */
function toCandidate(text: string, result: chrono.ParsedResult, words: ParsedWords): Candidate | null {
  const candidate = toSingleCandidate(text, result, words);
  if (!candidate || !result.end) return candidate;
  const parts = rangeEnds(text, candidate.start, candidate.end);
  // "sentenced on Jan. 5 to 10 years": the number after "to" counts something, the date is one day.
  if (parts && COUNTED_AFTER.test(text.slice(candidate.end, candidate.end + 24))) {
    const single = { index: result.index, text: text.slice(result.index, parts[0].end), start: result.start, end: null } as unknown as chrono.ParsedResult;
    return toSingleCandidate(text, single, words);
  }
  return parts ? { ...candidate, parts } : candidate;
}

/** A unit or counted noun right after a range's second number: it was a quantity, not a day. */
const COUNTED_AFTER = /^\s*(?:years?|months?|weeks?|days?|hours?|minutes?|percent|per\s*cent|%|points?|times|people|votes|seats)\b/i;

function toSingleCandidate(text: string, result: chrono.ParsedResult, words: ParsedWords): Candidate | null {
  let start = result.index;
  let end = result.index + result.text.length;
  const lead = LEADING_PREPOSITION.exec(result.text);
  if (lead) start += lead[0].length;
  while (end > start && /[\s,;:\-–—]/.test(text[end - 1]!)) end--;
  if (text[end - 1] === ')' && !text.slice(start, end).includes('(')) end--;
  let extent = text.slice(start, end);
  const from = stated(result.start);
  // The weekday alone is the date: the item starts at it and chrono's clock time before it is dropped.
  const weekdayAlone = (): boolean => {
    const day = WEEKDAY_WORD.exec(extent);
    if (!day || from.weekday === undefined) return false;
    start += day.index;
    extent = text.slice(start, end);
    delete from.hour;
    delete from.minute;
    delete from.tz;
    return true;
  };
  // "finished in 2:05:30 on Sunday": the race time is a result, no time expression (race-times.ts); only the day is chrono's.
  if (from.hour !== undefined && raceTimeAt(text, start)) {
    if (!weekdayAlone()) return null;
  }
  // "won 24-17 on Sunday", "between $10 and $12 on Monday": a bare number before a weekday is a score or an amount,
  // a clock time only after a word of time ("at 5 on Monday"); the weekday alone is the date.
  if (from.hour !== undefined && BARE_HOUR_BEFORE_WEEKDAY.test(extent) && !CLOCK_CUE_BEFORE.test(text.slice(Math.max(0, start - 12), start))) weekdayAlone();
  const to = result.end ? stated(result.end) : null;
  const isTime = from.hour !== undefined;
  const type = isTime ? 'TIME' : 'DATE';
  const timeGrain: Grain = /\d[:.]\d/.test(extent) ? 'minute' : 'hour';

  if (from.m !== undefined) {
    // A clock time needs a day: "January 2019 at 10 a.m." is left to the month and time parsers.
    if (isTime && from.d === undefined) return null;
    if (!acceptMonthName(text, start, end, from.d !== undefined || from.y !== undefined)) return null;
    if (/\//.test(extent) && from.y === undefined && to?.y === undefined) return null;
    const grain: Grain = isTime ? timeGrain : from.d === undefined ? 'month' : 'day';
    const base = { start, end, type, grain, source: 'chrono' } as const;
    if (from.y !== undefined || to?.y !== undefined) {
      const resolution = { ...calendarResolution(from, to, null), grain };
      return { ...base, resolve: () => resolution };
    }
    return { ...base, yearless: { month: from.m, at: (year) => ({ ...calendarResolution(from, to, year), grain }) } };
  }

  if (from.weekday !== undefined && from.d === undefined) {
    // Opening hours ("Mon-Fri 9 am to 5 pm", "Sat 08:30 am - 06:30 pm"): the clock times hold on
    // every such day, none in particular; the weekday words are a schedule, not a date.
    const clockStart = isTime ? /\d/.exec(extent) : null;
    const abbreviated = /^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)\b\.?/.test(extent);
    if (clockStart && (abbreviated || WEEKDAY_RANGE_BEFORE.test(text.slice(Math.max(0, start - 16), start)))) {
      return { start: start + clockStart.index, end, type, grain: timeGrain, source: 'chrono', resolve: () => scheduleResolution(from, to) };
    }
    // The first day of such a schedule ("Monday to Friday 9 am - 5 pm") is no particular Monday either.
    if (!isTime && WEEKDAY_RANGE_TO_CLOCK.test(text.slice(end, end + 40))) return null;
    const shiftWord = /^(last|next|this|coming|past)\s+/i.exec(extent)?.[1]?.toLowerCase();
    // A clock time beside the weekday ("15:00 GMT Saturday") makes it a date whatever word comes before.
    if (!acceptWeekdayName(text, start, end, Boolean(shiftWord) || isTime, words)) return null;
    const stated: WeekdayShift = shiftWord === 'last' || shiftWord === 'past' ? 'last' : shiftWord === 'next' ? 'next' : shiftWord ? 'this' : null;
    // "The board meets on Monday", "On Monday, the president arrives": a timetable's present points ahead, as "this Monday" does; not a habit ("usually meets on Monday").
    const scheduled = !stated && (scheduledPresentBefore(text, start, end, words) || scheduledPresentAfter(text, start, end, words));
    const shift = (scope: ResolutionScope): WeekdayShift => (scheduled && scope.tense() !== 'habitual' ? 'this' : stated);
    // "The Fed meets on Tuesday and Wednesday" (written on the Wednesday): two days of one timetable, read as a range.
    const paired = scheduled ? pairedWeekdayAfter(text, end) : undefined;
    // A deadline points forward from the time of writing, as "this Friday" does ("set a Friday deadline").
    const deadline = shiftWord ? null : deadlineWeekday(text, start, end, words);
    // "on a Monday": some Monday, none the text names (TIMEX3 `XXXX-WXX-1`, TimeML 1.2.1 §2.2.3 non-specific values).
    if (!shiftWord && indefiniteWeekday(text, start, end)) {
      const generic = `XXXX-WXX-${from.weekday || 7}${clock(from)}`;
      return { start, end, type, grain: isTime ? timeGrain : 'day', source: 'chrono', resolve: () => ({ value: generic }) };
    }
    return {
      start, end, type, grain: isTime ? timeGrain : 'day', source: 'chrono',
      resolve: (scope) => weekdayResolution(scope, from.weekday!, deadline ? deadlineShift(scope, deadline) : shift(scope), from, to, paired),
    };
  }

  if (isTime && from.d === undefined) {
    if (!/\d:\d\d|\d\s*(?:[ap]\.?m\b\.?)|o['’]clock/i.test(extent) && from.tz === undefined) return null;
    const scheduled = scheduledPresentBefore(text, start, end, words);
    return { start, end, type, grain: timeGrain, source: 'chrono', ...(scheduled ? { scheduled } : {}), resolve: (scope) => timeResolution(scope, from, to) };
  }
  return null;
}

/**
 * A weekday (or "Monday to Friday": the first, then the next matching day on or after it); after a given day, the first
 * one after it. `paired` is the second of two days joined by "and" ("Tuesday and Wednesday"), which ends the range the
 * first day opens without being part of its value.
 */
function weekdayResolution(scope: ResolutionScope, weekday: number, shift: WeekdayShift | Day, s: Stated, to: Stated | null, paired?: number): Resolution {
  const endWeekday = to?.weekday;
  const rangeEnd = endWeekday ?? paired;
  const day = shift === 'this' && rangeEnd !== undefined ? rangeUnderWay(scope, weekday, rangeEnd) : shift !== null && typeof shift === 'object' ? shiftToWeekday(shift, weekday, 'future', false) : weekdayDay(scope, weekday, shift);
  if (!day) {
    const end = endWeekday === undefined ? '' : `/XXXX-WXX-${endWeekday || 7}${clock(to!)}`;
    return { value: `XXXX-WXX-${weekday || 7}${clock(s)}${end}` };
  }
  const end = endWeekday === undefined ? '' : `/${formatDay(shiftToWeekday(day, endWeekday, 'future', true))}${clock(to!)}`;
  return { value: formatDay(day) + clock(s) + end, anchor: { ...day, fromDocument: true } };
}

/**
 * The first day of a coming range of weekdays, or of this week's when the document's day falls inside it ("The shop
 * opens Monday to Friday", written on a Thursday: this week's Monday).
 */
function rangeUnderWay(scope: ResolutionScope, weekday: number, endWeekday: number): Day | null {
  const doc = scope.documentDate;
  if (!doc) return null;
  const begun = shiftToWeekday(doc, weekday, 'past', true);
  const ends = shiftToWeekday(begun, endWeekday, 'future', true);
  return formatDay(ends) >= formatDay(doc) ? begun : shiftToWeekday(doc, weekday, 'future', true);
}

/** The first day of a range of weekdays just before a position: "Mon-", "Monday to ", "Mon. through ". */
const WEEKDAY_RANGE_BEFORE = /\b(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?\s*(?:[-–—]|to|through|thru)\s*$/;

/** The rest of a range of weekdays with opening hours after the first day: " to Friday 9 am", "-Fri, 08:30". */
const WEEKDAY_RANGE_TO_CLOCK =
  /^\s*(?:[-–—]|to|through|thru)\s*(?:Mon|Tue|Tues|Wed|Wednes|Thu|Thur|Thurs|Fri|Sat|Satur|Sun)(?:day)?\.?\s*[,:]?\s*(?:from\s+)?\d{1,2}(?:[:.]\d\d|\s*[ap]\.?m\b)/i;

/** Clock times of a schedule, on no particular day ("XXXX-XX-XXT09:00/XXXX-XX-XXT17:00"). */
function scheduleResolution(s: Stated, to: Stated | null): Resolution {
  return { value: `XXXX-XX-XX${clock(s)}${to?.hour !== undefined ? `/XXXX-XX-XX${clock(to)}` : ''}` };
}

/** A clock time on the day in context ("from 9 a.m. to 5 p.m." gives an interval on that day). */
function timeResolution(scope: ResolutionScope, s: Stated, to: Stated | null): Resolution {
  const day: Day | null = contextDay(scope);
  const date = day ? formatDay(day) : 'XXXX-XX-XX';
  return { value: date + clock(s) + (to?.hour !== undefined ? `/${date}${clock(to)}` : '') };
}

/**
 * A sentence end inside one chrono result: chrono joins a date and a time across a full stop
 * ("on May 3. At 2:30 the ship sank", "on Tuesday. At 4 the vote began"); the stop after a number
 * or a whole word (four lower-case letters before it) before a capital ends the sentence, an
 * abbreviation's does not ("a.m. Sunday", "Jan. 5", "Thurs. Jan. 5" stay whole).
 */
const SENTENCE_BREAK = /(?:\d|(?<!Thurs)[a-z]{4})[.!?](?=\s+[A-Z])/;

/** The end of the sentence around `pos` in a text: its stop before a capital or the text's end, or a line break, at most 120 characters on. */
function sentenceEnd(text: string, pos: number): number {
  const stop = /[.!?](?=\s+[A-Z]|\s*$)|\n/.exec(text.slice(pos, pos + 120));
  return stop ? pos + stop.index : Math.min(text.length, pos + 120);
}

/** chrono's results in a text, each cut at a sentence end inside it and the parts read on their own. */
function chronoResults(text: string, offset = 0): chrono.ParsedResult[] {
  const out: chrono.ParsedResult[] = [];
  for (const result of calendarChrono.parse(text, FIXED_REFERENCE)) {
    const cut = SENTENCE_BREAK.exec(result.text);
    if (!cut) {
      // toCandidate reads only the index, text, start and end of a result.
      out.push(offset ? ({ ...result, index: result.index + offset } as chrono.ParsedResult) : result);
      continue;
    }
    const from = result.index;
    const stop = cut.index + cut[0].length;
    out.push(...chronoResults(text.slice(from, from + stop), offset + from));
    const rest = from + stop + (/^\s*/.exec(result.text.slice(stop))?.[0].length ?? 0);
    // The rest opens a sentence, read up to that sentence's end: "At 2:30 a.m. on March 5" is one time, whose
    // day is the one it names, not the day the sentence before told of ("The ship left on March 3.").
    const restEnd = Math.max(from + result.text.length, sentenceEnd(text, from + result.text.length));
    out.push(...chronoResults(text.slice(rest, restEnd), offset + rest));
  }
  return out;
}

/** chrono-based calendar dates, weekdays and clock times ("11th July, 2019", "February 3-4, 2019", "10:30 a.m."). */
export const chronoParser: DateParser = {
  id: 'chrono',
  parse(text, words) {
    const out: Candidate[] = [];
    for (const result of chronoResults(text)) {
      const candidate = toCandidate(text, result, words);
      if (candidate) out.push(candidate);
    }
    return out;
  },
};
