/** A calendar day (proleptic Gregorian, no time zone): what TIMEX3 values are built from. */
export interface Day {
  y: number;
  m: number;
  d: number;
}

/** Read an ISO `yyyy-mm-dd`; null for anything else. */
export function parseIsoDay(iso: string | null | undefined): Day | null {
  const match = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  if (!match) return null;
  return { y: Number(match[1]), m: Number(match[2]), d: Number(match[3]) };
}

const toEpochDay = (day: Day): number => Date.UTC(day.y, day.m - 1, day.d) / 86_400_000;

function fromEpochDay(n: number): Day {
  const date = new Date(n * 86_400_000);
  return { y: date.getUTCFullYear(), m: date.getUTCMonth() + 1, d: date.getUTCDate() };
}

const daysInMonth = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** The day `n` days later (earlier for negative `n`). */
export const addDays = (day: Day, n: number): Day => fromEpochDay(toEpochDay(day) + n);

/** Add months, keeping the day inside the target month (Jan 31 + 1 month → Feb 28/29). */
export function addMonths(day: Day, n: number): Day {
  const index = day.y * 12 + (day.m - 1) + n;
  const y = Math.floor(index / 12);
  const m = (index % 12) + 1;
  return { y, m, d: Math.min(day.d, daysInMonth(y, m)) };
}

/** 0 = Sunday … 6 = Saturday. */
export const weekdayOf = (day: Day): number => new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();

/** ISO 8601 week-numbering year and week. */
export function isoWeek(day: Day): { year: number; week: number } {
  const isoDow = weekdayOf(day) || 7;
  const thursday = addDays(day, 4 - isoDow);
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  return { year: thursday.y, week: Math.floor((toEpochDay(thursday) - toEpochDay(jan1)) / 7) + 1 };
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** TIMEX3 values at year, month and day grain: "2019", "2019-07", "2019-07-11". */
export const formatYear = (y: number): string => pad(y, 4);
/** "2019-07". */
export const formatMonth = (y: number, m: number): string => `${pad(y, 4)}-${pad(m, 2)}`;
/** "2019-07-11". */
export const formatDay = (day: Day): string => `${pad(day.y, 4)}-${pad(day.m, 2)}-${pad(day.d, 2)}`;

/** `2019-W27` for the ISO week containing `day`, shifted by `offset` weeks. */
export function formatWeek(day: Day, offset = 0): string {
  const { year, week } = isoWeek(addDays(day, offset * 7));
  return `${pad(year, 4)}-W${pad(week, 2)}`;
}

/** 1–4 for a month 1–12. */
export const quarterOf = (m: number): number => Math.ceil(m / 3);

/** `2019-Q3` for quarter index `q` (may run past 1–4: it carries into the year). */
export function formatQuarter(y: number, q: number): string {
  const index = y * 4 + (q - 1);
  return `${pad(Math.floor(index / 4), 4)}-Q${(index % 4) + 1}`;
}

/** The weekday `weekday` nearest to `from` in a direction; `sameDayCounts` lets `from` itself match. */
export function shiftToWeekday(from: Day, weekday: number, direction: 'past' | 'future', sameDayCounts: boolean): Day {
  const current = weekdayOf(from);
  if (direction === 'past') {
    let back = (current - weekday + 7) % 7;
    if (back === 0 && !sameDayCounts) back = 7;
    return addDays(from, -back);
  }
  let ahead = (weekday - current + 7) % 7;
  if (ahead === 0 && !sameDayCounts) ahead = 7;
  return addDays(from, ahead);
}
