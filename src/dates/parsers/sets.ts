import { fixedCandidate, scan, type Candidate, type DateParser } from '../candidate.js';
import { durationValue, monthNumber, NUMBER, numberValue, PARTS_OF_DAY, weekdayNumber } from '../words.js';
import { wordAfter, wordBefore } from './guards.js';

const set = (start: number, end: number, value: string): Candidate =>
  fixedCandidate(start, end, 'set', { type: 'SET', grain: 'set', value });

/** "every year", "each week", "every two years", "every 15 minutes", "every other month", "every Monday", "every Monday morning", "every morning". */
const EVERY = new RegExp(
  `\\b(?:[Ee]very|[Ee]ach)\\s+(?:(?<other>other)\\s+|(?<n>${NUMBER})\\s+)?(?<unit>years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|quarters?|seasons?|mornings?|afternoons?|evenings?|nights?|weekends?|(?<wd>Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days?(?:\\s+(?<part>morning|afternoon|evening|night))?|(?<month>January|February|March|April|May|June|July|August|September|October|November|December))\\b(?!\\s+other\\b)`,
  'g',
);

function everyExpressions(text: string): Candidate[] {
  return scan(text, EVERY, (m) => {
    const g = m.groups!;
    const start = m.index;
    const end = start + m[0].length;
    const unit = g.unit!.toLowerCase().replace(/s$/, '');
    // "every Monday morning": the part of every such day (TIMEX3 SET XXXX-WXX-1TMO).
    if (g.wd) return set(start, end, `XXXX-WXX-${weekdayNumber(g.wd + 'day') || 7}${g.part ? `T${PARTS_OF_DAY[g.part]}` : ''}`);
    if (g.month) return set(start, end, `XXXX-${String(monthNumber(unit)).padStart(2, '0')}`);
    if (unit === 'weekend') return set(start, end, 'XXXX-WXX-WE');
    // "each season": every one of the year's four seasons, a quarter of a year apart.
    if (unit === 'season') return set(start, end, g.n || g.other ? durationValue((g.other ? 2 : numberValue(g.n!) ?? 1) * 3, 'months') : 'P3M');
    const part = PARTS_OF_DAY[unit];
    if (part) return set(start, end, `XXXX-XX-XXT${part}`);
    const n = g.other ? 2 : g.n ? numberValue(g.n) : 1;
    if (n === null) return null;
    return set(start, end, durationValue(n, unit));
  });
}

const ADVERB_VALUE: Record<string, string> = {
  annually: 'P1Y', yearly: 'P1Y', monthly: 'P1M', weekly: 'P1W', daily: 'P1D', nightly: 'P1D', hourly: 'PT1H',
  quarterly: 'P3M', biweekly: 'P2W', fortnightly: 'P2W', bimonthly: 'P2M', biannually: 'P6M', semiannually: 'P6M', 'semi-annually': 'P6M',
};

/** "annually", "weekly", "daily" (lower case: "China Daily" and "the Sunday Weekly" are names). */
const ADVERB = /\b(?:annually|yearly|monthly|weekly|daily|nightly|hourly|quarterly|biweekly|fortnightly|bimonthly|biannually|semiannually|semi-annually)\b(?!-)/g;

function adverbs(text: string): Candidate[] {
  return scan(text, ADVERB, (m) => {
    // "the Russian daily Kommersant": a newspaper, not a frequency.
    if (/^[A-Z]/.test(wordBefore(text, m.index)) || /^[A-Z]/.test(wordAfter(text, m.index + m[0].length))) return null;
    return set(m.index, m.index + m[0].length, ADVERB_VALUE[m[0]]!);
  });
}

/** "twice a year", "once a week", "three times a day", "two times per month". */
const FREQUENCY = new RegExp(
  `\\b(?:once|twice|thrice|(?:${NUMBER})\\s+times)\\s+(?:a|an|per|each|every)\\s+(?<unit>year|month|week|day|hour|decade|quarter)\\b`,
  'gi',
);

/** "15 a year", "$1.8 billion a year", "two flights a day", "per year", "per annum". */
const RATE = /\b(?:(?<art>a|an)|per)\s+(?<unit>year|month|week|day|hour|annum)\b/gi;

/**
 * A quantity just before a rate: a number, an amount, a percentage, possibly with a plural noun and up to two words
 * before it ("two flights", "60 billion Swiss francs", "300 new electric cars") and a comparative after ("350 euros more a
 * month"); not a number and a comma ("May 20, a
 * week from Sunday").
 */
const QUANTITY_BEFORE = new RegExp(
  `(?:(?:\\d(?:[\\d,.]*\\d)?|\\b${NUMBER})(?:\\s*%|\\s+[a-z]+illion)?(?:\\s+(?:[a-z][\\w.-]*\\s+){0,2}(?:[a-z]+s|people|men|women|children))?(?:\\s+(?:more|less|extra|fewer))?|percent|per\\s+cent)\\s*$`,
  'i',
);

function rates(text: string): Candidate[] {
  const out = scan(text, FREQUENCY, (m) => set(m.index, m.index + m[0].length, durationValue(1, m.groups!.unit!)));
  out.push(
    ...scan(text, RATE, (m) => {
      const g = m.groups!;
      if (g.art && !QUANTITY_BEFORE.test(text.slice(Math.max(0, m.index - 40), m.index))) return null;
      return set(m.index, m.index + m[0].length, g.unit!.toLowerCase() === 'annum' ? 'P1Y' : durationValue(1, g.unit!));
    }),
  );
  return out;
}

/** "Mondays", "on Sundays": a weekday every week. */
const WEEKDAY_PLURAL = /\b(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)days\b/g;

function weekdayPlurals(text: string): Candidate[] {
  return scan(text, WEEKDAY_PLURAL, (m) => set(m.index, m.index + m[0].length, `XXXX-WXX-${weekdayNumber(m[0]) || 7}`));
}

/** Recurring times (TIMEX3 SET): "every year", "annually" → P1Y, "weekly" → P1W, "every Monday" → XXXX-WXX-1. */
export const setParser: DateParser = {
  id: 'sets',
  parse: (text) => [...everyExpressions(text), ...adverbs(text), ...rates(text), ...weekdayPlurals(text)],
};
