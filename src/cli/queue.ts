import type { Argv, CommandModule } from 'yargs';
import type { QueueStatus } from '../queue/status.js';
import { DEFAULT_QUEUE, redactUrl } from '../queue/address.js';
import { EXIT, guard } from './common.js';

export interface QueueArgs {
  redis: string;
  queue: string;
}

interface AddArgs extends QueueArgs {
  inputs: string[];
  attempts: number;
}

interface StatusArgs extends QueueArgs {
  json?: boolean;
  limit: number;
}

/** --redis and --queue, shared by `queue add`, `queue status` and `worker`. */
export function withQueueOptions<T>(yargs: Argv<T>): Argv<T & QueueArgs> {
  return yargs
    .option('redis', { type: 'string', demandOption: true, describe: 'Redis URL, e.g. redis://queue-host:6379 (rediss:// for TLS)' })
    .option('queue', { type: 'string', default: DEFAULT_QUEUE, describe: 'queue name' }) as Argv<T & QueueArgs>;
}

export const wholeNumber = (option: string, min: number) => (value: number) => {
  if (!Number.isInteger(value) || value < min) throw Object.assign(new Error(`--${option} ${value}: expected a whole number ≥ ${min}`), { name: 'UsageError' });
  return value;
};

const addCommand: CommandModule<object, AddArgs> = {
  command: 'add <inputs..>',
  describe: 'enqueue one job per article (files, folders, globs, JSONL, or -); an article already queued is not added again',
  builder: (yargs) =>
    withQueueOptions(yargs as Argv<object>)
      .positional('inputs', { type: 'string', array: true, describe: 'as for run: .txt files, .jsonl files, folders, globs, or -' })
      .option('attempts', { type: 'number', default: 5, coerce: wholeNumber('attempts', 1), describe: 'tries per article when a worker crashes on it (bad content is failed at once)' })
      .example('$0 queue add dump.jsonl --redis redis://queue-host:6379', 'one job per line of dump.jsonl') as unknown as Argv<AddArgs>,
  handler: (args) =>
    guard(async () => {
      // BullMQ and ioredis load only for the commands that use them: every other command starts sooner.
      const { enqueueArticles } = await import('../queue/enqueue.js');
      const summary = await enqueueArticles({ inputs: args.inputs, redisUrl: args.redis, queueName: args.queue, attempts: args.attempts });
      const lines = [
        `queued: ${summary.added} added, ${summary.alreadyQueued} already in the queue, ${summary.errors.length} unreadable (queue ${args.queue} at ${redactUrl(args.redis)})`,
        ...summary.errors.map((e) => `error: ${e.file}${e.line ? `:${e.line}` : ''}${e.id ? ` (${e.id})` : ''}: read: ${e.reason}`),
      ];
      process.stderr.write(lines.join('\n') + '\n');
      process.exitCode = summary.errors.length > 0 ? EXIT.failed : EXIT.ok;
    }),
};

function formatStatus(status: QueueStatus, url: string): string {
  const { counts } = status;
  const lines = [
    `queue ${status.queue} at ${redactUrl(url)}`,
    ...Object.entries(counts).map(([state, n]) => `${state.padEnd(9)}${n}`),
  ];
  if (status.failures.length > 0) lines.push('failures:');
  for (const f of status.failures) {
    const where = [`${f.attempts} attempt${f.attempts === 1 ? '' : 's'}`, f.worker, f.failedAt].filter(Boolean).join(', ');
    lines.push(`  ${f.id}${f.source && f.source !== f.id ? ` (${f.source})` : ''}: ${f.reason} [${where}]`);
  }
  if (counts.failed > status.failures.length) lines.push(`  ... and ${counts.failed - status.failures.length} more (--limit)`);
  return lines.join('\n') + '\n';
}

const statusCommand: CommandModule<object, StatusArgs> = {
  command: 'status',
  describe: 'print the waiting, active, retrying, done and failed counts, and why each failed article failed (exit 1 when some failed)',
  builder: (yargs) =>
    withQueueOptions(yargs as Argv<object>)
      .option('json', { type: 'boolean', describe: 'print the status as JSON' })
      .option('limit', { type: 'number', default: 50, coerce: wholeNumber('limit', 0), describe: 'failures listed at most' }) as unknown as Argv<StatusArgs>,
  handler: (args) =>
    guard(async () => {
      const { queueStatus } = await import('../queue/status.js');
      const status = await queueStatus({ redisUrl: args.redis, queueName: args.queue, failureLimit: args.limit });
      process.stdout.write(args.json ? JSON.stringify(status, null, 2) + '\n' : formatStatus(status, args.redis));
      process.exitCode = status.counts.failed > 0 ? EXIT.failed : EXIT.ok;
    }),
};

export const queueCommand: CommandModule = {
  command: 'queue <action>',
  describe: 'put articles on a Redis queue for workers on many machines (add), or see how the queue stands (status)',
  builder: (yargs) => yargs.command(addCommand).command(statusCommand).demandCommand(1, 'name an action: add or status'),
  handler: () => {},
};
