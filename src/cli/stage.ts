import { readFile } from 'node:fs/promises';
import type { Argv, CommandModule } from 'yargs';
import type { Article } from '../types.js';
import { stageIds } from '../stages/catalog.js';
import { readArticleFile, STDIN, STDIN_MARKER } from '../io/inputs.js';
import { configFromArgs, EXIT, fail, guard, withConfigOptions, type ConfigArgs } from './common.js';

interface StageArgs extends ConfigArgs {
  name: string;
  input?: string;
}

async function readStdinText(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** The article JSON a previous stage printed, checked for the fields this stage reads. */
function parseArticle(json: string, from: string): Article {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    throw Object.assign(new Error(`${from}: not JSON; stages after "read" take the JSON the previous stage printed (try: news-extract stage read FILE | news-extract stage segment)`), { name: 'UsageError' });
  }
  const article = value as Partial<Article>;
  if (typeof article !== 'object' || article === null || typeof article.text !== 'string' || typeof article.id !== 'string')
    throw Object.assign(new Error(`${from}: not an article: expected an object with "id" and "text"`), { name: 'UsageError' });
  return { dateline: null, documentDate: null, source: from, ...article, messages: article.messages ?? [] } as Article;
}

export const stageCommand: CommandModule<object, StageArgs> = {
  command: 'stage <name> [input]',
  describe: 'run one stage and print the article as JSON (raw text in for "read", the previous stage\'s JSON otherwise)',
  builder: (yargs) =>
    withConfigOptions(yargs as Argv<object>)
      .positional('name', { type: 'string', choices: [...stageIds], describe: 'the stage to run' })
      .positional('input', { type: 'string', describe: 'input file; stdin when omitted' })
      .example('$0 stage read a.txt | $0 stage segment | $0 stage dates', 'watch each stage add its part') as unknown as Argv<StageArgs>,
  handler: (args) =>
    guard(async () => {
      const config = configFromArgs(args);
      // The pipeline loads compromise and the stages' data: only when a stage runs.
      const { articleFromInput, createPipeline } = await import('../pipeline/pipeline.js');
      const { allStages, stageById } = await import('../stages/index.js');
      const stage = stageById(args.name)!;
      const pipeline = createPipeline({ ...config, stages: ['read'] });
      let article: Article;
      if (stage.id === 'read') {
        const { value: record } = await readArticleFile(args.input ?? STDIN).next();
        if (!record || record.kind === 'error') return fail(`${args.input ?? 'stdin'}: ${record?.kind === 'error' ? record.reason : 'nothing to read'}`, EXIT.failed);
        article = articleFromInput(record.input);
      } else {
        const fromStdin = !args.input || args.input === STDIN_MARKER;
        const json = fromStdin ? await readStdinText() : await readFile(args.input!, 'utf8');
        article = parseArticle(json, args.input ?? 'stdin');
        const missing = stage.reads.filter((f) => article[f] === undefined);
        if (missing.length > 0) {
          const providers = [...new Set(missing.map((f) => allStages.find((s) => s.adds.includes(f))?.id ?? f))];
          return fail(`stage "${stage.id}" reads ${missing.join(', ')}: pipe in the output of ${providers.join(', ')} first`);
        }
      }
      const result = pipeline.runStage(stage, article);
      process.stdout.write(JSON.stringify(result, null, 2) + '\n');
      if (result.messages.some((m) => m.severity === 'error' && m.stage === stage.id)) process.exitCode = EXIT.failed;
    }),
};

export const stagesCommand: CommandModule = {
  command: 'stages',
  describe: 'list the stages, in pipeline order, with what each reads and adds',
  handler: async () => {
    const { allStages } = await import('../stages/index.js');
    const width = Math.max(...allStages.map((s) => s.id.length));
    const lines = allStages.map((s) => `${s.id.padEnd(width)}  ${s.description}  (reads ${s.reads.join(', ')}; adds ${s.adds.join(', ')})`);
    lines.push('', 'writers (run --format): json  one <id>.json per article; jsonl  articles.jsonl; csv  events.csv and mentions.csv');
    process.stdout.write(lines.join('\n') + '\n');
  },
};
