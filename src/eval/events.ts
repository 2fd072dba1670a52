import type { EventRecord } from '../types.js';
import type { CorpusEvent } from './corpus.js';

/** Event totals: gold events anchored to a time, how many a record covers, how many of those it dates right. */
export interface EventCounts {
  goldWithTime: number;
  covered: number;
  dateCorrect: number;
}

/** One gold event the pipeline did not cover, or covered with a different date (`record` null when uncovered). */
export interface EventMiss {
  gold: CorpusEvent & { time: string };
  record: EventRecord | null;
}

/** Event totals before any document. */
export const emptyEventCounts = (): EventCounts => ({ goldWithTime: 0, covered: 0, dateCorrect: 0 });

const covers = (r: EventRecord, t: { start: number; end: number }): boolean => r.start <= t.start && t.end <= r.end;
const overlapLength = (a: { start: number; end: number }, b: { start: number; end: number }): number =>
  Math.max(0, Math.min(a.end, b.end) - Math.max(a.start, b.start));
const sameOffsets = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start === b.start && a.end === b.end;

/**
 * The record that reports a gold event, among those whose [start, end) covers the trigger:
 * the one with the same trigger, else the one whose trigger overlaps it most, else the narrowest.
 */
export function coveringRecord(records: readonly EventRecord[], trigger: { start: number; end: number }): EventRecord | null {
  // Lower ranks first: same trigger, then larger trigger overlap, then narrower record.
  const rank = (r: EventRecord): number[] => [sameOffsets(r.trigger, trigger) ? 0 : 1, -overlapLength(r.trigger, trigger), r.end - r.start];
  const better = (a: EventRecord, b: EventRecord): boolean => {
    const [x, y] = [rank(a), rank(b)];
    return (x[0]! - y[0]! || x[1]! - y[1]! || x[2]! - y[2]!) < 0;
  };
  return records.filter((r) => covers(r, trigger)).reduce<EventRecord | null>((best, r) => (best === null || better(r, best) ? r : best), null);
}

/** Score one document's event records against its gold events that have a `time`. */
export function scoreEvents(gold: readonly CorpusEvent[], records: readonly EventRecord[]): { counts: EventCounts; misses: EventMiss[] } {
  const counts = emptyEventCounts();
  const misses: EventMiss[] = [];
  for (const event of gold) {
    if (event.time === null) continue;
    const timed = { ...event, time: event.time };
    counts.goldWithTime++;
    const record = coveringRecord(records, event.trigger);
    if (!record) {
      misses.push({ gold: timed, record: null });
      continue;
    }
    counts.covered++;
    if (record.date === event.time) counts.dateCorrect++;
    else misses.push({ gold: timed, record });
  }
  return { counts, misses };
}

/** Event totals of two sets of documents. */
export const addEventCounts = (a: EventCounts, b: EventCounts): EventCounts => ({
  goldWithTime: a.goldWithTime + b.goldWithTime,
  covered: a.covered + b.covered,
  dateCorrect: a.dateCorrect + b.dateCorrect,
});
