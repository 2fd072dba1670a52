import { NAME_KINDS, type NameKind, type NameSpan } from './labels.js';

/** Exact-span precision, recall and F1 of one kind, in %. */
export interface SpanScore {
  gold: number;
  predicted: number;
  correct: number;
  precision: number;
  recall: number;
  f1: number;
}

const percent = (a: number, b: number): number => (b === 0 ? 0 : (100 * a) / b);

/** Count matches of predicted against gold names (same tokens and kind) into per-kind tallies. */
export function tallyNames(tally: Map<NameKind, [number, number, number]>, gold: readonly NameSpan[], predicted: readonly NameSpan[]): void {
  const key = (s: NameSpan): string => `${s.first}:${s.last}:${s.kind}`;
  const goldKeys = new Set(gold.map(key));
  for (const kind of NAME_KINDS) if (!tally.has(kind)) tally.set(kind, [0, 0, 0]);
  for (const g of gold) tally.get(g.kind)![0]++;
  for (const p of predicted) {
    const t = tally.get(p.kind)!;
    t[1]++;
    if (goldKeys.has(key(p))) t[2]++;
  }
}

/** Per-kind scores from tallies of [gold, predicted, correct]. */
export function scoresOf(tally: ReadonlyMap<NameKind, [number, number, number]>): Map<NameKind, SpanScore> {
  const out = new Map<NameKind, SpanScore>();
  for (const [kind, [gold, predicted, correct]] of tally) {
    const precision = percent(correct, predicted);
    const recall = percent(correct, gold);
    out.set(kind, { gold, predicted, correct, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) });
  }
  return out;
}

/** A table of per-kind scores, one line a kind. */
export function formatScores(title: string, scores: ReadonlyMap<NameKind, SpanScore>): string {
  const rows = [...scores].map(([k, s]) => `${k.padEnd(6)}${String(s.gold).padStart(6)}${String(s.predicted).padStart(6)}${s.precision.toFixed(1).padStart(8)}${s.recall.toFixed(1).padStart(7)}${s.f1.toFixed(1).padStart(7)}`);
  return [`${title} (exact spans, %)`, `kind    gold  pred       P      R     F1`, ...rows].join('\n');
}
