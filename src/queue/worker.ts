import { hostname } from 'node:os';
import { Queue, UnrecoverableError, Worker, type Job } from 'bullmq';
import type { PipelineConfig } from '../pipeline/config.js';
import { ArticleLimitError, createArticlePool, type ArticlePool } from '../parallel/pool.js';
import { connectionOf, pingRedis } from './connection.js';
import { DEFAULT_QUEUE } from './address.js';
import { contentFailure, inputOfJob, type ArticleJob, type ArticleJobResult } from './jobs.js';
import { ensureOutputFolder, writeArticleOutput } from './output.js';

export interface QueueWorkerOptions {
  redisUrl: string;
  queueName?: string;
  config: PipelineConfig;
  outDir: string;
  /** Jobs processed at once by this process, each on a worker thread of its own (default 1). */
  concurrency?: number;
  /** Stop once the queue has no waiting, delayed or active job (default false: run until stopped). */
  exitWhenEmpty?: boolean;
  /** Shown as the job's `processedBy` (default HOST:PID). */
  name?: string;
  /** How long a job stays locked to this worker without a renewal; a killed worker's jobs are redone after it (default 30000). */
  lockDurationMs?: number;
  /** How often this worker looks for jobs whose worker died (default 30000). */
  stalledIntervalMs?: number;
  /** Times a job may be orphaned by a dying worker before it is failed (default 3). */
  maxStalledCount?: number;
  /** How often `exitWhenEmpty` checks the queue (default 1000). */
  pollMs?: number;
  /** Told of each job that failed for good, or that will be retried. */
  onFailure?: (failure: { id: string; reason: string; final: boolean; attempt: number; attempts: number }) => void;
  /** Told of errors that are not a job's (lost connection, lost lock). */
  onError?: (error: Error) => void;
}

export interface QueueWorkerSummary {
  done: number;
  failed: number;
}

export interface QueueWorker {
  readonly name: string;
  /** Settles when the worker has stopped: queue empty (with `exitWhenEmpty`) or `close()`. */
  readonly finished: Promise<QueueWorkerSummary>;
  /** Finish the jobs in hand, take no more, disconnect. */
  close(): Promise<QueueWorkerSummary>;
}

/** An article of a few words, run once so the resources the stages load on first use are loaded before a job holds a lock. */
const WARM_UP = { id: 'warm-up', source: 'warm-up', text: 'LONDON, May 2, 2020 - Shares in Acme fell 3% to $12 on Monday, Jane Smith said.\n', date: '2020-05-02' };

/**
 * Run one article job: the pipeline on a worker thread, then DIR/<id>.json; bad content fails the
 * job for good, and so does an article that runs past the time limit or the heap limit (it would
 * again).
 */
async function processArticleJob(pool: ArticlePool, outDir: string, job: Job<ArticleJob>): Promise<ArticleJobResult> {
  const task = inputOfJob(job.data);
  const article = await pool.process(task).catch((error: unknown) => {
    throw error instanceof ArticleLimitError ? new UnrecoverableError(error.message) : error;
  });
  // Started before means a worker died on it (or it crashed): clear what that attempt left.
  const redone = job.attemptsStarted > 1 || job.stalledCounter > 0;
  const file = await writeArticleOutput(outDir, article, redone);
  // Written first, as `run` writes an article whose stage failed; then failed, not retried.
  const failure = contentFailure(article);
  if (failure) throw new UnrecoverableError(failure);
  return {
    file,
    items: {
      dates: article.dates?.length ?? 0,
      people: article.people?.length ?? 0,
      organizations: article.organizations?.length ?? 0,
      places: article.places?.length ?? 0,
      money: article.money?.length ?? 0,
      events: article.events?.length ?? 0,
    },
  };
}

/** Jobs not yet finished: waiting, retrying after a back-off, or held by some worker. */
async function unfinishedJobs(queue: Queue<ArticleJob>): Promise<number> {
  const counts = await queue.getJobCounts('waiting', 'prioritized', 'delayed', 'active', 'waiting-children');
  return Object.values(counts).reduce((a, b) => a + b, 0);
}

/**
 * Start a worker on the article queue: a pool of `concurrency` worker threads (as `run` uses),
 * each building the pipeline once; every job it takes runs on one and is written to `outDir`.
 * The main thread keeps to Redis, so a long article never delays a lock renewal. At-least-once:
 * a job whose worker dies is taken up by another worker once its lock expires, and redoing it
 * rewrites the same bytes.
 */
export async function startQueueWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  await pingRedis(options.redisUrl);
  await ensureOutputFolder(options.outDir);
  const pool = createArticlePool(options.config, options.concurrency ?? 1);
  // Each thread's first article loads what the stages read; one under a very short time limit
  // may run past it, and its thread is replaced: the jobs then meet the limit as they would anyway.
  const warmUp = () => pool.process({ input: WARM_UP, warnings: [] }).catch((error: unknown) => {
    if (!(error instanceof ArticleLimitError)) throw error;
  });
  await Promise.all(Array.from({ length: pool.threads }, warmUp)).catch(async (error: unknown) => {
    await pool.destroy();
    throw error;
  });

  const queueName = options.queueName ?? DEFAULT_QUEUE;
  const name = options.name ?? `${hostname()}:${process.pid}`;
  const summary: QueueWorkerSummary = { done: 0, failed: 0 };
  const worker = new Worker<ArticleJob, ArticleJobResult>(queueName, (job) => processArticleJob(pool, options.outDir, job), {
    connection: connectionOf(options.redisUrl, 'worker'),
    name,
    concurrency: options.concurrency ?? 1,
    lockDuration: options.lockDurationMs ?? 30000,
    stalledInterval: options.stalledIntervalMs ?? 30000,
    maxStalledCount: options.maxStalledCount ?? 3,
  });
  worker.on('completed', () => summary.done++);
  worker.on('failed', (job, error) => {
    if (!job) return;
    const attempts = job.opts.attempts ?? 1;
    // BullMQ sets finishedOn only when the job went to the failed set, not when it will be retried.
    const final = Boolean(job.finishedOn);
    if (final) summary.failed++;
    options.onFailure?.({ id: (job.data as Partial<ArticleJob>)?.id ?? String(job.id), reason: error.message, final, attempt: job.attemptsMade, attempts });
  });
  worker.on('error', (error) => options.onError?.(error));

  let closing: Promise<QueueWorkerSummary> | undefined;
  let watcher: Queue<ArticleJob> | undefined;
  let timer: NodeJS.Timeout | undefined;
  let stopped!: (summary: QueueWorkerSummary) => void;
  const finished = new Promise<QueueWorkerSummary>((resolve) => (stopped = resolve));
  const close = () =>
    (closing ??= (async () => {
      clearTimeout(timer);
      await worker.close();
      await watcher?.close();
      await pool.destroy();
      stopped(summary);
      return summary;
    })());

  if (options.exitWhenEmpty) {
    watcher = new Queue<ArticleJob>(queueName, { connection: connectionOf(options.redisUrl, 'client') });
    const pollMs = options.pollMs ?? 1000;
    const poll = async () => {
      try {
        if ((await unfinishedJobs(watcher!)) === 0) return void close();
      } catch (error) {
        options.onError?.(error as Error);
      }
      if (!closing) timer = setTimeout(poll, pollMs);
    };
    timer = setTimeout(poll, pollMs);
  }

  return { name, finished, close };
}
