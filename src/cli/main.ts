#!/usr/bin/env node
import { readFileSync } from 'node:fs';
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { runCommand } from './run.js';
import { stageCommand, stagesCommand } from './stage.js';
import { diffCommand } from './diff.js';
import { queueCommand } from './queue.js';
import { workerCommand } from './worker.js';
import { viewCommand } from './view.js';
import { EXIT } from './common.js';
import { STDIN, STDIN_MARKER } from '../io/inputs.js';

const { version } = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string };

// yargs drops a lone "-"; pass it through as a marker the input reader knows.
const argv = hideBin(process.argv).map((arg) => (arg === STDIN ? STDIN_MARKER : arg));

// `eval` builds the pipeline in this thread, so its module loads compromise, chrono and the
// stages. `run` builds it only in its worker threads: its main thread does not load them (60–70
// MB and a few tenths of a second of start-up before the first worker could start).
const { evalCommand } = argv[0] === 'run' ? { evalCommand: undefined } : await import('./eval.js');

await yargs(argv)
  .scriptName('news-extract')
  .usage('$0 <command> [options]\n\nTurn English news articles into dates, people, places, money and events, with offsets.')
  .command(runCommand)
  .command(stageCommand)
  .command(stagesCommand)
  .command(diffCommand)
  .command(evalCommand ? [evalCommand] : [])
  .command(queueCommand)
  .command(workerCommand)
  .command(viewCommand)
  .demandCommand(1, 'name a command: run, stage, stages, diff, eval, view, queue or worker')
  .strict()
  .version(version)
  .help()
  .alias('h', 'help')
  .wrap(Math.min(110, process.stdout.columns ?? 100))
  .fail((message, error) => {
    process.stderr.write(`news-extract: ${message ?? error?.message}\nRun "news-extract --help" for usage.\n`);
    process.exit(EXIT.usage);
  })
  .parseAsync();
