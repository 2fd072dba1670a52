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

export const emptyEventCounts = (): EventCounts => ({ goldWithTime: 0, covered: 0, dateCorrect: 0 });

const covers = (r: EventRecord, t: { start: number; end: number }): boolean => r.start <= t.start && t.end <= r.end;
const overlaps = (a: { start: number; end: number }, b: { start: number; end: number }): boolean => a.start < b.end && b.start < a.end;

/**
 * The record that reports a gold event: among those whose [start, end) covers the trigger,
 * the one whose own trigger overlaps it, else the narrowest.
 */
export function coveringRecord(records: readonly EventRecord[], trigger: { start: number; end: number }): EventRecord | null {
  const covering = records.filter((r) => covers(r, trigger));
  const byTrigger = covering.find((r) => overlaps(r.trigger, trigger));
  if (byTrigger) return byTrigger;
  return covering.reduce<EventRecord | null>((best, r) => (best === null || r.end - r.start < best.end - best.start ? r : best), null);
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

export const addEventCounts = (a: EventCounts, b: EventCounts): EventCounts => ({
  goldWithTime: a.goldWithTime + b.goldWithTime,
  covered: a.covered + b.covered,
  dateCorrect: a.dateCorrect + b.dateCorrect,
});
