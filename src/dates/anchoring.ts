import type { Grain } from '../types.js';
import type { Anchor, AnchorPoint, Resolution, ResolutionScope, Yearless } from './candidate.js';
import type { DeadlineReading } from './parsers/guards.js';
import { addDays, addMonths, formatDay, formatMonth, formatQuarter, formatWeek, formatYear, quarterOf, shiftToWeekday, type Day } from './calendar.js';

/** ISO day-of-week digit (Monday 1 … Sunday 7) for a 0–6 weekday. */
const isoDow = (weekday: number): number => weekday || 7;

/**
 * The year for a date stated without one. The narrative year when the text has just been
 * talking about another year ("In April 2018 … On June 1"); else the document year, moved back
 * for a past-tense clause about a later month ("sales fell in December", written in January) and
 * forward for a future clause about an earlier one. A future clause never takes a past narrative year;
 * a habitual one ("usually") takes none; a past clause that would go back inside last year's narrative takes the
 * document's (`movesOnFromAnchor`).
 */
export function yearFor(scope: ResolutionScope, month: number, lastMonth = month): { year: number | null; fromDocument: boolean } {
  const doc = scope.documentDate;
  const recent = scope.recentAnchor('year');
  const tense = scope.tense();
  // "Storms usually come in July": every July, no particular year (TIMEX3 `XXXX-07`).
  if (tense === 'habitual') return { year: null, fromDocument: false };
  // A future or present clause cannot be about a past narrative year ("Sales rose in 2018. Results are due in March.",
  // "The town was founded in 1835. The season runs from October to April."), unless the narrative itself is told in
  // the present ("In 1990 he moves to Paris. In March he meets the painter who will change his life": 1990-03).
  // Nor can a past or tenseless one be about a year still ahead of the writing, a target ("would double capacity by
  // 2027. The company reported fourth-quarter revenue": this year's fourth quarter).
  const contradicts =
    recent && doc && (((tense === 'future' || tense === 'present') && recent.y < doc.y && !recent.narrativePresent) || ((tense === 'past' || tense === null) && recent.y > doc.y));
  if (recent && (!doc || recent.y !== doc.y) && !contradicts && !(doc && movesOnFromAnchor(recent, doc, month, scope))) return { year: recent.y, fromDocument: false };
  if (!doc) return { year: null, fromDocument: true };
  if (tense === 'past' && month > doc.m) return { year: doc.y - 1, fromDocument: true };
  // A period still under way is this year's ("expects sales to recover in the second half", written in August).
  if ((tense === 'future' || tense === 'ahead') && lastMonth < doc.m) return { year: doc.y + 1, fromDocument: true };
  // A present about a month already gone this year is a timetable's, what is to come ("Lawmakers vote on the bill in
  // January", "The store reopens in February", written in November; HeidelTime's news rule reads a present as a future),
  // not a month the clause counts from or reports on ("Shares are up 12% since March", "Rainfall in January is double").
  if (tense === 'present' && lastMonth < doc.m && scope.timetable()) return { year: doc.y + 1, fromDocument: true };
  return { year: doc.y, fromDocument: true };
}

/**
 * A past clause about a month before the one a narrative anchor of the year before the document's named: read in the
 * anchor's year it would go back inside that year, which news seldom does ("The bank last raised rates in July 2023.
 * Inflation fell in May", written in June 2024); in the document's year it lies between the anchor and the time of
 * writing, the recent past the report moves on to (2024-05). An anchor further back, or with no month, keeps its
 * narrative ("The war began in August 1914. In June ...", "Sales rose in 2023. In May ..."), and so does a past perfect.
 */
function movesOnFromAnchor(anchor: Anchor, doc: Day, month: number, scope: ResolutionScope): boolean {
  if (anchor.y !== doc.y - 1 || anchor.m === undefined || month >= anchor.m || month > doc.m) return false;
  // A past perfect does go back from the anchor ("It raised rates in July 2023. It had cut them in May": 2023-05).
  return scope.tense() === 'past' && !scope.pastPerfect();
}

/** Resolve a year-free candidate in its scope. */
export function resolveYearless(yearless: Yearless, scope: ResolutionScope): Resolution {
  const { year, fromDocument } = yearFor(scope, yearless.month, yearless.lastMonth);
  return withOrigin(yearless.at(year), fromDocument);
}

/** Mark a resolution's anchor as derived from the document date (or not). */
export function withOrigin(resolution: Resolution, fromDocument: boolean): Resolution {
  if (!resolution.anchor || !fromDocument) return resolution;
  return { ...resolution, anchor: { ...resolution.anchor, fromDocument } };
}

/** "last" / "next" / "this" in front of a weekday, else null. */
export type WeekdayShift = 'last' | 'next' | 'this' | null;

/**
 * The day a weekday name points to: the one before the document date (or the same day) in a
 * past or neutral clause, the one after (or the same day) in a future clause.
 */
export function weekdayDay(scope: ResolutionScope, weekday: number, shift: WeekdayShift): Day | null {
  const doc = scope.documentDate;
  if (!doc) return null;
  if (shift === 'last') return shiftToWeekday(doc, weekday, 'past', false);
  if (shift === 'next') return shiftToWeekday(doc, weekday, 'future', false);
  if (shift === 'this') return shiftToWeekday(doc, weekday, 'future', true);
  const tense = scope.tense();
  if (tense === 'habitual') return null;
  return shiftToWeekday(doc, weekday, tense === 'future' || tense === 'modal' || tense === 'ahead' ? 'future' : 'past', true);
}

/**
 * The shift a deadline gives its weekday (guards.ts `deadlineWeekday`), or the day it comes after: a day named
 * before it in the sentence, or the time of a dated saying ("the agency said last week": the Sunday before that week).
 */
export function deadlineShift(scope: ResolutionScope, deadline: NonNullable<DeadlineReading>): WeekdayShift | Day {
  if (deadline === 'coming') return 'this';
  if (deadline === 'coming-unless-past') return scope.tense() === 'past' ? null : 'this';
  if (deadline === 'after-earlier-day') {
    const earlier = scope.recentAnchor('day', true);
    return earlier?.m !== undefined && earlier.d !== undefined ? { y: earlier.y, m: earlier.m, d: earlier.d } : null;
  }
  const doc = scope.documentDate;
  if (!doc) return null;
  const { saidOn } = deadline;
  if (saidOn === 'yesterday') return addDays(doc, -1);
  if (saidOn === 'last-week') return addDays(shiftToWeekday(doc, 1, 'past', true), -8);
  return shiftToWeekday(doc, saidOn, 'past', true);
}

/** The day of a deadline's weekday (see `deadlineShift`), or of a plain weekday when `deadline` is null. */
export function deadlineDay(scope: ResolutionScope, weekday: number, deadline: DeadlineReading): Day | null {
  const shift = deadline ? deadlineShift(scope, deadline) : null;
  return shift !== null && typeof shift === 'object' ? shiftToWeekday(shift, weekday, 'future', false) : weekdayDay(scope, weekday, shift);
}

/** Value of a weekday expression, underspecified (`XXXX-WXX-4`) without a document date. */
export function weekdayValue(scope: ResolutionScope, weekday: number, shift: WeekdayShift): Resolution {
  const day = weekdayDay(scope, weekday, shift);
  if (!day) return { value: `XXXX-WXX-${isoDow(weekday)}`, grain: 'day' };
  return { value: formatDay(day), grain: 'day', anchor: { ...day, fromDocument: true } };
}

/** The day a bare time or part of day belongs to: a day named in its paragraph (or the sentence before), else the document date; none in a habit. */
export function contextDay(scope: ResolutionScope): Day | null {
  // "He always wakes up at 6 a.m.": a habit's clock time is on no particular day (TIMEX3 `XXXX-XX-XXT06:00`).
  if (scope.tense() === 'habitual') return null;
  // A clock time or part of day belongs to a day of its own paragraph, else to the document's.
  const last = scope.eventDay();
  if (last?.m !== undefined && last.d !== undefined) return { y: last.y, m: last.m, d: last.d };
  return scope.documentDate;
}

/** An anchor as a full day (missing parts at their first value). */
export const anchorDay = (a: Anchor | Day): Day => ({ y: a.y, m: a.m ?? 1, d: a.d ?? 1 });

/** Format a day at a grain: "2019", "2019-07", "2019-W28", "2019-Q3", "2019-SU", "2019-07-11". */
export function formatAtGrain(day: Day, grain: Grain): string {
  switch (grain) {
    case 'year': return formatYear(day.y);
    case 'half': return `${formatYear(day.y)}-H${day.m <= 6 ? 1 : 2}`;
    case 'quarter': return formatQuarter(day.y, quarterOf(day.m));
    case 'month': return formatMonth(day.y, day.m);
    case 'season': return `${formatYear(day.y)}-${['WI', 'WI', 'SP', 'SP', 'SP', 'SU', 'SU', 'SU', 'FA', 'FA', 'FA', 'WI'][day.m - 1]}`;
    case 'week': return formatWeek(day);
    case 'decade': return formatYear(day.y).slice(0, 3);
    case 'century': return formatYear(day.y).slice(0, 2);
    default: return formatDay(day);
  }
}

/** The anchor fields a resolution at `grain` can pass on. */
export function anchorAtGrain(day: Day, grain: Grain): AnchorPoint {
  if (grain === 'year' || grain === 'decade' || grain === 'century') return { y: day.y };
  if (grain === 'day' || grain === 'week') return { ...day };
  return { y: day.y, m: day.m };
}

/** Move a day by n units of a grain. */
export function shiftDay(day: Day, grain: Grain, n: number): Day {
  switch (grain) {
    case 'year': return addMonths(day, 12 * n);
    case 'decade': return addMonths(day, 120 * n);
    case 'century': return addMonths(day, 1200 * n);
    case 'half': return addMonths(day, 6 * n);
    case 'quarter': return addMonths(day, 3 * n);
    case 'month': return addMonths(day, n);
    case 'week': return addDays(day, 7 * n);
    default: return addDays(day, n);
  }
}

/** A date `n` grains from a day, formatted at that grain and usable as an anchor. */
export function shiftedValue(day: Day, grain: Grain, n: number, fromDocument: boolean): Resolution {
  const shifted = shiftDay(day, grain, n);
  return withOrigin({ value: formatAtGrain(shifted, grain), grain, anchor: anchorAtGrain(shifted, grain) }, fromDocument);
}

/** The underspecified value at a grain, for relative expressions without a document date. */
export function unknownAtGrain(grain: Grain): string {
  switch (grain) {
    case 'year': return 'XXXX';
    case 'decade': return 'XXX';
    case 'century': return 'XX';
    case 'quarter': return 'XXXX-QX';
    case 'half': return 'XXXX-HX';
    case 'month': return 'XXXX-XX';
    case 'week': return 'XXXX-WXX';
    default: return 'XXXX-XX-XX';
  }
}
