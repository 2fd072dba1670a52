import { availableParallelism } from 'node:os';
import { setFlagsFromString } from 'node:v8';
import type { ResourceLimits } from 'node:worker_threads';
import { Piscina } from 'piscina';
import pLimit from 'p-limit';
import type { Article } from '../types.js';
import type { OutputFormat, PipelineConfig } from '../pipeline/config.js';
import type { ArticleOutput } from '../output/article-output.js';
import type { ArticleResult, ArticleTask } from './article-worker.js';
import { shareGazetteerIndex } from '../resources/gazetteer-index.js';

/**
 * An article that ran past a per-article limit, the time limit (`articleTimeoutMs`) or the worker's
 * heap (`workerHeapMb`): its worker thread was stopped and replaced. Running it again would fail
 * again, so it is the article's error, not the batch's.
 */
export class ArticleLimitError extends Error {
  override name = 'ArticleLimitError';
}

export interface ArticlePool {
  readonly threads: number;
  process(task: ArticleTask): Promise<Article>;
  /** The article as `run` writes it in `format`, serialized on the worker thread. */
  output(task: ArticleTask, format: OutputFormat): Promise<ArticleOutput>;
  /** Each thread's peak heap in bytes, as far as one call per thread reaches them all. */
  memoryPeaks(): Promise<number[]>;
  destroy(): Promise<void>;
}

/** "auto" is every core; a number is taken as it is. */
export function resolveWorkers(workers: number | 'auto'): number {
  return workers === 'auto' ? availableParallelism() : Math.max(1, Math.floor(workers));
}

/**
 * Each worker's young generation, where V8 puts new objects (Node's default is a few megabytes a
 * semi-space). An article's parse and the stages' records live for the whole article; in a small
 * young generation they are copied by several scavenges and promoted, to be swept later. Measured
 * with one worker on 2 cores, rounds in turns, 1,200 articles after 600 of warm-up: at 128 or 192
 * MB the pipeline ran 6–8% faster than at the default and its peak heap fell from 370 MB to
 * 220–240 MB; compromise alone gained nothing (89.4 and 88.9 articles/s), and 384 MB no more.
 * With it, V8's parallel scavenging neither helps nor hurts (on or off, within 2% for a pool of 1
 * and of 2), where with the default a pool of 2 ran 4–8% faster without it: V8's default stays.
 * It was 192 MB until the cold CLI bench (2,000 articles) showed what that costs in memory: peak
 * RSS of the whole process 452 MB with 1 worker and 728 MB with 2, against 347 and 528 MB at 96
 * MB and 364 and 555 MB at 64 MB. Pools of one worker taking 100-article rounds in turns after
 * 400 of warm-up ran at the same speed at 64, 96 and 192 MB (75–80 ms an article in two runs,
 * one outlier at 64) and 23% slower at 16 MB; 96 MB keeps a margin above where speed falls.
 */
export const YOUNG_GENERATION_MB = 96;

/**
 * The least heap an article needs for each character of its text, as measured with the pipeline
 * in a worker (`run` with `workerHeapMb` 128 on a repeated news sentence: 246,000 characters fit
 * and 369,000 did not, 300–500 bytes a character with the pipeline's own data counted in). An
 * article whose text needs more than the heap cap at this rate is refused before a thread takes
 * it: a worker that fills its heap is stopped by V8, and V8 does not promise to stop only the
 * worker (nodejs/node#47224), so the certain cases are not left to it.
 */
export const MIN_HEAP_BYTES_PER_CHAR = 200;

/**
 * V8 flags for a pool that fills the machine's cores, set before its threads start.
 *
 * `--interrupt-budget`: how much bytecode a function runs between V8's checks of whether to
 * optimize it, here 4 times V8's default (67,584). With the default, TurboFan compiles on V8's
 * helper threads cost about half as much CPU as the worker itself (perf, 300 articles, 1 worker:
 * helper threads 36% of the samples, 85% of that in TurboFan, the worker 57%), and over a
 * batch it keeps compiling: 795 optimized compiles in the first 100 articles and 1,206 in 300,
 * with 222 and 339 deoptimizations, most after too little type feedback or on an object of
 * another map, here and in compromise. At 4 times the budget: 367 compiles in 100 articles.
 * CPU by thread of the cold CLI on 300 articles of the bench batch, default → 4× in pairs of
 * runs (load 11-16, other sessions running), total (workers, helpers) in seconds:
 *   2 workers: 31.9 → 28.7 (17.5 → 20.3, 13.0 → 6.8); 33.7 → 26.3 (18.3 → 18.6, 14.1 → 6.5);
 *              36.8 → 34.5 (20.3 → 24.7, 15.1 → 8.1); 2× the budget gave 31.3 (20.0, 9.7)
 *   1 worker:  25.8 → 24.2 (14.6 → 16.6, 9.6 → 6.2); 28.9 → 22.0 (17.0 → 14.8, 10.3 → 5.8);
 *              22.0 → 21.9 (12.5 → 14.7, 8.3 → 6.0)
 * The workers run less optimized code for longer. When every core runs a worker, the helpers'
 * time is taken from the workers and the saving pays for that. With 1 worker on 2 cores the
 * helpers run on the free core, so only the worker's own CPU counts, and that rose in two pairs
 * of three: such a pool keeps V8's default.
 *
 * V8's flags are the process's: the main thread's isolate takes them too, where they change
 * little (it reads and writes), and they stay set for the rest of the process.
 */
export const FULL_POOL_V8_FLAGS = ['--interrupt-budget=270336'] as const;

/** V8's limits for a worker thread: the young generation above, and the heap cap of the config. */
export function workerResourceLimits(config: Pick<PipelineConfig, 'workerHeapMb'>): ResourceLimits {
  return {
    maxYoungGenerationSizeMb: YOUNG_GENERATION_MB,
    ...(config.workerHeapMb > 0 ? { maxOldGenerationSizeMb: config.workerHeapMb } : {}),
  };
}

/**
 * A pool of worker threads (piscina), each building the pipeline once and taking articles as
 * they free up. A time limit aborts the task, which stops its thread, and an article that fills
 * the heap stops its thread too (Node's ERR_WORKER_OUT_OF_MEMORY); piscina starts another.
 */
export function createArticlePool(config: PipelineConfig, threads: number): ArticlePool {
  // Every thread, and every thread that replaces one, uses the same copy of the gazetteer's bytes.
  shareGazetteerIndex();
  if (threads >= availableParallelism()) for (const flag of FULL_POOL_V8_FLAGS) setFlagsFromString(flag);
  const pool = new Piscina<ArticleTask, ArticleResult>({
    filename: new URL('./article-worker.js', import.meta.url).href,
    workerData: { config },
    minThreads: threads,
    maxThreads: threads,
    idleTimeout: 60_000,
    resourceLimits: workerResourceLimits(config),
  });
  const limitMs = config.articleTimeoutMs;
  // With workerHeapMb 0 a worker can still fill the heap V8 allows it.
  const heapLimit =
    config.workerHeapMb > 0 ? `a worker's heap limit of ${config.workerHeapMb} MB (workerHeapMb)` : "V8's own heap limit for a worker (workerHeapMb 0)";
  // No more tasks than threads go to the pool, so that an article's time limit runs from when a
  // thread takes it, not from when it joined the queue behind a slow one.
  const slots = pLimit(threads);
  const limited = <T>(run: (signal: AbortSignal | undefined) => Promise<T>): Promise<T> =>
    slots(async () => {
      const signal = limitMs > 0 ? AbortSignal.timeout(limitMs) : undefined;
      try {
        return await run(signal);
      } catch (error) {
        if (signal?.aborted) throw new ArticleLimitError(`took longer than the time limit of ${limitMs} ms (articleTimeoutMs)`);
        if ((error as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') throw new ArticleLimitError(`needed more memory than ${heapLimit}`);
        throw error;
      }
    });
  // An article that cannot fit in the heap cap fails at once, with the reason a full heap gives.
  const maxChars = config.workerHeapMb > 0 ? Math.floor((config.workerHeapMb * 2 ** 20) / MIN_HEAP_BYTES_PER_CHAR) : Infinity;
  const fits = (task: ArticleTask): Promise<void> =>
    task.input.text.length > maxChars ? Promise.reject(new ArticleLimitError(`needed more memory than ${heapLimit}`)) : Promise.resolve();
  const outputs = pool as unknown as Piscina<{ task: ArticleTask; format: OutputFormat }, ArticleOutput>;
  return {
    threads,
    process: (task) => fits(task).then(() => limited(async (signal) => ({ ...(await pool.run(task, { signal })), text: task.input.text }))),
    output: (task, format) => fits(task).then(() => limited((signal) => outputs.run({ task, format }, { signal, name: 'processToOutput' }))),
    memoryPeaks: () => {
      const stats = pool as unknown as Piscina<null, number>;
      return Promise.all(Array.from({ length: threads }, () => stats.run(null, { name: 'memoryPeak' })));
    },
    destroy: () => pool.destroy(),
  };
}
