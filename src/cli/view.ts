import type { Argv, CommandModule } from 'yargs';
import { viewOutputs } from '../html/view.js';
import { EXIT, guard } from './common.js';

interface ViewArgs {
  outputs: string[];
  out: string;
}

export const viewCommand: CommandModule<object, ViewArgs> = {
  command: 'view <outputs..>',
  describe: 'make the HTML pages (a page per article and index.html) from JSON or JSON Lines outputs already written, or golden files',
  builder: (yargs) =>
    (yargs as Argv<object>)
      .positional('outputs', { type: 'string', array: true, describe: '<id>.json files, .jsonl files, errors.jsonl, or folders of them (and of <case>/expected.json)' })
      .option('out', { type: 'string', default: 'view', describe: 'folder for the pages' })
      .example('$0 view output/ --out pages/', 'a page per output/<id>.json, and pages/index.html')
      .example('$0 view tests/golden/ --out golden-pages/', 'the golden cases\' expected.json as pages') as unknown as Argv<ViewArgs>,
  handler: (args) =>
    guard(async () => {
      const result = await viewOutputs(args.outputs, args.out);
      for (const e of result.errors) process.stderr.write(`error: ${e.file}${e.line ? `:${e.line}` : ''}: ${e.reason}\n`);
      process.stderr.write(`pages: ${result.pages.length} written, ${result.errors.length} inputs not shown; index: ${result.index}\n`);
      process.exitCode = result.errors.length > 0 ? EXIT.failed : EXIT.ok;
    }),
};
