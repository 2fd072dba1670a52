import { readFileSync } from 'node:fs';

export type OutputFormat = 'json' | 'jsonl' | 'csv' | 'html';
export type DocumentDateSourceName = 'input' | 'dateline' | 'option';

/** Everything `pipeline.config.json` can say. Serializable: workers rebuild the pipeline from it. */
export interface PipelineConfig {
  /** Stage ids, in order. */
  stages: string[];
  output: { format: OutputFormat; dir: string };
  /** Worker threads for `run` when --workers is not given: a number, or "auto" for every core. */
  concurrency: number | 'auto';
  documentDate: {
    /** Where to look for the document date, first hit wins. */
    sources: DocumentDateSourceName[];
    /** ISO date used when the `option` source is consulted (`--document-date`). */
    value: string | null;
  };
  gazetteer: {
    /** Populated places below this population are only taken with supporting context. */
    minPopulation: number;
  };
  money: {
    /** ISO 4217 code for a bare "$". */
    defaultDollar: string;
  };
  /** Per-article time limit in milliseconds; 0 disables it. */
  articleTimeoutMs: number;
  /** Each worker thread's heap limit (V8's old generation) in MB; 0 leaves V8's own. */
  workerHeapMb: number;
}

export const defaultConfig: PipelineConfig = {
  stages: ['read', 'segment', 'dates', 'money', 'people', 'places', 'events'],
  output: { format: 'json', dir: 'output' },
  concurrency: 1,
  documentDate: { sources: ['input', 'dateline', 'option'], value: null },
  gazetteer: { minPopulation: 1000 },
  money: { defaultDollar: 'USD' },
  articleTimeoutMs: 60000,
  workerHeapMb: 320,
};

/** A configuration problem: the CLI reports it and exits 2. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

type Check = (value: unknown, key: string) => void;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

const oneOf =
  (allowed: readonly string[]): Check =>
  (v, key) => {
    if (typeof v !== 'string' || !allowed.includes(v))
      throw new ConfigError(`${key}: ${JSON.stringify(v)} is not allowed; use one of ${allowed.join(', ')}`);
  };
const string: Check = (v, key) => {
  if (typeof v !== 'string' || v === '') throw new ConfigError(`${key}: expected a non-empty string, got ${JSON.stringify(v)}`);
};
const integer =
  (min: number): Check =>
  (v, key) => {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min)
      throw new ConfigError(`${key}: expected a whole number ≥ ${min}, got ${JSON.stringify(v)}`);
  };
const isoDateOrNull: Check = (v, key) => {
  if (v !== null && (typeof v !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(v) || Number.isNaN(Date.parse(v))))
    throw new ConfigError(`${key}: expected an ISO date (YYYY-MM-DD) or null, got ${JSON.stringify(v)}`);
};
const currencyCode: Check = (v, key) => {
  if (typeof v !== 'string' || !/^[A-Z]{3}$/.test(v))
    throw new ConfigError(`${key}: expected an ISO 4217 code such as "USD", got ${JSON.stringify(v)}`);
};
const listOf =
  (item: Check, nonEmpty: boolean): Check =>
  (v, key) => {
    if (!Array.isArray(v) || (nonEmpty && v.length === 0))
      throw new ConfigError(`${key}: expected ${nonEmpty ? 'a non-empty' : 'an'} array, got ${JSON.stringify(v)}`);
    v.forEach((x, i) => item(x, `${key}[${i}]`));
  };

type Schema = { [key: string]: Check | Schema };

function validate(value: unknown, schema: Schema, path: string): void {
  if (!isPlainObject(value)) throw new ConfigError(`${path || 'config'}: expected an object, got ${JSON.stringify(value)}`);
  for (const key of Object.keys(value)) {
    if (!(key in schema))
      throw new ConfigError(`${path ? path + '.' : ''}${key}: unknown key; allowed keys are ${Object.keys(schema).join(', ')}`);
  }
  for (const [key, check] of Object.entries(schema)) {
    if (!(key in value)) continue;
    const full = path ? `${path}.${key}` : key;
    if (typeof check === 'function') check(value[key], full);
    else validate(value[key], check, full);
  }
}

/** Below this a worker cannot hold the gazetteer and the parse of an ordinary article. */
const MIN_WORKER_HEAP_MB = 128;

function schemaFor(stageIds: readonly string[]): Schema {
  return {
    stages: listOf(oneOf(stageIds), true),
    output: { format: oneOf(['json', 'jsonl', 'csv', 'html']), dir: string },
    concurrency: (v, key) => (v === 'auto' ? undefined : integer(1)(v, key)),
    documentDate: { sources: listOf(oneOf(['input', 'dateline', 'option']), false), value: isoDateOrNull },
    gazetteer: { minPopulation: integer(0) },
    money: { defaultDollar: currencyCode },
    articleTimeoutMs: integer(0),
    workerHeapMb: (v, key) => {
      if (v !== 0 && (typeof v !== 'number' || !Number.isInteger(v) || v < MIN_WORKER_HEAP_MB))
        throw new ConfigError(`${key}: expected 0 (V8's own limit) or a whole number ≥ ${MIN_WORKER_HEAP_MB}, got ${JSON.stringify(v)}`);
    },
  };
}

/** Merge a partial config over the defaults, validating every key. */
export function resolveConfig(partial: unknown, stageIds: readonly string[]): PipelineConfig {
  validate(partial, schemaFor(stageIds), '');
  const p = partial as Partial<PipelineConfig>;
  return {
    ...defaultConfig,
    ...p,
    output: { ...defaultConfig.output, ...p.output },
    documentDate: { ...defaultConfig.documentDate, ...p.documentDate },
    gazetteer: { ...defaultConfig.gazetteer, ...p.gazetteer },
    money: { ...defaultConfig.money, ...p.money },
  };
}

/** Read and validate a config file. Throws ConfigError naming the file and the key. */
export function loadConfigFile(path: string, stageIds: readonly string[]): PipelineConfig {
  let raw: string;
  try {
    raw = readFileSync(path, 'utf8');
  } catch (error) {
    throw new ConfigError(`${path}: cannot read the config file (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch (error) {
    throw new ConfigError(`${path}: not valid JSON (${(error as Error).message})`);
  }
  try {
    return resolveConfig(parsed, stageIds);
  } catch (error) {
    if (error instanceof ConfigError) throw new ConfigError(`${path}: ${error.message}`);
    throw error;
  }
}
