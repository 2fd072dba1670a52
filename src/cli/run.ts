import type { Argv, CommandModule } from 'yargs';
import { runBatch, type BatchSummary } from '../batch.js';
import type { OutputFormat } from '../pipeline/config.js';
import { configFromArgs, EXIT, guard, withConfigOptions, type ConfigArgs } from './common.js';

interface RunArgs extends ConfigArgs {
  inputs: string[];
  out?: string;
  format?: OutputFormat;
}

function printSummary(summary: BatchSummary): void {
  const items = Object.entries(summary.items).map(([k, n]) => `${k} ${n}`).join(', ');
  const lines = [
    `articles: ${summary.articles} processed, ${summary.failed} failed`,
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
      .option('format', { choices: ['json', 'jsonl', 'csv'] as const, describe: 'json: DIR/<id>.json per article; jsonl: DIR/articles.jsonl; csv: DIR/events.csv and DIR/mentions.csv' })
      .example('$0 run input/', 'every article under input/ into output/<id>.json')
      .example('$0 run dump.jsonl --format csv --out tables/', 'one CSV of events and one of mentions') as unknown as Argv<RunArgs>,
  handler: (args) =>
    guard(async () => {
      const config = configFromArgs(args);
      const summary = await runBatch({
        inputs: args.inputs.length > 0 ? args.inputs : ['input'],
        config,
        outDir: args.out ?? config.output.dir,
        format: args.format ?? config.output.format,
      });
      printSummary(summary);
      process.exitCode = summary.failed > 0 ? EXIT.failed : EXIT.ok;
    }),
};
