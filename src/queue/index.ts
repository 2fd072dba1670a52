/** Many machines: articles as BullMQ jobs on one Redis, processed by any number of workers. */
export { enqueueArticles, type EnqueueOptions, type EnqueueSummary } from './enqueue.js';
export { startQueueWorker, type QueueWorker, type QueueWorkerOptions, type QueueWorkerSummary } from './worker.js';
export { queueStatus, type QueueFailure, type QueueStatus, type QueueStatusOptions } from './status.js';
export { DEFAULT_QUEUE } from './address.js';
export { jobIdOf, type ArticleJob, type ArticleJobResult } from './jobs.js';
