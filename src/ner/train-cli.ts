#!/usr/bin/env node
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { readCorpus } from '../eval/corpus.js';
import { defaultModelPath, loadModel, serializeModel } from './model-file.js';
import { prepareDocuments, scoreModel, trainModel } from './train.js';
import { formatScores } from './score.js';
import { crossValidate, formatCrossValidation } from './cross-validate.js';
import { formatPipelineCrossValidation, pipelineCrossValidate } from './pipeline-cv.js';
import { formatDiscrepancy } from '../eval/report.js';

/**
 * `npm run train`: learn the name tagger from annotated corpora (the corpus format of
 * ../shared/corpora/README.md), hold out every `--test-every`th document as a test part that
 * is never tuned on, write the model and print exact-span figures on the test part and dev corpora.
 * `--cv k` instead cross-validates the tagger over the corpora (k folds) to judge a feature or setting;
 * `--pipeline-cv k` cross-validates the whole pipeline with each fold's model, to judge the rules after it.
 */
const argv = await yargs(hideBin(process.argv))
  .scriptName('npm run train --')
  .option('corpus', { type: 'string', array: true, default: ['../shared/corpora/gum/train.jsonl'], describe: 'annotated corpora to learn from (JSON Lines, names flagged attrs.named or syntactic_type NAM)' })
  .option('dev', { type: 'string', array: true, default: ['../shared/corpora/gum/dev.jsonl'], describe: 'corpora to score the model on (never trained on)' })
  .option('out', { type: 'string', default: defaultModelPath, describe: 'where to write the model' })
  .option('test-every', { type: 'number', default: 5, describe: 'hold out documents whose 0-based index % N == N - 1 as the test part (0: none)' })
  .option('epochs', { type: 'number', default: 10, describe: 'passes over the training data' })
  .option('seed', { type: 'number', default: 1, describe: 'seed of the shuffle before each pass' })
  .option('min-count', { type: 'number', default: 2, describe: 'leave out features seen fewer times' })
  .option('min-weight', { type: 'number', default: 2, describe: 'prune features whose largest weight is below this many quantization steps' })
  .option('cv', { type: 'number', default: 0, describe: 'k-fold cross-validation on the corpora instead (every document held out once): print per-fold and pooled F1, write no model' })
  .option('pipeline-cv', { type: 'number', default: 0, describe: 'k-fold cross-validation of the whole pipeline instead: each fold\'s people, places and organizations found by the pipeline with a model trained on the other folds; per-fold and mean ± sd strict F1, no model written' })
  .option('verbose', { type: 'boolean', default: false, describe: 'with --pipeline-cv: list every miss and false hit of each fold' })
  .option('seeds', { type: 'number', default: 3, describe: 'with --cv: repeat it with this many seeds (from --seed), to see the training\'s own noise' })
  .strict()
  .help()
  .parse();

const options = { epochs: argv.epochs, seed: argv.seed, minCount: argv['min-count'], minWeight: argv['min-weight'] };
if (argv.cv > 1) {
  const docs = prepareDocuments(argv.corpus.flatMap((path) => readCorpus(path)));
  process.stderr.write(`${argv.cv}-fold cross-validation over ${docs.length} documents\n`);
  const runs = Array.from({ length: argv.seeds }, (_, s) => crossValidate(docs, argv.cv, { ...options, seed: argv.seed + s }, (line) => process.stderr.write(`${line}\n`)));
  process.stdout.write(`${formatCrossValidation(runs)}\n`);
  process.exit(0);
}

if (argv['pipeline-cv'] > 1) {
  const docs = argv.corpus.flatMap((path) => readCorpus(path));
  process.stderr.write(`${argv['pipeline-cv']}-fold cross-validation of the pipeline over ${docs.length} documents\n`);
  const folds = pipelineCrossValidate(docs, argv['pipeline-cv'], options, (line) => process.stderr.write(`${line}\n`));
  if (argv.verbose) folds.forEach((f, k) => f.discrepancies.forEach((d) => process.stdout.write(`fold${k + 1} ${formatDiscrepancy(d)}\n`)));
  process.stdout.write(`${formatPipelineCrossValidation(folds)}\n`);
  process.exit(0);
}

const every = argv['test-every'];
const held = (i: number): boolean => every > 0 && i % every === every - 1;
const corpus = argv.corpus.flatMap((path) => readCorpus(path));
const trainDocs = prepareDocuments(corpus.filter((_, i) => !held(i)));
const testDocs = prepareDocuments(corpus.filter((_, i) => held(i)));
process.stderr.write(`training on ${trainDocs.length} documents (${trainDocs.reduce((n, d) => n + d.names.length, 0)} names), ${testDocs.length} held out\n`);
const { names, model } = trainModel(trainDocs, options);
const file = serializeModel(names, model.weights, options.minWeight);
mkdirSync(dirname(argv.out), { recursive: true });
writeFileSync(argv.out, file);
const saved = loadModel(argv.out);
process.stdout.write(`model: ${argv.out}, ${(file.length / 1024).toFixed(0)} KB, ${saved.features.size} features (of ${names.length})\n`);
if (testDocs.length > 0) process.stdout.write(`${formatScores(`own test part (every ${every}th document, ${testDocs.length})`, scoreModel(saved, testDocs))}\n`);
for (const path of argv.dev) process.stdout.write(`${formatScores(path, scoreModel(saved, prepareDocuments(readCorpus(path))))}\n`);
