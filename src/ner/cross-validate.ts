import { NAME_KINDS, type NameKind } from './labels.js';
import { parseModelFile, serializeModel } from './model-file.js';
import { trainModel, type PreparedDocument, type TrainOptions } from './train.js';
import { scoresOf, tallyNames, type SpanScore } from './score.js';

/** Per-kind scores of each fold, and of all held-out documents pooled (every document is held out once). */
export interface CrossValidation {
  folds: Map<NameKind, SpanScore>[];
  pooled: Map<NameKind, SpanScore>;
}

/**
 * k-fold cross-validation: fold k scores the model trained on every document whose index % folds
 * differs from k on the documents where it equals k, so that every document is held out once and
 * the folds are the same on every run. Each fold's model is quantized and pruned as the shipped
 * one is (`serializeModel` with `minWeight`), so the figures are those of a model that would ship.
 */
export function crossValidate(docs: readonly PreparedDocument[], folds: number, options: TrainOptions & { minWeight: number }, progress?: (line: string) => void): CrossValidation {
  const results: Map<NameKind, SpanScore>[] = [];
  const pooled = new Map<NameKind, [number, number, number]>();
  for (let k = 0; k < folds; k++) {
    const { names, model } = trainModel(docs.filter((_, i) => i % folds !== k), options);
    const saved = parseModelFile(serializeModel(names, model.weights, options.minWeight));
    const tally = new Map<NameKind, [number, number, number]>();
    for (const d of docs.filter((_, i) => i % folds === k)) {
      const tagged = d.tag(saved);
      tallyNames(tally, d.names, tagged);
      tallyNames(pooled, d.names, tagged);
    }
    const scores = scoresOf(tally);
    results.push(scores);
    progress?.(`seed ${options.seed}, fold ${k + 1}/${folds}: ${NAME_KINDS.map((kind) => `${kind} ${scores.get(kind)!.f1.toFixed(1)}`).join(', ')}`);
  }
  return { folds: results, pooled: scoresOf(pooled) };
}

/** Mean and sample standard deviation. */
export function meanAndSpread(xs: readonly number[]): [number, number] {
  const m = xs.reduce((a, b) => a + b, 0) / xs.length;
  return [m, Math.sqrt(xs.reduce((a, b) => a + (b - m) ** 2, 0) / Math.max(xs.length - 1, 1))];
}

/** "mean ± sd" in fixed widths. */
export const pm = ([m, s]: [number, number]): string => `${m.toFixed(1).padStart(5)} ± ${s.toFixed(1).padEnd(4)}`;

/**
 * One line per kind over runs of the same folds with different seeds: the F1 of each fold (mean ±
 * standard deviation over folds, which mostly says how the folds differ), and the F1 of all held-out
 * documents pooled, mean ± standard deviation over seeds: the training's own noise, the spread a
 * change must beat.
 */
export function formatCrossValidation(runs: readonly CrossValidation[]): string {
  const rows = NAME_KINDS.map((kind) => {
    const folds = meanAndSpread(runs.flatMap((r) => r.folds.map((f) => f.get(kind)!.f1)));
    const pooled = meanAndSpread(runs.map((r) => r.pooled.get(kind)!.f1));
    const p = meanAndSpread(runs.map((r) => r.pooled.get(kind)!.precision))[0];
    const rc = meanAndSpread(runs.map((r) => r.pooled.get(kind)!.recall))[0];
    return `${kind.padEnd(6)}${pm(folds)}   ${pm(pooled)}  ${p.toFixed(1).padStart(5)} ${rc.toFixed(1).padStart(5)}`;
  });
  const k = runs[0]?.folds.length ?? 0;
  return [
    `${k}-fold cross-validation, ${runs.length} seed(s) (exact-span %)`,
    `kind  F1 per fold     F1 pooled      P     R   (pooled: over seeds)`,
    ...rows,
  ].join('\n');
}
