#!/usr/bin/env node
/**
 * `node dist/bench/stage-bench.js`: where an article's time goes, stage by stage, printed as
 * figures (never asserted). Each article is parsed by compromise alone (`nlp(text)`, the floor)
 * and run through the pipeline on one shared context, in turns, in this one thread; the parse the
 * stages share is timed apart from the first stage that asks for it. CPU time (process.cpuUsage:
 * user + system, so V8's GC and compiler threads count where they run) and wall time, per
 * article, over the rounds after the JIT's warm-up (`ROUNDS`, default 4; the first is warm-up).
 * On a machine shared with other work, compare the stages with the parse of the same run, not
 * with another run's figures. `PROFILE=file.cpuprofile` also writes a V8 CPU profile of the timed
 * rounds alone (open it in Chrome's DevTools), without the warm-up's compiling and loading.
 * `BATCH=n` times the first n articles of the cold CLI bench's batch instead of the corpus documents.
 */
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createPipeline, articleFromInput } from '../pipeline/pipeline.js';
import { createArticleContext } from '../pipeline/context.js';
import { resolveConfig } from '../pipeline/config.js';
import { stageIds } from '../stages/index.js';
import { benchTexts } from './texts.js';
import { benchBatch } from './cli-batch.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const ROUNDS = Number(process.env.ROUNDS ?? 4);

/** CPU and wall milliseconds summed under one label. */
class Clock {
  readonly cpu = new Map<string, number>();
  readonly wall = new Map<string, number>();
  time<T>(label: string, fn: () => T): T {
    const cpu = process.cpuUsage();
    const wall = performance.now();
    const result = fn();
    const used = process.cpuUsage(cpu);
    this.wall.set(label, (this.wall.get(label) ?? 0) + performance.now() - wall);
    this.cpu.set(label, (this.cpu.get(label) ?? 0) + (used.user + used.system) / 1000);
    return result;
  }
}

/** The corpus documents, or with `BATCH=n` the first n articles of the cold CLI bench's batch (300–600 words each). */
const { origin, texts } = process.env.BATCH
  ? (({ origin: from, articles }) => ({ origin: `the CLI bench's batch of ${from}`, texts: articles }))(benchBatch(ROOT, Number(process.env.BATCH)))
  : benchTexts(ROOT);
const config = resolveConfig({}, stageIds);
const pipeline = createPipeline(config);
pipeline.resources.gazetteer();

/** A CPU profiler on this thread, when `PROFILE` names a file to write. */
function profiler(file: string | undefined): { start(): void; stop(): void } {
  if (!file) return { start() {}, stop() {} };
  const session = new Session();
  session.connect();
  return {
    start: () => {
      session.post('Profiler.enable');
      session.post('Profiler.start');
    },
    stop: () =>
      session.post('Profiler.stop', (error, result) => {
        if (error) throw error;
        writeFileSync(file, JSON.stringify(result.profile));
      }),
  };
}

const profile = profiler(process.env.PROFILE);
const COMPROMISE = 'compromise alone';
const PARSE = 'our parse (shared)';
let clock = new Clock();
let articles = 0;
for (let round = 0; round < ROUNDS; round++) {
  if (round === 1) {
    clock = new Clock();
    articles = 0;
    profile.start();
  }
  texts.forEach(({ text, date }, i) => {
    const runs = [
      () => clock.time(COMPROMISE, () => nlp(text)),
      () => {
        let article = articleFromInput({ id: `a${i}`, source: 'bench', text, date });
        const ctx = createArticleContext(article, config, pipeline.resources);
        clock.time(PARSE, () => ctx.docJson());
        for (const stage of pipeline.stages) article = clock.time(stage.id, () => stage.run(article, ctx));
      },
    ];
    if ((i + round) % 2 === 1) runs.reverse();
    for (const run of runs) run();
    articles++;
  });
}

profile.stop();
const compromise = clock.cpu.get(COMPROMISE)!;
const ours = [...clock.cpu].filter(([label]) => label !== COMPROMISE && label !== PARSE).reduce((n, [, ms]) => n + ms, 0);
const parse = clock.cpu.get(PARSE)!;
console.log(`${texts.length} texts from ${origin}, ${articles} article runs after ${ROUNDS > 1 ? 'one warm-up round' : 'no warm-up'}`);
console.log(`${'ms per article'.padEnd(22)} ${'cpu'.padStart(8)} ${'wall'.padStart(8)}  ÷ compromise (cpu)`);
for (const [label, ms] of clock.cpu) {
  const wall = clock.wall.get(label)!;
  console.log(`${label.padEnd(22)} ${(ms / articles).toFixed(2).padStart(8)} ${(wall / articles).toFixed(2).padStart(8)}  ${(ms / compromise).toFixed(3)}`);
}
console.log(`${'our stages together'.padEnd(22)} ${(ours / articles).toFixed(2).padStart(8)} ${''.padStart(8)}  ${(ours / compromise).toFixed(3)}`);
console.log(`pipeline ÷ compromise speed (cpu): ${(compromise / (parse + ours)).toFixed(3)}×  (aim ≥ 0.8)`);
