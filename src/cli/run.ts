import type { Argv, CommandModule } from 'yargs';
import { runBatch, type BatchSummary } from '../batch.js';
import type { OutputFormat } from '../pipeline/config.js';
import { resolveWorkers } from '../parallel/pool.js';
import { cleanUpOnInterrupt } from '../io/atomic.js';
import { parseShard } from '../parallel/shard.js';
import { configFromArgs, EXIT, guard, withConfigOptions, type ConfigArgs } from './common.js';

interface RunArgs extends ConfigArgs {
  inputs: string[];
  out?: string;
  format?: OutputFormat;
  workers?: string;
  force: boolean;
  shard?: string;
  progress?: boolean;
}

function parseWorkers(text: string): number {
  if (text === 'auto') return resolveWorkers('auto');
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw Object.assign(new Error(`--workers ${text}: expected auto or a whole number ≥ 1`), { name: 'UsageError' });
  return n;
}

function printSummary(summary: BatchSummary): void {
  const items = Object.entries(summary.items).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `articles: ${summary.articles} processed, ${summary.skipped} already done, ${summary.failed} failed`,
    `items: ${items}`,
    `output: ${summary.files.length === 1 ? summary.files[0] : summary.files.length + ' files'}; errors: ${summary.errorsFile}`,
    `time: ${summary.seconds.toFixed(2)} s`,
  ];
  for (const e of summary.errors) lines.push(`error: ${e.file}${e.line ? `:${e.line}` : ''}${e.id ? ` (${e.id})` : ''}: ${e.stage}: ${e.reason}`);
  process.stderr.write(lines.join('\n') + '\n');
}

export const runCommand: CommandModule<object, RunArgs> = {
  command: 'run [inputs..]',
  describe: 'extract from articles (files, folders, globs, or - for stdin) and write the results',
  builder: (yargs) =>
    withConfigOptions(yargs as Argv<object>)
      .positional('inputs', { type: 'string', array: true, describe: '.txt files (one article), .jsonl files ({"id","text","date"?} a line), folders, globs, or -', default: ['input'] })
      .option('out', { type: 'string', describe: 'output folder (default: the config\'s output.dir, "output")' })
      .option('format', { choices: ['json', 'jsonl', 'csv', 'html'] as const, describe: 'json: DIR/<id>.json per article; jsonl: DIR/articles.jsonl; csv: DIR/events.csv and DIR/mentions.csv; html: DIR/<id>.json with a page DIR/<id>.html beside each, and DIR/index.html' })
      .option('workers', { type: 'string', describe: 'worker threads: a number, or auto for every core (default: the config\'s concurrency, 1); output is identical whatever the number' })
      .option('force', { type: 'boolean', default: false, describe: 'redo articles whose output is already complete (by default a re-run skips them)' })
      .option('shard', { type: 'string', describe: 'i/n: take only shard i (0-based) of n, split stably by article id, for n machines' })
      .option('progress', { type: 'boolean', describe: 'show progress on stderr (default: on when stderr is a terminal)' })
      .example('$0 run input/', 'every article under input/ into output/<id>.json')
      .example('$0 run dump.jsonl --format csv --out tables/', 'one CSV of events and one of mentions')
      .example('$0 run input/ --format html', 'the data, and a page per article to read it on, with output/index.html')
      .example('$0 run archive/ --workers auto --shard 0/4', 'the first of four machines\' share, on every core') as unknown as Argv<RunArgs>,
  handler: (args) =>
    guard(async () => {
      const config = configFromArgs(args);
      cleanUpOnInterrupt();
      const summary = await runBatch({
        inputs: args.inputs.length > 0 ? args.inputs : ['input'],
        config,
        outDir: args.out ?? config.output.dir,
        format: args.format ?? config.output.format,
        workers: parseWorkers(args.workers ?? String(config.concurrency)),
        force: args.force,
        shard: args.shard === undefined ? undefined : parseShard(args.shard),
        progress: args.progress ?? Boolean(process.stderr.isTTY),
      });
      printSummary(summary);
      process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
    }),
};
