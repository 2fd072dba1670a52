import type { Argv, CommandModule } from 'yargs';
import { createPipeline } from '../pipeline/pipeline.js';
import { ConfigError } from '../pipeline/config.js';
import { configFromArgs, EXIT, fail } from './common.js';
import { EvalInputError } from '../eval/errors.js';
import { evaluateDocuments, loadEvalDocuments } from '../eval/evaluate.js';
import { evalKinds, parseKinds } from '../eval/kinds.js';
import { formatReport, reportJson } from '../eval/report.js';
import { corpusSplits, type CorpusSplit } from '../eval/split.js';

/** The parsed arguments of `eval`. */
export interface EvalArgs {
  corpus: string;
  verbose: boolean;
  json: boolean;
  config?: string;
  kinds?: string;
  gold?: string;
  limit?: number;
  'whole-text'?: boolean;
  split?: CorpusSplit;
}

/** Score the corpus and print the report; input and config problems go to stderr with exit code 2. */
export function runEval(args: EvalArgs): void {
  try {
    if (args.limit !== undefined && (!Number.isInteger(args.limit) || args.limit < 1))
      throw new EvalInputError(`--limit: expected a whole number ≥ 1, got ${args.limit}`);
    const kinds = args.kinds === undefined ? evalKinds : parseKinds(args.kinds);
    const config = configFromArgs({ config: args.config });
    const documents = loadEvalDocuments(args.corpus, { goldPath: args.gold, limit: args.limit, wholeText: args['whole-text'], split: args.split });
    const pipeline = createPipeline(config);
    const result = evaluateDocuments(pipeline, documents, kinds);
    const options = { corpus: args.corpus, verbose: args.verbose };
    process.stdout.write(args.json ? reportJson(result, options) : formatReport(result, options));
    process.exitCode = EXIT.ok;
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration: ${error.message}`);
    else if (error instanceof EvalInputError) fail(`eval: ${error.message}`);
    else if (error instanceof Error && error.name === 'ModelFileError') fail(error.message);
    else throw error;
  }
}

/** `news-extract eval <corpus.jsonl>`: score the pipeline against an annotated corpus (TempEval-3 style). */
export const evalCommand: CommandModule = {
  command: 'eval <corpus>',
  describe: 'score the pipeline against an annotated corpus (JSON Lines): strict, relaxed and value P/R/F1 per kind',
  builder: (yargs: Argv) =>
    yargs
      .positional('corpus', { type: 'string', demandOption: true, describe: 'annotated corpus, one document a line (see shared/corpora/README.md)' })
      .option('verbose', { type: 'boolean', default: false, describe: 'list every miss and false hit with its context; for dates also a type confusion table and the value errors grouped by shape' })
      .option('json', { type: 'boolean', default: false, describe: 'print the figures as JSON' })
      .option('config', { type: 'string', describe: 'pipeline config file (default: ./pipeline.config.json when present, else built-in defaults)' })
      .option('kinds', { type: 'string', describe: `comma-separated kinds to score (${evalKinds.join(', ')})` })
      .option('gold', { type: 'string', describe: 'hand-annotated gold overlay: score only its documents, its spans replacing the corpus\'s' })
      .option('split', { choices: corpusSplits, describe: 'score one part of the corpus: test = every 4th document (0-based line index % 4 = 3), never tuned on; tune = the rest' })
      .option('limit', { type: 'number', describe: 'score only the first N documents' })
      .option('whole-text', { type: 'boolean', default: false, describe: 'score predictions over the whole text; by default only up to the end of the line holding the corpus\'s last annotation (MEANTIME annotates only the first sentences)' }),
  // The builder above guarantees these types.
  handler: (args) => runEval(args as unknown as EvalArgs),
};
