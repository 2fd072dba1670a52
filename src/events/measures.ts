import type { Offsets } from '../spans.js';
import type { EventArgument } from '../types.js';
import { DIGITS_PATTERN, WORD_NUMBER_PATTERN, parseNumber, parseWordNumber } from '../money/numbers.js';
import type { Clause, Trigger } from './model.js';

/** A figure an event reports that is not money: "rose 5%", "fell 678 points", "closing at 8,579.19". */
export interface Measure extends Offsets {
  text: string;
  value: number;
  /** `percent` ("5%", "eight percent"), `points` ("678 points", "2 percentage points") or `level` (a bare figure reached: "to 9,000"). */
  unit: NonNullable<EventArgument['figure']>['unit'];
}

const NUMBER = String.raw`(?:${DIGITS_PATTERN}|${WORD_NUMBER_PATTERN})`;
/** "5%", "55 percent", "eight per cent", "1.5 percentage points", "678 points". */
const UNIT_FIGURE = new RegExp(String.raw`(?<![\p{L}\p{N}.,$€£¥])(?<number>${NUMBER})(?:\s*(?<percent>%|percent\b|per\s+cent\b)|\s+(?<points>(?:percentage\s+)?points?\b|basis\s+points?\b))`, 'giu');
/** A level an event reaches or stands at: "closed at 8,579.19", "to 9,000", "below 9,000"; digits only, with a thousands comma, decimals or at least three figures. */
const LEVEL_FIGURE = /\b(?:to|at|below|above|near)\s+(?<number>\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d{3,}(?:\.\d+)?)(?![\p{L}\p{N}%]|[.,]\d|\s*(?:%|percent|per\s+cent|points?|[ap]\.?m\.?|GMT|UTC)\b)/giu;

/** A unit any figure of UNIT_FIGURE ends with. */
const UNIT_WORD = /%|\bper\s*cent\b|\bpercent\b|\bpoints?\b/i;

const valueOf = (number: string): number => (/^\d/.test(number) ? parseNumber(number) : parseWordNumber(number.toLowerCase()));

/**
 * The figures of a clause that are not money, dates or part of a name (`taken`: the spans of
 * those), in text order: percentages, points and levels reached ("rose 5% to 9,000").
 */
export function measuresOf(text: string, clause: Clause, taken: readonly Offsets[]): Measure[] {
  const slice = text.slice(clause.start, clause.end);
  const out: Measure[] = [];
  const free = (start: number, end: number) => !taken.some((t) => start < t.end && t.start < end) && !out.some((m) => start < m.end && m.start < end);
  // The patterns are costly to try at every word; most clauses hold no unit and no digit at all.
  const units = UNIT_WORD.test(slice);
  const digits = /\d/.test(slice);
  for (const m of units ? slice.matchAll(UNIT_FIGURE) : []) {
    const start = clause.start + m.index;
    const end = start + m[0].length;
    // "made a point": an article is no count here.
    if (/^an?$/i.test(m.groups!.number!)) continue;
    const value = valueOf(m.groups!.number!);
    if (Number.isFinite(value) && free(start, end)) out.push({ text: m[0], start, end, value, unit: m.groups!.percent ? 'percent' : 'points' });
  }
  for (const m of digits ? slice.matchAll(LEVEL_FIGURE) : []) {
    const number = m.groups!.number!;
    // "to 2025", "at 1999": a bare number of a year's shape is a year the dates stage left, not a level.
    if (/^(?:1[89]|20)\d\d$/.test(number)) continue;
    const start = clause.start + m.index + m[0].length - number.length;
    const end = start + number.length;
    if (free(start, end)) out.push({ text: number, start, end, value: parseNumber(number), unit: 'level' });
  }
  return out.sort((a, b) => a.start - b.start);
}

const gap = (a: Offsets, b: Offsets): number => (a.end <= b.start ? b.start - a.end : a.start >= b.end ? a.start - b.end : 0);

/**
 * The figures of a clause that belong to one trigger: each goes to the nearest trigger of the clause, the earlier on a tie ("dropped 42%", "a 20
 * percent share"), but not to one after a comma that follows it while another is not ("fell by 3.41%, or 251.4 points, to end the day": the fall's).
 */
export function measuresFor(text: string, trigger: Trigger, clauseTriggers: readonly Trigger[], measures: readonly Measure[]): Measure[] {
  return measures.filter((m) => {
    const setOff = (t: Trigger) => t.span.start >= m.end && /[,;]/.test(text.slice(m.end, t.span.start));
    const candidates = clauseTriggers.some((t) => !setOff(t)) ? clauseTriggers.filter((t) => !setOff(t)) : clauseTriggers;
    const nearest = candidates.reduce<Trigger | undefined>((best, t) => (best === undefined || gap(t.span, m) < gap(best.span, m) ? t : best), undefined);
    return nearest === trigger;
  });
}
