import type { Argv, CommandModule } from 'yargs';
import { redactUrl } from '../queue/address.js';
import { configFromArgs, EXIT, guard, withConfigOptions, type ConfigArgs } from './common.js';
import { wholeNumber, withQueueOptions, type QueueArgs } from './queue.js';

interface WorkerArgs extends ConfigArgs, QueueArgs {
  out?: string;
  concurrency: number;
  'exit-when-empty'?: boolean;
  name?: string;
  'lock-duration': number;
  'stalled-interval': number;
}

const say = (line: string) => process.stderr.write(`news-extract worker: ${line}\n`);

export const workerCommand: CommandModule<object, WorkerArgs> = {
  command: 'worker',
  describe: 'take article jobs from the Redis queue and write DIR/<id>.json, as run does; start one on each machine',
  builder: (yargs) =>
    withConfigOptions(withQueueOptions(yargs as Argv<object>))
      .option('out', { type: 'string', describe: 'output folder (default: the config\'s output.dir, "output"); shared by the workers, or one per machine' })
      .option('concurrency', { type: 'number', default: 1, coerce: wholeNumber('concurrency', 1), describe: 'worker threads in this process, each taking one job at a time (one a core at most)' })
      .option('exit-when-empty', { type: 'boolean', describe: 'stop when the queue has no waiting, retrying or active job (batch jobs, tests)' })
      .option('name', { type: 'string', describe: 'worker name shown in queue status (default HOST:PID)' })
      .option('lock-duration', { type: 'number', default: 30000, coerce: wholeNumber('lock-duration', 100), describe: 'ms a job stays locked without renewal: a killed worker\'s jobs are redone after it' })
      .option('stalled-interval', { type: 'number', default: 30000, coerce: wholeNumber('stalled-interval', 100), describe: 'ms between checks for jobs whose worker died' })
      .example('$0 worker --redis redis://queue-host:6379 --out /data/output --concurrency 2', 'process jobs until stopped (SIGTERM finishes the jobs in hand)') as unknown as Argv<WorkerArgs>,
  handler: (args) =>
    guard(async () => {
      const config = configFromArgs(args);
      const outDir = args.out ?? config.output.dir;
      let lastError = '';
      // Loaded here, not at start-up: see the queue commands.
      const { startQueueWorker } = await import('../queue/worker.js');
      const worker = await startQueueWorker({
        redisUrl: args.redis,
        queueName: args.queue,
        config,
        outDir,
        concurrency: args.concurrency,
        exitWhenEmpty: args['exit-when-empty'] ?? false,
        name: args.name,
        lockDurationMs: args['lock-duration'],
        stalledIntervalMs: args['stalled-interval'],
        onFailure: (f) => say(`${f.id}: ${f.reason}${f.final ? '' : ` (attempt ${f.attempt} of ${f.attempts}; will retry)`}`),
        // A Redis outage repeats the same error at every reconnection attempt: say it once.
        onError: (error) => {
          if (error.message !== lastError) say(`error: ${error.message}`);
          lastError = error.message;
        },
      });
      say(`${worker.name} on queue ${args.queue} at ${redactUrl(args.redis)}, writing to ${outDir}, ${args.concurrency} at once`);
      const stop = (signal: string) => {
        say(`${signal}: finishing the jobs in hand`);
        void worker.close();
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
      const summary = await worker.finished;
      say(`${worker.name}: ${summary.done} done, ${summary.failed} failed`);
      process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
    }),
};
