import type { CorpusDocument } from '../eval/corpus.js';
import { evaluateDocuments, scoredDocuments, type Discrepancy } from '../eval/evaluate.js';
import type { KindScore } from '../eval/score.js';
import { NAME_EVAL_KINDS } from '../eval/name-gold.js';
import { defaultConfig, type PipelineConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { meanAndSpread, pm } from './cross-validate.js';
import { parseModelFile, serializeModel } from './model-file.js';
import { prepareDocuments, trainModel, type TrainOptions } from './train.js';

type NameEvalKind = (typeof NAME_EVAL_KINDS)[number];

/** One fold of a whole-pipeline cross-validation: the strict scores of its held-out documents, and what the pipeline got wrong there. */
export interface PipelineFold {
  scores: Record<NameEvalKind, KindScore>;
  discrepancies: Discrepancy[];
}

/** The stages that make people, places and organizations (the scores do not depend on the others). */
const NAME_STAGES: PipelineConfig = { ...defaultConfig, stages: ['read', 'segment', 'people', 'places'] };

/**
 * k-fold cross-validation of the WHOLE pipeline, not the tagger alone: fold k trains a model on
 * the documents whose index % folds differs from k (quantized and pruned as shipped), builds a
 * pipeline with that model (each pipeline its own model, so one process runs every fold) and
 * scores people, places and organizations on the documents where the index % folds equals k, as
 * `eval` scores them. This measures what the rules after the tagger keep and lose on text the
 * model never saw.
 */
export function pipelineCrossValidate(
  docs: readonly CorpusDocument[],
  folds: number,
  options: TrainOptions & { minWeight: number },
  progress?: (line: string) => void,
): PipelineFold[] {
  const prepared = prepareDocuments(docs);
  const scored = scoredDocuments(docs);
  const results: PipelineFold[] = [];
  for (let k = 0; k < folds; k++) {
    const { names, model } = trainModel(prepared.filter((_, i) => i % folds !== k), options);
    const pipeline = createPipeline(NAME_STAGES, { nameModel: parseModelFile(serializeModel(names, model.weights, options.minWeight)) });
    const result = evaluateDocuments(pipeline, scored.filter((_, i) => i % folds === k), NAME_EVAL_KINDS);
    const scores = Object.fromEntries(NAME_EVAL_KINDS.map((kind) => [kind, result.kinds[kind]!])) as Record<NameEvalKind, KindScore>;
    results.push({ scores, discrepancies: result.discrepancies });
    progress?.(`fold ${k + 1}/${folds}: ${NAME_EVAL_KINDS.map((kind) => `${kind} ${percent(scores[kind].strict.f1)}`).join(', ')}`);
  }
  return results;
}

const percent = (x: number | null): string => (x === null ? '–' : (100 * x).toFixed(1));

/**
 * Per kind: strict F1 of each fold, their mean ± standard deviation (a change inside one standard
 * deviation is noise), and P/R/F1 of all held-out documents pooled.
 */
export function formatPipelineCrossValidation(folds: readonly PipelineFold[]): string {
  const rows = NAME_EVAL_KINDS.map((kind) => {
    const f1s = folds.map((f) => 100 * (f.scores[kind].strict.f1 ?? 0));
    const gold = folds.reduce((n, f) => n + f.scores[kind].gold, 0);
    const predicted = folds.reduce((n, f) => n + f.scores[kind].predicted, 0);
    const correct = folds.reduce((n, f) => n + Math.round((f.scores[kind].strict.recall ?? 0) * f.scores[kind].gold), 0);
    const pooled = [correct / predicted, correct / gold, (2 * correct) / (predicted + gold)].map((x) => (100 * x).toFixed(1).padStart(6)).join('');
    return `${kind.padEnd(14)}${f1s.map((x) => x.toFixed(1).padStart(6)).join('')}   ${pm(meanAndSpread(f1s))} ${pooled}`;
  });
  return [
    `pipeline ${folds.length}-fold cross-validation (strict F1 %, each fold's model trained on the other folds)`,
    `kind          ${folds.map((_, k) => `fold${k + 1}`.padStart(6)).join('')}   mean ± sd       pooled P     R    F1`,
    ...rows,
  ].join('\n');
}
