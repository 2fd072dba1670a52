import { Queue } from 'bullmq';
import { readInputs, type InputRecord } from '../io/inputs.js';
import { DEFAULT_QUEUE } from './address.js';
import { ARTICLE_JOB, jobIdOf, jobOfInput, type ArticleJob } from './jobs.js';
import { connectionOf, pingRedis } from './connection.js';

export interface EnqueueOptions {
  inputs: readonly string[];
  redisUrl: string;
  queueName?: string;
  /** Tries per article before it is failed, for crashes (default 5); bad content is never retried. */
  attempts?: number;
  /** First retry delay in ms, doubled at each retry (default 2000). */
  backoffMs?: number;
}

export interface EnqueueSummary {
  /** Articles that became new jobs. */
  added: number;
  /** Articles whose job was already in the queue (waiting, running, done or failed): not added again. */
  alreadyQueued: number;
  /** Inputs that could not be read: reported, not enqueued. */
  errors: Extract<InputRecord, { kind: 'error' }>[];
}

/** Jobs are sent to Redis this many at a time. */
const BATCH = 200;

/**
 * Put one job per article on the queue, its job id from the article id: adding the same articles
 * again adds nothing. Inputs that cannot be read are returned as errors and not enqueued.
 */
export async function enqueueArticles(options: EnqueueOptions): Promise<EnqueueSummary> {
  await pingRedis(options.redisUrl);
  const queue = new Queue<ArticleJob>(options.queueName ?? DEFAULT_QUEUE, {
    connection: connectionOf(options.redisUrl, 'client'),
    defaultJobOptions: {
      attempts: options.attempts ?? 5,
      backoff: { type: 'exponential', delay: options.backoffMs ?? 2000 },
    },
  });
  const summary: EnqueueSummary = { added: 0, alreadyQueued: 0, errors: [] };
  let batch: ArticleJob[] = [];
  const flush = async () => {
    // The check only feeds the counts: the job id is what keeps a second add from adding.
    const states = await Promise.all(batch.map((job) => queue.getJobState(jobIdOf(job.id))));
    const fresh = batch.filter((_, i) => states[i] === 'unknown');
    summary.alreadyQueued += batch.length - fresh.length;
    await queue.addBulk(fresh.map((job) => ({ name: ARTICLE_JOB, data: job, opts: { jobId: jobIdOf(job.id) } })));
    summary.added += fresh.length;
    batch = [];
  };
  try {
    for await (const record of readInputs(options.inputs)) {
      if (record.kind === 'error') summary.errors.push(record);
      else batch.push(jobOfInput(record.input, record.warnings));
      if (batch.length >= BATCH) await flush();
    }
    if (batch.length > 0) await flush();
  } finally {
    await queue.close();
  }
  return summary;
}
