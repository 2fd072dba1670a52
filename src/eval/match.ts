/** Anything with offsets, end-exclusive. */
export interface Offsets {
  start: number;
  end: number;
}

/** A gold item paired with a predicted one: `exact` when the offsets are the same, otherwise they overlap. */
export interface MatchedPair<G, P> {
  gold: G;
  predicted: P;
  exact: boolean;
}

/** The outcome of matching one document's gold and predicted items of one kind. */
export interface SpanMatching<G, P> {
  pairs: MatchedPair<G, P>[];
  /** Gold items no prediction overlaps (after one-to-one matching). */
  missed: G[];
  /** Predictions that overlap no remaining gold item. */
  falseHits: P[];
}

const overlapLength = (a: Offsets, b: Offsets): number => Math.min(a.end, b.end) - Math.max(a.start, b.start);

/**
 * One-to-one greedy matching as TempEval-3 scores TIMEX3 extents: exact offset matches are
 * taken first, then overlapping pairs, largest overlap first (ties in gold, then predicted, order).
 * An item is used at most once, so one prediction cannot match two gold spans.
 */
export function matchSpans<G extends Offsets, P extends Offsets>(gold: readonly G[], predicted: readonly P[]): SpanMatching<G, P> {
  const goldUsed = new Set<number>();
  const predictedUsed = new Set<number>();
  const pairs: Array<MatchedPair<G, P> & { g: number }> = [];
  const take = (g: number, p: number, exact: boolean): void => {
    goldUsed.add(g);
    predictedUsed.add(p);
    pairs.push({ gold: gold[g]!, predicted: predicted[p]!, exact, g });
  };

  gold.forEach((gi, g) => {
    const p = predicted.findIndex((pi, j) => !predictedUsed.has(j) && pi.start === gi.start && pi.end === gi.end);
    if (p >= 0) take(g, p, true);
  });

  const candidates: Array<{ g: number; p: number; overlap: number }> = [];
  gold.forEach((gi, g) => {
    if (goldUsed.has(g)) return;
    predicted.forEach((pi, p) => {
      const overlap = overlapLength(gi, pi);
      if (!predictedUsed.has(p) && overlap > 0) candidates.push({ g, p, overlap });
    });
  });
  candidates.sort((a, b) => b.overlap - a.overlap || a.g - b.g || a.p - b.p);
  for (const { g, p } of candidates) if (!goldUsed.has(g) && !predictedUsed.has(p)) take(g, p, false);

  pairs.sort((a, b) => a.g - b.g);
  return {
    pairs: pairs.map(({ gold: gi, predicted: pi, exact }) => ({ gold: gi, predicted: pi, exact })),
    missed: gold.filter((_, g) => !goldUsed.has(g)),
    falseHits: predicted.filter((_, p) => !predictedUsed.has(p)),
  };
}
