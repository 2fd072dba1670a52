import { join } from 'node:path';
import type { OutputFormat, PipelineConfig } from './pipeline/config.js';
import { readInputs } from './io/inputs.js';
import { ensureWritableFolder } from './io/output-folder.js';
import { checkStages } from './pipeline/stage-order.js';
import { writeFileAtomic } from './io/atomic.js';
import { createWriter } from './output/writers.js';
import { ITEM_KINDS, type ArticleOutput, type ItemKind } from './output/article-output.js';
import { createArticlePool } from './parallel/pool.js';
import { inShard, type Shard } from './parallel/shard.js';
import { createProgress } from './progress.js';

/** One line of `errors.jsonl`: which input failed, where, and why. */
export interface ErrorRecord {
  file: string;
  line: number | null;
  id: string | null;
  stage: string;
  reason: string;
}

export interface BatchOptions {
  inputs: readonly string[];
  config: PipelineConfig;
  outDir: string;
  format: OutputFormat;
  /** Worker threads; each builds the pipeline once. */
  workers?: number;
  /** Redo articles whose output is already complete. */
  force?: boolean;
  shard?: Shard;
  /** Progress on stderr (a bar on a terminal, log lines otherwise). */
  progress?: boolean;
}

export interface BatchSummary {
  articles: number;
  /** Articles whose complete output was already there (resumed runs). */
  skipped: number;
  failed: number;
  items: Record<ItemKind, number>;
  errors: ErrorRecord[];
  files: string[];
  errorsFile: string;
  seconds: number;
}

export { OutputFolderError } from './io/output-folder.js';

/**
 * Run the pipeline over every input on a pool of worker threads and write the results in input
 * order. One bad article never stops the batch: it is listed in `errors.jsonl` with its reason.
 * Reading stays a bounded number of articles ahead of writing, so memory stays flat.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  checkStages(options.config); // a configuration error stops the run before any work, not once per article
  // The pool first, before anything is awaited: a worker thread takes a second or more to load
  // the pipeline, which the checks below, and what the caller does once this first returns (the
  // CLI's help text, which yargs renders and keeps), then overlap. It was the last step here.
  const pool = createArticlePool(options.config, options.workers ?? 1);
  const writer = createWriter(options.format, options.outDir);
  try {
    await ensureWritableFolder(options.outDir);
    await writer.prepare(options.force ?? false);
  } catch (error) {
    await pool.destroy();
    throw error;
  }
  const progress = createProgress(process.stderr, options.progress ?? false);
  const summary: BatchSummary = {
    articles: 0,
    skipped: 0,
    failed: 0,
    items: { dates: 0, people: 0, organizations: 0, places: 0, money: 0, events: 0 },
    errors: [],
    files: writer.files,
    errorsFile: join(options.outDir, 'errors.jsonl'),
    seconds: 0,
  };
  const ids: string[] = [];
  const fail = (e: ErrorRecord) => {
    summary.failed++;
    summary.errors.push(e);
  };
  const record = async (article: ArticleOutput, file: string, line: number | null) => {
    summary.articles++;
    for (const kind of ITEM_KINDS) summary.items[kind] += article.items[kind];
    if (article.failures.length > 0) summary.failed++;
    for (const m of article.failures) summary.errors.push({ file, line, id: article.id, stage: m.stage, reason: m.reason });
    await writer.add(article.id, article.texts);
    ids.push(article.id);
  };

  // Results are written in input order; at most `window` articles are in flight.
  const window = pool.threads * 4;
  const inFlight: Array<() => Promise<void>> = [];
  const flushOne = async () => {
    await inFlight.shift()!();
    progress.tick();
  };
  let total = 0;
  try {
    for await (const item of readInputs(options.inputs)) {
      if (item.kind === 'error') {
        fail({ file: item.file, line: item.line ?? null, id: item.id ?? null, stage: 'read', reason: item.reason });
        continue;
      }
      const { input, warnings } = item;
      if (!inShard(input.id, options.shard)) continue;
      if (!options.force && writer.has(input.id)) {
        inFlight.push(async () => {
          summary.skipped++;
          ids.push(input.id);
        });
        continue;
      }
      total++;
      const result = pool.output({ input, warnings }, options.format).then(
        (article) => ({ article }),
        (error: unknown) => ({ error: error instanceof Error ? error.message : String(error) }),
      );
      inFlight.push(async () => {
        const outcome = await result;
        if ('article' in outcome) await record(outcome.article, input.source, item.line ?? null);
        else fail({ file: input.source, line: item.line ?? null, id: input.id, stage: 'pipeline', reason: outcome.error });
      });
      if (inFlight.length >= window) await flushOne();
    }
    progress.setTotal(total);
    while (inFlight.length > 0) await flushOne();
  } catch (error) {
    await writer.close();
    throw error;
  } finally {
    progress.stop();
    await pool.destroy();
  }
  await writer.finish(ids, summary.errors);
  await writeFileAtomic(summary.errorsFile, summary.errors.map((e) => JSON.stringify(e) + '\n').join(''));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
