import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from './types.js';
import type { OutputFormat, PipelineConfig } from './pipeline/config.js';
import { createPipeline } from './pipeline/pipeline.js';
import { readInputs } from './io/inputs.js';
import { writeFileAtomic } from './io/atomic.js';
import { createWriter } from './output/writers.js';

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
}

export interface BatchSummary {
  articles: number;
  failed: number;
  items: Record<'dates' | 'people' | 'organizations' | 'places' | 'money' | 'events', number>;
  errors: ErrorRecord[];
  files: string[];
  errorsFile: string;
  seconds: number;
}

/** The output folder cannot be used: the run stops before any work (exit 2). */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

async function ensureWritable(dir: string): Promise<void> {
  const probe = join(dir, `.news-extract-probe-${process.pid}`);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OutputFolderError(`cannot write to the output folder ${dir} (${code})`);
  }
}

function countItems(summary: BatchSummary, article: Article): void {
  summary.items.dates += article.dates?.length ?? 0;
  summary.items.people += article.people?.length ?? 0;
  summary.items.organizations += article.organizations?.length ?? 0;
  summary.items.places += article.places?.length ?? 0;
  summary.items.money += article.money?.length ?? 0;
  summary.items.events += article.events?.length ?? 0;
}

/**
 * Run the pipeline over every input and write the results. One bad article never stops the
 * batch: it is listed in `errors.jsonl` with its reason.
 */
export async function runBatch(options: BatchOptions): Promise<BatchSummary> {
  const started = performance.now();
  await ensureWritable(options.outDir);
  const pipeline = createPipeline(options.config);
  const writer = createWriter(options.format, options.outDir);
  const summary: BatchSummary = {
    articles: 0,
    failed: 0,
    items: { dates: 0, people: 0, organizations: 0, places: 0, money: 0, events: 0 },
    errors: [],
    files: writer.files,
    errorsFile: join(options.outDir, 'errors.jsonl'),
    seconds: 0,
  };
  for await (const record of readInputs(options.inputs)) {
    if (record.kind === 'error') {
      summary.failed++;
      summary.errors.push({ file: record.file, line: record.line ?? null, id: record.id ?? null, stage: 'read', reason: record.reason });
      continue;
    }
    let article = pipeline.process(record.input);
    if (record.warnings.length > 0)
      article = { ...article, messages: [...record.warnings.map((reason) => ({ severity: 'warning' as const, stage: 'read', reason })), ...article.messages] };
    summary.articles++;
    countItems(summary, article);
    const failures = article.messages.filter((m) => m.severity === 'error');
    if (failures.length > 0) summary.failed++;
    for (const m of failures)
      summary.errors.push({ file: record.input.source, line: record.line ?? null, id: article.id, stage: m.stage, reason: m.reason });
    await writer.add(article);
  }
  await writer.finish();
  await writeFileAtomic(summary.errorsFile, summary.errors.map((e) => JSON.stringify(e) + '\n').join(''));
  summary.seconds = (performance.now() - started) / 1000;
  return summary;
}
