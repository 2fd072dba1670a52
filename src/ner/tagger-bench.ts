#!/usr/bin/env node
/**
 * `node dist/ner/tagger-bench.js [corpus.jsonl ...]`: what tagging an article costs beside its
 * compromise parse, printed as figures (never asserted). Each round parses every text on a fresh
 * context, then tags it: the tagger's input (the tokens and casings the people stage reads too),
 * then its names; the rounds after the first (the JIT's
 * warm-up) are summed. Also prints the model's load time (read and compiled) and a digest of every tag, so that two
 * builds can be shown to tag alike.
 */
import { createHash } from 'node:crypto';
import { readCorpus } from '../eval/corpus.js';
import { defaultConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { createArticleContext } from '../pipeline/context.js';
import { taggerInput } from './article-tokens.js';
import { tagNames } from './tagger.js';
import { defaultModelPath, loadModel } from './model-file.js';
import { compileModel } from './compiled-model.js';

const files = process.argv.slice(2);
const paths = files.length > 0 ? files : ['../shared/corpora/meantime/dev.jsonl', '../shared/corpora/gum/dev.jsonl'];
const ROUNDS = Number(process.env.ROUNDS ?? 4);

const loadStart = performance.now();
const model = loadModel(defaultModelPath);
compileModel(model);
const loadSeconds = (performance.now() - loadStart) / 1000;

const config = { ...defaultConfig, stages: ['read', 'segment'] };
const pipeline = createPipeline(config);
const articles = paths.flatMap((p) => readCorpus(p)).map((doc) => pipeline.process({ id: doc.id, source: doc.source, text: doc.text, date: doc.dct }));

let parseSeconds = 0;
let inputSeconds = 0;
let tagSeconds = 0;
let digest = '';
for (let round = 0; round < ROUNDS; round++) {
  const hash = createHash('sha256');
  let parse = 0;
  let input = 0;
  let tag = 0;
  for (const article of articles) {
    const ctx = createArticleContext(article, config, pipeline.resources);
    let t = performance.now();
    ctx.docJson();
    parse += performance.now() - t;
    t = performance.now();
    const words = taggerInput(article, ctx);
    input += performance.now() - t;
    t = performance.now();
    const names = tagNames(model, words.tokens, article.text, words.casingOf, words.known);
    tag += performance.now() - t;
    for (const n of names) hash.update(`${article.id}:${n.first}:${n.last}:${n.kind};`);
  }
  digest = hash.digest('hex').slice(0, 16);
  if (round > 0 || ROUNDS === 1) {
    parseSeconds += parse / 1000;
    inputSeconds += input / 1000;
    tagSeconds += tag / 1000;
  }
}
process.stdout.write(
  `${articles.length} articles × ${Math.max(1, ROUNDS - 1)} rounds: compromise parse ${parseSeconds.toFixed(2)} s, ` +
    `tagging ${(inputSeconds + tagSeconds).toFixed(2)} s (${((inputSeconds + tagSeconds) / parseSeconds).toFixed(3)}× the parse; ` +
    `of it the tokens the people stage shares ${(inputSeconds / parseSeconds).toFixed(3)}×, tagging proper ${(tagSeconds / parseSeconds).toFixed(3)}×); ` +
    `model load ${loadSeconds.toFixed(2)} s; tags digest ${digest}\n`,
);
