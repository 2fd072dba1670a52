import type { CorpusDocument } from '../eval/corpus.js';
import { defaultConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { createArticleContext } from '../pipeline/context.js';
import { taggerInput } from './article-tokens.js';
import { corpusNames } from './corpus-names.js';
import { tokenFeatures } from './features.js';
import { labelsOf, spansOf, type NameKind, type NameSpan } from './labels.js';
import { trainPerceptron, viterbi, type ChainWeights, type TrainingSequence } from './perceptron.js';
import { taggedEvidence } from './tagged-evidence.js';
import { nameBreaks, sentenceRanges, tagNames, tagNamesByFeatureStrings } from './tagger.js';
import type { NameModel } from './model-file.js';
import { scoresOf, tallyNames, type SpanScore } from './score.js';
import type { Token } from '../people/tokens.js';

/** A corpus document ready for training or scoring: its tokens, features and gold names. */
export interface PreparedDocument {
  id: string;
  text: string;
  tokens: readonly Token[];
  features: string[][];
  names: NameSpan[];
  tag(model: NameModel): NameSpan[];
  /** The same by the straightforward scorer (`tagNamesByFeatureStrings`), which `tag` must equal. */
  tagByFeatureStrings(model: NameModel): NameSpan[];
}

/**
 * Documents read as the pipeline reads articles (read and segment stages, the one compromise
 * parse, the people stage's tokens), with their annotated names cut down to name spans.
 */
export function prepareDocuments(docs: readonly CorpusDocument[]): PreparedDocument[] {
  const config = { ...defaultConfig, stages: ['read', 'segment'] };
  const pipeline = createPipeline(config);
  return docs.map((doc) => {
    const article = pipeline.process({ id: doc.id, source: doc.source, text: doc.text, date: doc.dct });
    const ctx = createArticleContext(article, config, pipeline.resources);
    const input = taggerInput(article, ctx);
    const features = tokenFeatures(input.tokens, doc.text, input.casingOf, input.known);
    return {
      id: doc.id,
      text: doc.text,
      tokens: input.tokens,
      features,
      names: corpusNames(input.tokens, doc.text, doc.spans),
      tag: (model) => tagNames(model, input.tokens, doc.text, input.casingOf, input.known),
      tagByFeatureStrings: (model) => tagNamesByFeatureStrings(model, input.tokens, doc.text, input.casingOf, input.known),
    };
  });
}

/** Options of `trainModel`. */
export interface TrainOptions {
  epochs: number;
  seed: number;
  /** Features seen fewer times than this in training are left out. */
  minCount: number;
  /** Parts the documents are cut into to make the second pass's evidence (default 5). */
  folds?: number;
}

/** One document's sentences as training sequences: each token's feature ids, gold labels and breaks. */
function sequencesOf(d: PreparedDocument, features: readonly (readonly string[])[], index: ReadonlyMap<string, number>): TrainingSequence[] {
  const labels = labelsOf(d.tokens.length, d.names);
  const breaks = nameBreaks(d.tokens, d.text);
  return sentenceRanges(d.tokens).map(([first, last]) => ({
    tokens: features.slice(first, last + 1).map((list) => list.flatMap((f) => index.get(f) ?? [])),
    labels: labels.slice(first, last + 1),
    breaks: breaks.slice(first, last + 1),
  }));
}

/** The names the weights find in a document's sentences, one pass, from its training sequences. */
function firstPassNames(weights: ChainWeights, d: PreparedDocument, sequences: readonly TrainingSequence[]): NameSpan[] {
  const spans: NameSpan[] = [];
  sentenceRanges(d.tokens).forEach(([first], k) => {
    const { tokens, breaks } = sequences[k]!;
    for (const s of spansOf(viterbi(weights, tokens, breaks))) spans.push({ first: s.first + first, last: s.last + first, kind: s.kind });
  });
  return spans;
}

/**
 * The feature names (in first-seen order) and the model trained on the documents, sentence by
 * sentence, for two-pass tagging (see `tagNames`). The second pass's evidence on a document comes
 * from a first pass by a model trained without that document (the documents in `folds` parts, each
 * tagged by a model of the others), as it will at tagging time come from a model that never saw
 * the article. The first pass's weights are learned as a one-pass model's; the evidence's weights
 * are then learned on top of them, from the sentences that have some, the others kept.
 */
export function trainModel(docs: readonly PreparedDocument[], options: TrainOptions): { names: string[]; model: NameModel } {
  const counts = new Map<string, number>();
  for (const d of docs) for (const list of d.features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= options.minCount) index.set(f, index.size);
  const plain = docs.map((d) => sequencesOf(d, d.features, index));
  const folds = Math.min(options.folds ?? 5, docs.length);
  const evidence: string[][][] = docs.map((d) => d.tokens.map(() => []));
  if (folds > 1) {
    for (let part = 0; part < folds; part++) {
      const weights = trainPerceptron(index.size, plain.filter((_, k) => k % folds !== part).flat(), options);
      docs.forEach((d, k) => {
        if (k % folds === part) evidence[k] = taggedEvidence(d.tokens, firstPassNames(weights, d, plain[k]!));
      });
    }
  }
  for (const list of evidence.flat()) for (const f of list) if (!index.has(f)) index.set(f, index.size);
  // Each sentence is learned once, with the evidence its document's first pass gave it.
  const sequences = docs.flatMap((d, k) => sequencesOf(d, d.features.map((list, i) => [...list, ...evidence[k]![i]!]), index));
  const weights = trainPerceptron(index.size, sequences, options);
  return { names: [...index.keys()], model: { features: index, weights } };
}

/** Per-kind exact-span scores of a model on prepared documents. */
export function scoreModel(model: NameModel, docs: readonly PreparedDocument[]): Map<NameKind, SpanScore> {
  const tally = new Map<NameKind, [number, number, number]>();
  for (const d of docs) tallyNames(tally, d.names, d.tag(model));
  return scoresOf(tally);
}
