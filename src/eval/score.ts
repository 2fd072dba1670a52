import type { GoldItem, PredictedItem } from './items.js';
import type { SpanMatching } from './match.js';

/** Running totals for one kind over a corpus. */
export interface KindCounts {
  gold: number;
  predicted: number;
  /** Pairs with the same offsets. */
  strictMatches: number;
  /** Pairs that overlap (exact ones included). */
  relaxedMatches: number;
  /** Gold items that have a value; value figures count only these. */
  goldWithValue: number;
  /** Predictions, less those matched to gold items without a value (their value cannot be judged). */
  predictedForValue: number;
  /** Relaxed matches to gold items that have a value. */
  matchedWithValue: number;
  /** ... whose predicted value is right. */
  valueCorrect: number;
}

/** Precision, recall and F1 as ratios 0..1; null where the denominator is zero. */
export interface Figures {
  precision: number | null;
  recall: number | null;
  f1: number | null;
}

/** One row of the report. `value` is null when no gold item of the kind has a value (MEANTIME money). */
export interface KindScore {
  gold: number;
  predicted: number;
  strict: Figures;
  relaxed: Figures;
  value: (Figures & { accuracy: number | null }) | null;
}

/** A kind's totals before any document. */
export const emptyCounts = (): KindCounts => ({
  gold: 0,
  predicted: 0,
  strictMatches: 0,
  relaxedMatches: 0,
  goldWithValue: 0,
  predictedForValue: 0,
  matchedWithValue: 0,
  valueCorrect: 0,
});

/** Add one document's matching to the totals (returns new counts). */
export function addMatching(counts: KindCounts, m: SpanMatching<GoldItem, PredictedItem>, gold: readonly GoldItem[], predicted: readonly PredictedItem[]): KindCounts {
  const valued = m.pairs.filter((p) => p.gold.value !== null);
  return {
    gold: counts.gold + gold.length,
    predicted: counts.predicted + predicted.length,
    strictMatches: counts.strictMatches + m.pairs.filter((p) => p.exact).length,
    relaxedMatches: counts.relaxedMatches + m.pairs.length,
    goldWithValue: counts.goldWithValue + gold.filter((g) => g.value !== null).length,
    predictedForValue: counts.predictedForValue + predicted.length - (m.pairs.length - valued.length),
    matchedWithValue: counts.matchedWithValue + valued.length,
    valueCorrect: counts.valueCorrect + valued.filter((p) => isValueRight(p.gold, p.predicted)).length,
  };
}

/** A prediction's value is right when it is one of the values it offers. */
export const isValueRight = (gold: GoldItem, predicted: PredictedItem): boolean =>
  gold.value !== null && predicted.values.includes(gold.value);

const ratio = (n: number, d: number): number | null => (d === 0 ? null : n / d);

/** Figures from true positives over the predicted and gold totals. F1 = 2·TP / (predicted + gold), defined unless both are zero. */
export function figures(truePositives: number, predicted: number, gold: number): Figures {
  return {
    precision: ratio(truePositives, predicted),
    recall: ratio(truePositives, gold),
    f1: ratio(2 * truePositives, predicted + gold),
  };
}

/** The report row for a kind's totals. */
export function scoreKind(c: KindCounts): KindScore {
  return {
    gold: c.gold,
    predicted: c.predicted,
    strict: figures(c.strictMatches, c.predicted, c.gold),
    relaxed: figures(c.relaxedMatches, c.predicted, c.gold),
    value:
      c.goldWithValue === 0
        ? null
        : { ...figures(c.valueCorrect, c.predictedForValue, c.goldWithValue), accuracy: ratio(c.valueCorrect, c.matchedWithValue) },
  };
}
