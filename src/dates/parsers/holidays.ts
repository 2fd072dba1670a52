import { scan, type DateParser, type Resolution } from '../candidate.js';
import { addDays, formatDay, shiftToWeekday, type Day } from '../calendar.js';

/** Easter Sunday (Gregorian computus, anonymous algorithm). */
function easter(y: number): Day {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  return { y, m: month, d: ((h + l - 7 * m + 114) % 31) + 1 };
}

/** The nth weekday of a month (n = -1: the last). */
function nthWeekday(y: number, m: number, weekday: number, n: number): Day {
  if (n > 0) return addDays(shiftToWeekday({ y, m, d: 1 }, weekday, 'future', true), 7 * (n - 1));
  const lastDay = addDays(m === 12 ? { y: y + 1, m: 1, d: 1 } : { y, m: m + 1, d: 1 }, -1);
  return shiftToWeekday(lastDay, weekday, 'past', true);
}

/** [name, month (for the tense rule), the day in a given year, whether that day is the same every year] */
const HOLIDAYS: Array<[RegExp, number, (y: number) => Day, boolean]> = [
  [/New\s+Year['’]s\s+Eve/, 12, (y) => ({ y, m: 12, d: 31 }), true],
  [/New\s+Year['’]s(?:\s+Day)?/, 1, (y) => ({ y, m: 1, d: 1 }), true],
  [/Christmas\s+Eve/, 12, (y) => ({ y, m: 12, d: 24 }), true],
  [/Christmas(?:\s+Day)?/, 12, (y) => ({ y, m: 12, d: 25 }), true],
  [/Boxing\s+Day/, 12, (y) => ({ y, m: 12, d: 26 }), true],
  [/Valentine['’]s\s+Day/, 2, (y) => ({ y, m: 2, d: 14 }), true],
  [/Halloween/, 10, (y) => ({ y, m: 10, d: 31 }), true],
  [/Easter\s+Monday/, 4, (y) => addDays(easter(y), 1), false],
  [/Easter(?:\s+Sunday)?/, 4, easter, false],
  [/Good\s+Friday/, 4, (y) => addDays(easter(y), -2), false],
  [/Maundy\s+Thursday/, 4, (y) => addDays(easter(y), -3), false],
  [/Holy\s+Saturday/, 4, (y) => addDays(easter(y), -1), false],
  [/Palm\s+Sunday/, 4, (y) => addDays(easter(y), -7), false],
  [/Ash\s+Wednesday/, 2, (y) => addDays(easter(y), -46), false],
  [/Shrove\s+Tuesday/, 2, (y) => addDays(easter(y), -47), false],
  [/Thanksgiving(?:\s+Day)?/, 11, (y) => nthWeekday(y, 11, 4, 4), false],
  // The shopping days after Thanksgiving.
  [/Black\s+Friday/, 11, (y) => addDays(nthWeekday(y, 11, 4, 4), 1), false],
  [/Cyber\s+Monday/, 11, (y) => addDays(nthWeekday(y, 11, 4, 4), 4), false],
  [/Memorial\s+Day/, 5, (y) => nthWeekday(y, 5, 1, -1), false],
  [/Labou?r\s+Day/, 9, (y) => nthWeekday(y, 9, 1, 1), false],
];

/**
 * The month a moving holiday always falls in, or null when it moves across months (Easter: March or April): in a habit,
 * no particular year, the value keeps what every year shares ("Americans always celebrate Thanksgiving" XXXX-11,
 * TimeML 1.2.1 §2.2.3 underspecified values). Read over two centuries of the rule, once.
 */
const MONTH_EVERY_YEAR: Array<number | null> = HOLIDAYS.map(([, , dayIn]) => {
  const month = dayIn(1950).m;
  for (let y = 1951; y <= 2150; y++) if (dayIn(y).m !== month) return null;
  return month;
});

/** One pass: every holiday name in one alternation, longest names first. */
const HOLIDAY = new RegExp(`\\b(?:${HOLIDAYS.map(([p]) => `(${p.source})`).join('|')})(?![\\w'’])`, 'g');

/** Whether a name is a holiday's ("Christmas", "Black Friday"): "Christmas sales" are no firm's. */
export const isHolidayName = (name: string): boolean => new RegExp(`^(?:${HOLIDAYS.map(([p]) => p.source).join('|')})$`).test(name);

/** "Christmas Island" is a place, "Easter Rising" an event. */
const NOT_THE_DAY = /^\s+(?:Island|Islands|Carol|Tree|Rebellion|Offensive|Rising)\b/;

/** A lower-case head noun and "of" a year after it: the holiday names an event ("the Ash Wednesday fires of 1983"). */
const EVENT_OF_YEAR = /^\s+[a-z]+(?:\s+[a-z]+)?\s+of\s+\d{4}\b/;

/**
 * A capitalized word after the holiday makes it part of a title or name ("The Christmas Cottage",
 * "Thanksgiving Parade Committee"); the day's own words ("Christmas Day", "Easter Sunday") are in the names above.
 */
const NAME_AFTER = /^\s+[A-Z][a-z]/;

/**
 * A name right before it, mid-sentence: a capitalized word after a lower-case one ("illustrator
 * Johnnie Christmas"), unless it says which holiday ("celebrated Orthodox Christmas").
 */
const NAME_BEFORE = /(?:^|[^\n.!?:;"“]\s)[a-z][\w'’-]*,?\s+(?!(?:Orthodox|Catholic|Coptic|Western|Eastern|Merry|Happy)\s)[A-Z][a-z]+\s+$/;

/** Holidays on a known day ("Christmas" → 2019-12-25, "Thanksgiving" → the fourth Thursday of November). */
export const holidayParser: DateParser = {
  id: 'holidays',
  parse(text) {
    return scan(text, HOLIDAY, (m) => {
      const index = m.slice(1).findIndex((g) => g !== undefined);
      const [, month, dayIn, fixed] = HOLIDAYS[index]!;
      const after = text.slice(m.index + m[0].length, m.index + m[0].length + 40);
      if (EVENT_OF_YEAR.test(after) || NOT_THE_DAY.test(after) || NAME_AFTER.test(after) || NAME_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
      return {
        start: m.index, end: m.index + m[0].length, type: 'DATE', grain: 'day', source: 'holidays',
        yearless: {
          month,
          at: (year): Resolution => {
            if (year === null) {
              if (fixed) return { value: formatDay(dayIn(2000)).replace(/^2000/, 'XXXX') };
              const everyYear = MONTH_EVERY_YEAR[index];
              return everyYear ? { value: `XXXX-${String(everyYear).padStart(2, '0')}`, grain: 'month' } : { value: 'XXXX-XX-XX' };
            }
            const day = dayIn(year);
            return { value: formatDay(day), anchor: { ...day } };
          },
        },
      };
    });
  },
};
