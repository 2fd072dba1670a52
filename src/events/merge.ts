import type { EventRecord, Span } from '../types.js';
import type { DraftEvent } from './model.js';

const sameSet = (a: readonly string[], b: readonly string[]): boolean =>
  a.length === b.length && a.every((x) => b.includes(x));

const amountKey = (m: DraftEvent['amounts'][number]): string => `${m.amount} ${m.currency}`;
/** Both give amounts and none agree: "invested $5 million and lent $3 million" are two deals. */
const otherAmounts = (a: DraftEvent, b: DraftEvent): boolean =>
  a.amounts.length > 0 && b.amounts.length > 0 && !a.amounts.some((m) => b.amounts.some((n) => amountKey(m) === amountKey(n)));

/** What kind of happening a report tells: its type, or for `other` and statements its word ("fell" and "the fall" alike). */
const kindOf = (d: DraftEvent): string => (d.type === 'other' || d.type === 'statement' ? `${d.type}:${d.lemma}` : d.type);

/** A definite noun of the same word or the same ACE subtype: "crashed" ... "the crash", "bought" ... "the acquisition". */
const sameHappening = (previous: DraftEvent, next: DraftEvent): boolean =>
  kindOf(previous) === kindOf(next) || previous.lemma === next.lemma || (next.aceType !== 'other' && previous.aceType === next.aceType);

/**
 * Same type, same participants, no other amounts, and same date (a date or, with participants
 * named, none). Two verbs of no type with no one named are not known to be one happening, dated
 * alike or not: "the aircraft was leaving a parking space ... The plane left four hours after".
 */
function sameEvent(a: DraftEvent, b: DraftEvent): boolean {
  if (kindOf(a) !== kindOf(b) || a.polarity !== b.polarity || !sameSet(a.participants, b.participants) || a.date !== b.date || otherAmounts(a, b)) return false;
  if (a.type === 'other' && a.participants.length === 0 && a.verb === true && b.verb === true) return false;
  return a.date !== null || a.participants.length > 0;
}

/**
 * A later undated report continues the story of its type: it is the last event of that type if
 * the participants agree ("... will hold talks on Thursday. The two leaders are expected to
 * discuss ..."), and so does a definite noun that names nothing of its own ("The meeting, their
 * first in a year, ..."); an undated headline is the first dated one that follows. An undated report in
 * the body does not take a later date: "who is coming on a visit" is not the trip of years before.
 */
function continues(previous: DraftEvent | undefined, next: DraftEvent, inHeadline: (d: DraftEvent) => boolean): boolean {
  if (!previous) return false;
  // "The meeting, their first in a year, ...": a definite noun with nothing of its own is the last event of its type.
  if (next.anaphoric && next.date === null && next.participants.length === 0 && !inHeadline(previous) && sameHappening(previous, next)) return true;
  if (kindOf(previous) !== kindOf(next) || previous.participants.length === 0) return false;
  return (next.date === null || (previous.date === null && inHeadline(previous))) && sameSet(previous.participants, next.participants);
}

/** An argument is the item it refers to ("Putin" and "Vladimir Putin" are one person), else its span. */
const argumentKey = (x: DraftEvent['arguments'][number]): string => (x.ref && x.ref.index >= 0 ? `${x.ref.kind}#${x.ref.index}` : `${x.start}-${x.end}`);

function union<T>(a: readonly T[], b: readonly T[], key: (x: T) => string): T[] {
  const seen = new Set(a.map(key));
  return [...a, ...b.filter((x) => !seen.has(key(x)))];
}

/**
 * Two reports of one event as one record: the first report's trigger and sentence, the places
 * and amounts of both. A headline only summarises the body: merged into a body report, it gives
 * up its trigger and its span to it.
 */
function combine(a: DraftEvent, b: DraftEvent, inHeadline: (d: DraftEvent) => boolean): DraftEvent {
  const [early, late] = a.trigger.start <= b.trigger.start ? [a, b] : [b, a];
  const headlineOnly = inHeadline(early) && !inHeadline(late);
  const first = headlineOnly ? late : early;
  const dated = a.date !== null ? a : b;
  return {
    ...first,
    date: dated.date,
    dateText: dated.dateText,
    dateGrain: dated.dateGrain,
    dateSource: dated.dateSource,
    arguments: union(first.arguments, (first === a ? b : a).arguments.filter((x) => x.role !== 'time' || dated === (first === a ? b : a)), argumentKey),
    mentions: [...early.mentions, ...late.mentions].sort((x, y) => x.start - y.start),
    places: union(a.places, b.places, (p) => p),
    amounts: union(a.amounts, b.amounts, amountKey),
    // The record spans the sentence of its first report: a union with a later report would take in the unrelated text between.
    start: first.start,
    end: first.end,
  };
}

/** One record per event: later reports of the same event merge into the first; ids "e1", "e2", ... in text order. */
export function mergeEvents(drafts: readonly DraftEvent[], headline: Span | null = null): EventRecord[] {
  const inHeadline = (d: DraftEvent) => headline !== null && d.trigger.start >= headline.start && d.trigger.end <= headline.end;
  const merged: DraftEvent[] = [];
  // Indexes of the records by kind, word and ACE subtype, so that each report looks only at its own kind (long articles have thousands).
  const byKind = new Map<string, number[]>();
  const lastByLemma = new Map<string, number>();
  const lastByAce = new Map<string, number>();
  const register = (d: DraftEvent, i: number) => {
    const list = byKind.get(kindOf(d)) ?? [];
    if (!list.includes(i)) list.splice(list.findIndex((x) => x > i) >>> 0, 0, i); // kept in order: -1 >>> 0 puts it last
    byKind.set(kindOf(d), list);
    lastByLemma.set(d.lemma, Math.max(i, lastByLemma.get(d.lemma) ?? -1));
    if (d.aceType !== 'other') lastByAce.set(d.aceType, Math.max(i, lastByAce.get(d.aceType) ?? -1));
  };
  for (const draft of [...drafts].sort((a, b) => a.trigger.start - b.trigger.start)) {
    const ofKind = byKind.get(kindOf(draft)) ?? [];
    let index = ofKind.find((i) => sameEvent(merged[i]!, draft)) ?? -1;
    if (index < 0) {
      // The last record this report may continue: the last of its kind, or for a definite noun the last of the same happening.
      let last = ofKind.at(-1) ?? -1;
      if (draft.anaphoric) last = Math.max(last, lastByLemma.get(draft.lemma) ?? -1, draft.aceType !== 'other' ? (lastByAce.get(draft.aceType) ?? -1) : -1);
      if (last >= 0 && continues(merged[last], draft, inHeadline)) index = last;
    }
    if (index >= 0) merged[index] = combine(merged[index]!, draft, inHeadline);
    else merged.push(draft);
    register(merged[index >= 0 ? index : merged.length - 1]!, index >= 0 ? index : merged.length - 1);
  }
  return merged
    .sort((a, b) => a.trigger.start - b.trigger.start)
    .map(({ anaphoric: _, verb: __, ...e }, i) => ({ id: `e${i + 1}`, ...e, reports: [] }));
}
