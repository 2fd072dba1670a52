import { existsSync } from 'node:fs';
import type { Argv } from 'yargs';
import { ConfigError, defaultConfig, loadConfigFile, resolveConfig, type PipelineConfig } from '../pipeline/config.js';
import { stageIds } from '../stages/catalog.js';
import { loadModel } from '../ner/model-file.js';

/** Exit codes: 0 ok, 1 some articles failed or differ, 2 usage or configuration error. */
export const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

/** The config file used when --config is not given and one sits in the working folder. */
export const DEFAULT_CONFIG_FILE = 'pipeline.config.json';

export interface ConfigArgs {
  config?: string;
  'document-date'?: string;
}

/** --config and --document-date, shared by every command that runs the pipeline. */
export function withConfigOptions<T>(yargs: Argv<T>): Argv<T & ConfigArgs> {
  return yargs
    .option('config', { type: 'string', describe: `pipeline config file (default: ./${DEFAULT_CONFIG_FILE} when present, else built-in defaults)` })
    .option('document-date', { type: 'string', describe: 'document date (YYYY-MM-DD) for articles whose input and text give none' }) as Argv<T & ConfigArgs>;
}

/** Stages that read the name tagger's model. */
const MODEL_STAGES: readonly string[] = ['people', 'places'];

/**
 * The config the command runs with: the file, then the command-line overrides. When its stages
 * read the name tagger's model, the model is checked now, before any work: a missing or corrupt
 * file is a ModelFileError (exit 2) naming the file and how to rebuild it.
 */
export function configFromArgs(args: ConfigArgs): PipelineConfig {
  const file = args.config ?? (existsSync(DEFAULT_CONFIG_FILE) ? DEFAULT_CONFIG_FILE : undefined);
  const loaded = file ? loadConfigFile(file, stageIds) : resolveConfig({}, stageIds);
  const date = args['document-date'];
  const config = date === undefined ? loaded : resolveConfig({ ...loaded, documentDate: { ...loaded.documentDate, value: date } }, stageIds);
  if (config.stages.some((s) => MODEL_STAGES.includes(s))) loadModel();
  return config;
}

/** Report an error on stderr as one line (no stack trace) and set the exit code. */
export function fail(message: string, code: number = EXIT.usage): void {
  process.stderr.write(`news-extract: ${message}\n`);
  process.exitCode = code;
}

/** Run a command body; configuration errors become exit 2 with their message. */
export async function guard(body: () => Promise<void> | void): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ConfigError) fail(`configuration: ${error.message}`);
    else if (error instanceof Error && (error.name === 'OutputFolderError' || error.name === 'UsageError' || error.name === 'ModelFileError')) fail(error.message);
    else if (error instanceof Error && error.name === 'OutputWriteError') fail(`${error.message}; the run stopped, and running it again resumes`, EXIT.failed);
    else fail(error instanceof Error ? error.message : String(error), EXIT.failed);
  }
}

export { defaultConfig };
