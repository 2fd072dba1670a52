/**
 * `npm run bench`: speed and memory on real articles, printed as figures (never asserted).
 * compromise alone (the floor) and the full pipeline, in process and on pools of one worker and
 * of every core; warm figures, with the cold start beside them.
 */
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { Piscina } from 'piscina';
import { createPipeline } from '../pipeline/pipeline.js';
import { resolveConfig } from '../pipeline/config.js';
import { stageIds } from '../stages/index.js';
import { createArticlePool, resolveWorkers, workerResourceLimits, type ArticlePool } from '../parallel/pool.js';
import type { ArticleInput } from '../types.js';
import { benchTexts } from './texts.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 3) * 1024 * 1024;

/** The bench's texts (see texts.ts), repeated to the target size. */
function loadArticles(): { articles: ArticleInput[]; origin: string } {
  const { origin, texts } = benchTexts(ROOT);
  const articles: ArticleInput[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = texts[i % texts.length]!;
    articles.push({ id: `a${i}`, source: 'bench', text: t.text, date: t.date });
    bytes += t.text.length;
  }
  return { articles, origin };
}

const wordsIn = (articles: ArticleInput[]) => articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);

/**
 * Articles each thread runs before its timing starts (`BENCH_WARM_UP`): the JIT's warm-up, which a
 * fresh thread pays once. A long batch runs at the warm speed; the cold one is printed beside it.
 * Measured with V8's --trace-opt on one pipeline worker, TurboFan's compile time per article was
 * 6.8 ms over the first 500 articles, 0.7 ms over the next 1,000, then 0.5 falling to 0.1 by 5,000.
 * A thread's compiles run beside it on V8's background threads, on the idle core when one worker
 * runs and on a busy one when every core has a worker: with 500 the 2-worker figure paid a warm-up
 * that the 1-worker one hid.
 */
const WARM_UP_ARTICLES = Number(process.env.BENCH_WARM_UP ?? 2000);

/** Articles a round of the pool comparison gives to each pool in turn. */
const ROUND_ARTICLES = 100;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

async function timeAsync(fn: () => Promise<unknown>): Promise<number> {
  const t = performance.now();
  await fn();
  return (performance.now() - t) / 1000;
}

/**
 * Compromise alone and the whole pipeline, timed article by article in turns (which goes first
 * alternates): on a machine shared with other work, a load that comes and goes then weighs on both
 * alike, and their ratio stays meaningful.
 */
function interleaved(articles: readonly ArticleInput[], pipeline: ReturnType<typeof createPipeline>): [number, number] {
  let compromise = 0;
  let full = 0;
  articles.forEach((a, i) => {
    const runs: Array<() => void> = [() => (compromise += time(() => nlp(a.text))), () => (full += time(() => pipeline.process(a)))];
    if (i % 2 === 1) runs.reverse();
    runs.forEach((run) => run());
  });
  return [compromise, full];
}

interface PoolFigures {
  label: string;
  threads: number;
  /** The warm-up: a fresh pool's first articles, JIT compilation included. */
  cold: { seconds: number; articles: ArticleInput[] };
  /** The whole set, warm. */
  seconds: number;
  heaps: number[];
}

/** What the pool comparison times: a pool of worker threads that takes a batch of articles. */
interface TimedPool {
  label: string;
  threads: number;
  runAll(articles: readonly ArticleInput[]): Promise<unknown>;
  heaps(): Promise<number[]>;
  destroy(): Promise<void>;
}

function pipelinePool(config: ReturnType<typeof resolveConfig>, threads: number): TimedPool {
  const pool: ArticlePool = createArticlePool(config, threads);
  return {
    label: `full pipeline, worker pool of ${threads}`,
    threads,
    runAll: (articles) => Promise.all(articles.map((input) => pool.process({ input, warnings: [] }))),
    heaps: () => pool.memoryPeaks(),
    destroy: () => pool.destroy(),
  };
}

/** compromise alone in worker threads with the pipeline's worker limits: the floor where the pipeline runs. */
function compromisePool(config: ReturnType<typeof resolveConfig>, threads: number): TimedPool {
  const pool = new Piscina<string, number>({
    filename: new URL('./compromise-worker.js', import.meta.url).href,
    minThreads: threads,
    maxThreads: threads,
    resourceLimits: workerResourceLimits(config),
  });
  return {
    label: `compromise alone, worker pool of ${threads}`,
    threads,
    runAll: (articles) => Promise.all(articles.map((a) => pool.run(a.text))),
    heaps: async () => [],
    destroy: () => pool.destroy(),
  };
}

/**
 * compromise alone and the pipeline, each on a pool of one worker and on a pool of every core,
 * all warmed up, then given the same rounds of articles in turns (which goes first rotates), for
 * the same reason as `interleaved`.
 */
async function comparePools(pools: readonly TimedPool[], articles: readonly ArticleInput[]): Promise<PoolFigures[]> {
  const figures: PoolFigures[] = [];
  for (const pool of pools) {
    const warmUp = Array.from({ length: pool.threads * WARM_UP_ARTICLES }, (_, i) => articles[i % articles.length]!);
    const cold = { seconds: await timeAsync(() => pool.runAll(warmUp)), articles: warmUp };
    figures.push({ label: pool.label, threads: pool.threads, cold, seconds: 0, heaps: [] });
  }
  for (let start = 0, round = 0; start < articles.length; start += ROUND_ARTICLES, round++) {
    const chunk = articles.slice(start, start + ROUND_ARTICLES);
    for (let i = 0; i < pools.length; i++) {
      const k = (round + i) % pools.length;
      figures[k]!.seconds += await timeAsync(() => pools[k]!.runAll(chunk));
    }
  }
  for (const [k, pool] of pools.entries()) {
    figures[k]!.heaps = await pool.heaps();
    await pool.destroy();
  }
  return figures;
}

async function main(): Promise<void> {
  const { articles, origin } = loadArticles();
  const words = wordsIn(articles);
  const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1024 / 1024;
  console.log(`news-extract bench: ${articles.length} articles, ${words} words, ${mb.toFixed(1)} MB of text from ${origin}`);
  console.log(`each thread first runs ${WARM_UP_ARTICLES} articles untimed (the JIT's warm-up; BENCH_WARM_UP sets it)`);

  const config = resolveConfig({}, stageIds);
  const startupStart = performance.now();
  const pipeline = createPipeline(config);
  const gazetteerSeconds = time(() => pipeline.resources.gazetteer());
  const firstSeconds = time(() => pipeline.process(articles[0]!));
  const startup = (performance.now() - startupStart) / 1000;

  interleaved(articles.slice(0, WARM_UP_ARTICLES), pipeline);
  const heapBefore = process.memoryUsage().heapUsed;
  const [compromiseSeconds, pipelineSeconds] = interleaved(articles, pipeline);
  const oneThreadHeap = process.memoryUsage().heapUsed;

  const threads = resolveWorkers('auto');
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
  const pools = [compromisePool(config, 1), compromisePool(config, threads), pipelinePool(config, 1), pipelinePool(config, threads)];
  const [floor, floorAll, poolOne, poolAll] = await comparePools(pools, articles);
  clearInterval(sampler);

  const rate = (count: number, wordCount: number, s: number) =>
    `${Math.round(wordCount / s).toLocaleString('en-US').padStart(9)} words/s  ${(count / s).toFixed(1).padStart(7)} articles/s`;
  const line = (label: string, s: number, extra = '') => console.log(`${label.padEnd(56)} ${rate(articles.length, words, s)}${extra}`);
  const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  console.log('');
  line('compromise alone (nlp per article, 1 thread)', compromiseSeconds);
  line('full pipeline, 1 thread', pipelineSeconds);
  for (const pool of [floor!, floorAll!, poolOne!, poolAll!])
    line(pool.label, pool.seconds, pool.heaps.length ? `  peak heap a worker ${megabytes(Math.max(...pool.heaps))}` : '');
  for (const pool of [floor!, floorAll!, poolOne!, poolAll!]) {
    const { seconds, articles: cold } = pool.cold;
    console.log(`${`  cold: ${pool.label.replace('worker pool', 'a fresh pool')}, first ${cold.length}`.padEnd(56)} ${rate(cold.length, wordsIn(cold), seconds)}`);
  }
  console.log('');
  const ratio = (label: string, value: number, note: string) => console.log(`${label.padEnd(46)} ${value.toFixed(2)}×  ${note}`);
  const coldRate = (pool: PoolFigures) => pool.cold.articles.length / pool.cold.seconds;
  ratio('pipeline ÷ compromise speed, in process', compromiseSeconds / pipelineSeconds, '(aim ≥ 0.8)');
  ratio('pipeline ÷ compromise speed, a worker each', floor!.seconds / poolOne!.seconds, '(aim ≥ 0.8; `run` always uses a pool)');
  ratio(`pipeline: ${poolAll!.threads} workers ÷ 1 worker speed`, poolOne!.seconds / poolAll!.seconds, `(aim ≥ ${(0.9 * poolAll!.threads).toFixed(1)})`);
  ratio(`  compromise alone: ${floorAll!.threads} workers ÷ 1 worker`, floor!.seconds / floorAll!.seconds, "(this machine's own scaling)");
  ratio('  pipeline cold (fresh pools, JIT warm-up)', coldRate(poolAll!) / coldRate(poolOne!), '');
  console.log(`start-up: pipeline + first article ${startup.toFixed(2)} s, of which gazetteer load ${gazetteerSeconds.toFixed(2)} s; first article ${firstSeconds.toFixed(2)} s`);
  console.log(`heap growth over the 1-thread run: ${megabytes(oneThreadHeap - heapBefore)}; main-thread heap now ${megabytes(process.memoryUsage().heapUsed)}`);
  console.log(`process RSS at most ${megabytes(peakRss)} (main thread and ${2 + 2 * threads} workers)`);
}

await main();
