/**
 * TIMEX3 value syntax, as the dates stage may write it: calendar points with X placeholders
 * ("2019-07-11", "XXXX-WXX-1", "2019-Q3", "2019-SU", "201" a decade, "19" a century, "2" a
 * millennium), times ("2019-07-11T14:30", "2021-11-08T10:15Z", "TMO"), durations ("P3M", "PT2H", "P1DE"), the
 * references (PRESENT_REF, ...) and intervals "A/B" of those.
 */
const D = '[0-9X]';
const MONTH = '(?:0[1-9]|1[0-2]|XX)';
const DAY = '(?:0[1-9]|[12][0-9]|3[01]|XX)';
const WEEK = '(?:0[1-9]|[1-4][0-9]|5[0-3]|XX)';
const YEAR = `${D}{4}`;
/** A point that can carry a time of day: a day of a month or of a week. */
const DAY_POINT = `${YEAR}-(?:${MONTH}-${DAY}|W${WEEK}-[1-7X])`;
const PERIOD = `${YEAR}(?:-${MONTH}|-Q[1-4X]|-H[12X]|-(?:SU|FA|WI|SP)|-W${WEEK}(?:-WE)?|-WE)?|${D}{3}|${D}{2}|[0-9]`;
const CLOCK = '(?:[01][0-9]|2[0-4])(?::[0-5][0-9](?::[0-5][0-9](?:\\.[0-9]+)?)?)?';
/** A UTC offset after a clock time: "Z", "+03:00", "-0500". */
const ZONE = '(?:Z|[+-](?:[01][0-9]|2[0-3])(?::?[0-5][0-9])?)';
const TIME = `T(?:${CLOCK}${ZONE}?|MO|MI|AF|EV|NI|DT)`;
const POINT = `(?:${DAY_POINT}(?:${TIME})?|${PERIOD}|${TIME})`;
const AMOUNT = '(?:[0-9]+(?:\\.[0-9]+)?|X+)';
const DURATION = `P(?:(?:${AMOUNT}(?:Y|M|W|D|Q|H|DE|CE|ML|L|WE))+(?:T(?:${AMOUNT}[HMS])+)?|T(?:${AMOUNT}[HMS])+)`;
const REFERENCE = '(?:PRESENT_REF|PAST_REF|FUTURE_REF)';
const SINGLE = `(?:${POINT}|${DURATION}|${REFERENCE})`;
const TIMEX_VALUE = new RegExp(`^${SINGLE}(?:/${SINGLE})?$`);

const daysIn = (year: number, month: number): number => new Date(Date.UTC(year, month, 0)).getUTCDate();

/** Why a TIMEX3 value is malformed, or null when it is well formed. */
export function timexProblem(value: unknown): string | null {
  if (typeof value !== 'string') return `not a string: ${JSON.stringify(value)}`;
  if (!TIMEX_VALUE.test(value)) return `not TIMEX3 syntax: ${JSON.stringify(value)}`;
  for (const m of value.matchAll(/(?:^|\/)(\d{4})-(\d{2})-(\d{2})/g)) {
    const [, y, mo, d] = m;
    if (Number(d) > daysIn(Number(y), Number(mo))) return `no such day: ${JSON.stringify(value)}`;
  }
  return null;
}
