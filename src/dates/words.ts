/** Words and regex fragments the date parsers share. Fragments have no capture groups. */

const SMALL_NUMBERS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, hundred: 100, half: 0.5, dozen: 12, couple: 2,
};

const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const UNITS_WORDS = 'one|two|three|four|five|six|seven|eight|nine';

/** A cardinal: digits ("18", "1.5"), words ("five", "twenty-five"), "a"/"an". */
export const NUMBER = `(?:\\d{1,3}(?:\\.\\d+)?|(?:${TENS})(?:[-\\s](?:${UNITS_WORDS}))?|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|${UNITS_WORDS}|ten|a\\s+couple\\s+of|a\\s+dozen|a|an|one\\s+hundred|a\\s+hundred)`;

/** Vague quantities: TIMEX3 writes them with X ("several years" → PXY). */
export const VAGUE_NUMBER = '(?:several|a\\s+few|few|many|some|numerous|a\\s+number\\s+of)';

/** The value of a NUMBER match, or null for vague quantities. */
export function numberValue(text: string): number | null {
  const t = text.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^\d+(\.\d+)?$/.test(t)) return Number(t);
  if (t === 'a couple of') return 2;
  if (t === 'a dozen') return 12;
  if (t === 'one hundred' || t === 'a hundred') return 100;
  const parts = t.split(/[-\s]/);
  let total = 0;
  for (const part of parts) {
    const v = SMALL_NUMBERS[part];
    if (v === undefined) return null;
    total += v;
  }
  return total;
}

/** 1–4 for an ordinal word or number ("third", "3rd"). */
export function ordinalValue(text: string): number {
  const t = text.toLowerCase();
  return { first: 1, second: 2, third: 3, fourth: 4 }[t] ?? Number.parseInt(t, 10);
}

/** A time unit, singular or plural. */
export const UNIT = '(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|century|quarters?|fortnights?)';

/** TIMEX3 duration parts per unit: "P" + n + letter, with T before time units. */
export interface UnitInfo {
  letter: string;
  time: boolean;
  factor: number;
  grain: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
}

/** Letter, factor and grain of a time unit word ("decades" → Y × 10). */
export function unitInfo(unit: string): UnitInfo {
  const u = unit.toLowerCase().replace(/s$/, '').replace(/centurie$/, 'century');
  switch (u) {
    case 'year': return { letter: 'Y', time: false, factor: 1, grain: 'year' };
    case 'decade': return { letter: 'Y', time: false, factor: 10, grain: 'year' };
    case 'century': return { letter: 'Y', time: false, factor: 100, grain: 'year' };
    case 'month': return { letter: 'M', time: false, factor: 1, grain: 'month' };
    case 'quarter': return { letter: 'M', time: false, factor: 3, grain: 'month' };
    case 'week': return { letter: 'W', time: false, factor: 1, grain: 'week' };
    case 'fortnight': return { letter: 'W', time: false, factor: 2, grain: 'week' };
    case 'day': return { letter: 'D', time: false, factor: 1, grain: 'day' };
    case 'hour': return { letter: 'H', time: true, factor: 1, grain: 'hour' };
    case 'minute': return { letter: 'M', time: true, factor: 1, grain: 'minute' };
    default: return { letter: 'S', time: true, factor: 1, grain: 'second' };
  }
}

/** A TIMEX3 duration value: `durationValue(2, 'years')` → "P2Y"; null amount → "PXY". */
export function durationValue(amount: number | null, unit: string): string {
  const info = unitInfo(unit);
  const n = amount === null ? 'X' : String(Math.round(amount * info.factor * 1000) / 1000);
  return `P${info.time ? 'T' : ''}${n}${info.letter}`;
}

/** The months' names, lower case, in calendar order. */
export const MONTH_NAMES: readonly string[] = [
  'january', 'february', 'march', 'april', 'may', 'june',
  'july', 'august', 'september', 'october', 'november', 'december',
];

/** 1–12 for a month name or abbreviation. */
export function monthNumber(text: string): number {
  const prefix = text.toLowerCase().slice(0, 3);
  return MONTH_NAMES.findIndex((name) => name.startsWith(prefix)) + 1;
}

const WEEKDAY_NAMES = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

/** 0 (Sunday) – 6 for a weekday name. */
export const weekdayNumber = (text: string): number => WEEKDAY_NAMES.indexOf(text.toLowerCase().replace(/s$/, ''));

/** TIMEX3 season codes. */
export const SEASONS: Record<string, { code: string; month: number }> = {
  spring: { code: 'SP', month: 4 },
  summer: { code: 'SU', month: 7 },
  autumn: { code: 'FA', month: 10 },
  fall: { code: 'FA', month: 10 },
  winter: { code: 'WI', month: 1 },
};

/** TIMEX3 part-of-day codes. */
export const PARTS_OF_DAY: Record<string, string> = {
  morning: 'MO',
  afternoon: 'AF',
  evening: 'EV',
  night: 'NI',
  tonight: 'NI',
};

/**
 * Quantity modifiers TimeML keeps inside the extent ("over a decade", "nearly two years"),
 * with the `mod` they give a duration.
 */
export const QUANTITY_MOD = '(?:more\\s+than|less\\s+than|fewer\\s+than|over|under|nearly|almost|about|around|roughly|approximately|some|at\\s+least|up\\s+to|just\\s+over|just\\s+under|close\\s+to)';

/** The TIMEX3 `mod` of a quantity modifier ("over" → MORE_THAN, "about" → APPROX). */
export function quantityMod(text: string): 'MORE_THAN' | 'LESS_THAN' | 'APPROX' | 'EQUAL_OR_MORE' | 'EQUAL_OR_LESS' {
  const t = text.toLowerCase().replace(/\s+/g, ' ');
  if (/^(more than|over|just over)$/.test(t)) return 'MORE_THAN';
  if (/^(less than|fewer than|under|nearly|almost|just under|close to)$/.test(t)) return 'LESS_THAN';
  if (t === 'at least') return 'EQUAL_OR_MORE';
  if (t === 'up to') return 'EQUAL_OR_LESS';
  return 'APPROX';
}
