import type { Candidate, DateRefiner, Resolution, ResolutionScope } from '../candidate.js';
import { formatDay, parseIsoDay, type Day } from '../calendar.js';
import { weekdayDay } from '../anchoring.js';
import { weekdayNumber } from '../words.js';

/** UTC offsets in minutes of the zone abbreviations news writes after a clock time. */
const FIXED_OFFSET: Record<string, number> = {
  EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360, PST: -480, PDT: -420, BST: 60, CET: 60, CEST: 120,
};

/** Standard-time offsets of the North American zones named without saying standard or daylight ("Eastern Time", "ET"). */
const SEASONAL_OFFSET: Record<string, number> = { eastern: -300, central: -360, mountain: -420, pacific: -480, et: -300, ct: -360, pt: -480 };

/**
 * A zone after a clock time: "Eastern Time", "Pacific Standard Time", "ET", "EDT", "local time";
 * a bare "Eastern" only before punctuation or a day ("at 10 a.m. Eastern on Friday"); a place's time ("9 p.m. Lagos
 * time"), which like "local time" gives no offset the table knows.
 */
const ZONE =
  /^\s+(?<zone>(?<region>Eastern|Central|Mountain|Pacific)(?:\s+(?<kind>Standard|Daylight))?\s+[Tt]ime\b|(?<bare>Eastern|Central|Mountain|Pacific)(?=\s*[,.;:)]|\s*$|\s+on\b)|(?<abbr>EST|EDT|CST|CDT|MST|MDT|PST|PDT|BST|CEST|CET|ET|CT|PT)\b|local\s+time\b|(?<place>\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?)\s+time\b)/du;

/** A weekday right after the time and its zone: "noon EDT Friday", "9:30 a.m. Eastern Time on Friday". */
const WEEKDAY_AFTER = /^\s+(?:on\s+)?(?<wd>(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b/;

/** The Sundays of a month, in order. */
function sundaysOf(y: number, m: number): number[] {
  const out: number[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(y, m - 1, d));
    if (date.getUTCMonth() === m - 1 && date.getUTCDay() === 0) out.push(d);
  }
  return out;
}

/**
 * Whether North American daylight time is in force on a day: from the second Sunday of March to
 * the first Sunday of November since 2007, from the first Sunday of April to the last of October before.
 */
function daylightTime(day: Day): boolean {
  const [from, to] = day.y >= 2007
    ? [300 + sundaysOf(day.y, 3)[1]!, 1100 + sundaysOf(day.y, 11)[0]!]
    : [400 + sundaysOf(day.y, 4)[0]!, 1000 + sundaysOf(day.y, 10).at(-1)!];
  const key = day.m * 100 + day.d;
  return key >= from && key < to;
}

const pad2 = (n: number): string => String(n).padStart(2, '0');
const formatOffset = (minutes: number): string => (minutes === 0 ? 'Z' : `${minutes < 0 ? '-' : '+'}${pad2(Math.floor(Math.abs(minutes) / 60))}:${pad2(Math.abs(minutes) % 60)}`);

/** The zone's offset on the time's day, or null when the zone gives none ("local time") or the day is unknown. */
function offsetOf(groups: Record<string, string | undefined>, day: Day | null): number | null {
  if (groups.abbr && FIXED_OFFSET[groups.abbr] !== undefined) return FIXED_OFFSET[groups.abbr]!;
  if (groups.kind) return FIXED_OFFSET[`${groups.region![0]}${groups.kind === 'Daylight' ? 'D' : 'S'}T`]!;
  const name = (groups.region ?? groups.bare ?? groups.abbr)?.toLowerCase();
  const standard = name ? SEASONAL_OFFSET[name] : undefined;
  if (standard === undefined || !day) return null;
  return standard + (daylightTime(day) ? 60 : 0);
}

/** A TIME's value with another day and a zone (else the zone it had): "2012-05-10T12:00" → "2012-05-11T12:00-04:00". */
function retimed(value: string, day: string | null, offset: number | null): string {
  const m = /^(?<date>[^T]+)T(?<clock>\d{2}:\d{2}|[A-Z]{2})(?<zone>Z|[+-]\d{2}:\d{2})?$/.exec(value);
  if (!m) return value;
  const clock = m.groups!.clock!;
  const zone = !/:/.test(clock) ? '' : offset === null ? (m.groups!.zone ?? '') : formatOffset(offset);
  return `${day ?? m.groups!.date}T${clock}${zone}`;
}

/**
 * Take a time zone and a weekday after a clock time into one TIME (TimeML Annotation Guidelines
 * 1.2.1 §2.2.1: a time with its zone and the day it is on is one expression): "noon EDT Friday"
 * → 2012-05-11T12:00-04:00; "9:30 a.m. Eastern Time" on a summer day → T09:30-04:00.
 */
export const timeZoneRefiner: DateRefiner = {
  id: 'time-zones',
  refine(text, candidates) {
    const out: Candidate[] = [];
    for (let i = 0; i < candidates.length; i++) {
      const time = candidates[i]!;
      const zone = time.type === 'TIME' && time.resolve ? ZONE.exec(text.slice(time.end, time.end + 40)) : null;
      // A clock time of our own parsers ("0600 GMT", "noon") takes the weekday after it too; chrono's already do.
      const ownClock = time.source === 'times' && WEEKDAY_AFTER.test(text.slice(time.end, time.end + 16));
      if (!zone && !ownClock) {
        out.push(time);
        continue;
      }
      let end = time.end + (zone?.[0].length ?? 0);
      const weekday = WEEKDAY_AFTER.exec(text.slice(end, end + 16));
      if (weekday) end += weekday[0].length;
      // The weekday a parser may have taken on its own is now part of the time.
      const next = candidates[i + 1];
      const absorbs = next !== undefined && next.start < end;
      if (absorbs && next.end > end) {
        out.push(time);
        continue;
      }
      const resolveTime = time.resolve!;
      const weekdayIndex = weekday ? weekdayNumber(weekday.groups!.wd!) : null;
      out.push({
        ...time,
        end,
        source: 'time-zone',
        resolve: (scope: ResolutionScope): Resolution | null => {
          const resolution = resolveTime(scope);
          if (!resolution) return null;
          // "Trading resumes at 9 a.m. local time on Monday": a timetable's present points to the coming Monday, as "this Monday" does.
          const shift = time.scheduled && scope.tense() !== 'habitual' ? 'this' : null;
          const weekdayDate = weekdayIndex === null ? null : weekdayDay(scope, weekdayIndex, shift);
          const day = weekdayDate ? formatDay(weekdayDate) : null;
          const offset = zone ? offsetOf(zone.groups!, parseIsoDay(day ?? resolution.value.slice(0, 10))) : null;
          return { ...resolution, value: retimed(resolution.value, day, offset) };
        },
      });
      if (absorbs) i++;
    }
    return out;
  },
};
