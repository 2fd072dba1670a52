import type { EventRecord } from '../types.js';
import type { CorpusEvent } from './corpus.js';

/** Gold, predicted and matched counts of one thing scored for precision and recall. */
export interface MatchCounts {
  gold: number;
  predicted: number;
  matched: number;
}

/** The roles scored against the corpus's arguments: agent ≈ Arg0, patient ≈ Arg1, place ≈ locations, amount ≈ amounts. */
export const SCORED_ROLES = ['agent', 'patient', 'place', 'amount'] as const;
export type ScoredRole = (typeof SCORED_ROLES)[number];

/**
 * Event totals: gold events anchored to a time, how many a record covers, how many of those it
 * dates right; triggers (every record's mentions against the corpus's EVENT spans, by overlap);
 * and the arguments of the events whose trigger was found, per role.
 */
export interface EventCounts {
  goldWithTime: number;
  covered: number;
  dateCorrect: number;
  triggers: MatchCounts;
  roles: Record<ScoredRole, MatchCounts>;
}

/** One gold event the pipeline did not cover, or covered with a different date (`record` null when uncovered). */
export interface EventMiss {
  gold: CorpusEvent & { time: string };
  record: EventRecord | null;
}

/** Event totals before any document. */
const emptyMatch = (): MatchCounts => ({ gold: 0, predicted: 0, matched: 0 });
export const emptyEventCounts = (): EventCounts => ({
  goldWithTime: 0,
  covered: 0,
  dateCorrect: 0,
  triggers: emptyMatch(),
  roles: { agent: emptyMatch(), patient: emptyMatch(), place: emptyMatch(), amount: emptyMatch() },
});
const addMatch = (a: MatchCounts, b: MatchCounts): MatchCounts => ({ gold: a.gold + b.gold, predicted: a.predicted + b.predicted, matched: a.matched + b.matched });

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

type Offsets = { start: number; end: number };
const overlaps = (a: Offsets, b: Offsets): boolean => a.start < b.end && b.start < a.end;

/** One-to-one matches by overlap, gold in order, each taking the first free prediction that overlaps it. */
function matchByOverlap<G extends Offsets, P extends Offsets>(gold: readonly G[], predicted: readonly P[]): Array<[G, P]> {
  const free = new Set(predicted);
  const pairs: Array<[G, P]> = [];
  for (const g of gold) {
    const p = predicted.find((x) => free.has(x) && overlaps(g, x));
    if (p) {
      free.delete(p);
      pairs.push([g, p]);
    }
  }
  return pairs;
}

/** The gold arguments of an event by scored role: Arg0 the agent, Arg1 the patient, its locations the place, its amounts the amount. */
function goldArguments(event: CorpusEvent, role: ScoredRole): Offsets[] {
  if (role === 'agent') return (event.participants ?? []).filter((p) => p.role === 'Arg0');
  if (role === 'patient') return (event.participants ?? []).filter((p) => p.role === 'Arg1');
  return (role === 'place' ? event.locations : event.amounts) ?? [];
}

/** Trigger precision and recall, and argument counts per role for the events whose trigger was found. */
function scoreTriggersAndRoles(gold: readonly CorpusEvent[], records: readonly EventRecord[], until: number, counts: EventCounts): void {
  const mentions = records.flatMap((record) => record.mentions.filter((m) => m.start < until).map((m) => ({ start: m.start, end: m.end, record })));
  const pairs = matchByOverlap(gold.map((e) => ({ ...e.trigger, event: e })), mentions);
  counts.triggers = addMatch(counts.triggers, { gold: gold.length, predicted: mentions.length, matched: pairs.length });
  for (const [{ event }, { record }] of pairs)
    for (const role of SCORED_ROLES) {
      const goldArgs = goldArguments(event, role);
      const predictedArgs = record.arguments.filter((a) => a.role === role);
      counts.roles[role] = addMatch(counts.roles[role], { gold: goldArgs.length, predicted: predictedArgs.length, matched: matchByOverlap(goldArgs, predictedArgs).length });
    }
}

/** Where TIMEX3's references put a time against the document's day, as a record's tense says it. */
const REFERENCE_TENSE: Readonly<Record<string, EventRecord['tense']>> = { PAST_REF: 'past', PRESENT_REF: 'present', FUTURE_REF: 'future' };

/**
 * Whether a record dates a gold event right: the same TIMEX3 value; for a gold time that only
 * places the event before, at or after the document's day (PAST_REF, PRESENT_REF, FUTURE_REF:
 * "recent moves", "is currently", "will secure ... in the long term"), a record with no date that
 * its tense places there; and for PRESENT_REF, a record dated the document's day, which "now" is.
 */
export function datesRight(record: EventRecord, time: string, documentDate: string | null = null): boolean {
  if (record.date === time) return true;
  const tense = REFERENCE_TENSE[time];
  if (!tense) return false;
  if (record.date === null) return record.tense === tense;
  return time === 'PRESENT_REF' && documentDate !== null && record.date === documentDate;
}

/**
 * Score one document's event records against its gold events: those that have a `time` for
 * coverage and date, all of them for triggers and arguments (records' triggers before `until`, the
 * end of what the corpus annotates); `documentDate` is the day PRESENT_REF stands for.
 */
export function scoreEvents(
  gold: readonly CorpusEvent[],
  records: readonly EventRecord[],
  until = Infinity,
  documentDate: string | null = null,
): { counts: EventCounts; misses: EventMiss[] } {
  const counts = emptyEventCounts();
  scoreTriggersAndRoles(gold, records, until, counts);
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
    if (datesRight(record, event.time, documentDate)) counts.dateCorrect++;
    else misses.push({ gold: timed, record });
  }
  return { counts, misses };
}

/** Event totals of two sets of documents. */
export const addEventCounts = (a: EventCounts, b: EventCounts): EventCounts => ({
  goldWithTime: a.goldWithTime + b.goldWithTime,
  covered: a.covered + b.covered,
  dateCorrect: a.dateCorrect + b.dateCorrect,
  triggers: addMatch(a.triggers, b.triggers),
  roles: {
    agent: addMatch(a.roles.agent, b.roles.agent),
    patient: addMatch(a.roles.patient, b.roles.patient),
    place: addMatch(a.roles.place, b.roles.place),
    amount: addMatch(a.roles.amount, b.roles.amount),
  },
});

/** Precision, recall and F1 of match counts (null where undefined). */
export function matchScores(c: MatchCounts): { precision: number | null; recall: number | null; f1: number | null } {
  const precision = c.predicted === 0 ? null : c.matched / c.predicted;
  const recall = c.gold === 0 ? null : c.matched / c.gold;
  const f1 = precision === null || recall === null || precision + recall === 0 ? null : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}
