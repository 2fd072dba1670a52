import { Queue } from 'bullmq';
import { connectionOf, pingRedis } from './connection.js';
import { DEFAULT_QUEUE } from './address.js';
import type { ArticleJob } from './jobs.js';

export interface QueueStatusOptions {
  redisUrl: string;
  queueName?: string;
  /** Failures listed at most (default 50); the count is always complete. */
  failureLimit?: number;
}

/** One article that failed for good, and why. */
export interface QueueFailure {
  id: string;
  jobId: string;
  source: string | null;
  reason: string;
  /** Attempts made: 1 for bad content (never retried), the job's `attempts` for a crash that kept happening. */
  attempts: number;
  /** The worker that last took it (HOST:PID unless `--name` said otherwise). */
  worker: string | null;
  failedAt: string | null;
}

export interface QueueStatus {
  queue: string;
  counts: {
    /** Not started yet. */
    waiting: number;
    /** Held by a worker now (or by a dead worker until its lock expires). */
    active: number;
    /** Failed by a crash and waiting out the back-off before the next attempt. */
    retrying: number;
    done: number;
    failed: number;
  };
  failures: QueueFailure[];
}

/** The queue's counts and, newest first, the articles that failed with their reasons. */
export async function queueStatus(options: QueueStatusOptions): Promise<QueueStatus> {
  await pingRedis(options.redisUrl);
  const name = options.queueName ?? DEFAULT_QUEUE;
  const queue = new Queue<ArticleJob>(name, { connection: connectionOf(options.redisUrl, 'client') });
  try {
    const c = await queue.getJobCounts('waiting', 'prioritized', 'active', 'delayed', 'completed', 'failed');
    const limit = options.failureLimit ?? 50;
    const failed = limit > 0 ? await queue.getFailed(0, limit - 1) : [];
    return {
      queue: name,
      counts: {
        waiting: (c.waiting ?? 0) + (c.prioritized ?? 0),
        active: c.active ?? 0,
        retrying: c.delayed ?? 0,
        done: c.completed ?? 0,
        failed: c.failed ?? 0,
      },
      failures: failed.map((job) => {
        const data = (job.data ?? {}) as Partial<ArticleJob>;
        return {
          id: typeof data.id === 'string' ? data.id : String(job.id),
          jobId: String(job.id),
          source: typeof data.source === 'string' ? data.source : null,
          reason: job.failedReason ?? '',
          attempts: job.attemptsMade,
          worker: job.processedBy ?? null,
          failedAt: job.finishedOn ? new Date(job.finishedOn).toISOString() : null,
        };
      }),
    };
  } finally {
    await queue.close();
  }
}
