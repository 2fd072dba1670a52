import type { CorpusDocument } from '../eval/corpus.js';
import { defaultConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { createArticleContext } from '../pipeline/context.js';
import { taggerInput } from './article-tokens.js';
import { corpusNames } from './corpus-names.js';
import { tokenFeatures } from './features.js';
import { labelsOf, type NameKind, type NameSpan } from './labels.js';
import { trainPerceptron, type TrainingSequence } from './perceptron.js';
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
}

/** The feature names (in first-seen order) and the model trained on the documents, sentence by sentence. */
export function trainModel(docs: readonly PreparedDocument[], options: TrainOptions): { names: string[]; model: NameModel } {
  const counts = new Map<string, number>();
  for (const d of docs) for (const list of d.features) for (const f of list) counts.set(f, (counts.get(f) ?? 0) + 1);
  const index = new Map<string, number>();
  for (const [f, n] of counts) if (n >= options.minCount) index.set(f, index.size);
  const sequences: TrainingSequence[] = [];
  for (const d of docs) {
    const labels = labelsOf(d.tokens.length, d.names);
    const breaks = nameBreaks(d.tokens, d.text);
    for (const [first, last] of sentenceRanges(d.tokens)) {
      const tokens = d.features.slice(first, last + 1).map((list) => list.flatMap((f) => index.get(f) ?? []));
      sequences.push({ tokens, labels: labels.slice(first, last + 1), breaks: breaks.slice(first, last + 1) });
    }
  }
  const weights = trainPerceptron(index.size, sequences, options);
  return { names: [...index.keys()], model: { features: index, weights } };
}

/** Per-kind exact-span scores of a model on prepared documents. */
export function scoreModel(model: NameModel, docs: readonly PreparedDocument[]): Map<NameKind, SpanScore> {
  const tally = new Map<NameKind, [number, number, number]>();
  for (const d of docs) tallyNames(tally, d.names, d.tag(model));
  return scoresOf(tally);
}
