import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { join } from 'node:path';
import type { Article } from '../types.js';
import type { OutputFormat } from '../pipeline/config.js';
import { toOutput } from '../pipeline/pipeline.js';
import { outputWriteError, removeStaleTemporaries, settled, tempPathFor, writeFileAtomic } from '../io/atomic.js';
import type { ErrorRecord } from '../batch.js';
import { htmlWriter } from '../html/writer.js';
import { EVENT_COLUMNS, MENTION_COLUMNS, eventRows, mentionRows, toCsv } from './csv.js';

/** Where `jsonl` and `csv` runs keep one finished article a file until the merge (and for resuming). */
export const PARTS_DIR = '.news-extract-parts';

/** The bytes of DIR/<id>.json: the same for `run`, the workers and the queue. */
export const articleJson = (article: Article): string => JSON.stringify(toOutput(article), null, 2) + '\n';

/**
 * Receives finished articles and writes them. Each article is written atomically as soon as it
 * is done (DIR/<id>.json, or a part file for jsonl/csv), so a killed run loses nothing and a
 * re-run can skip it; `finish` merges the parts, in input order, into the final files.
 */
export interface ArticleWriter {
  readonly format: OutputFormat;
  /** The files the writer produces (for the summary). */
  readonly files: string[];
  /** Whether a complete result for this id is already on disk (for resuming). */
  has(id: string): boolean;
  add(article: Article): Promise<void>;
  /** Merge into the final files; `ids` are every article of the run, in input order, `errors` the run's failures. */
  finish(ids: readonly string[], errors?: readonly ErrorRecord[]): Promise<void>;
  /** Remove what an interrupted run left half-written. */
  prepare(): Promise<void>;
}

/** Stream lines into a file atomically: a temporary file in the same folder, then a rename. */
async function streamFileAtomic(path: string, lines: AsyncIterable<string>): Promise<void> {
  const temp = tempPathFor(path);
  const out = createWriteStream(temp);
  try {
    for await (const chunk of lines) if (!out.write(chunk)) await once(out, 'drain');
    out.end();
    await once(out, 'finish');
    await rename(temp, path);
  } catch (error) {
    out.destroy();
    await rm(temp, { force: true });
    throw outputWriteError(path, error);
  } finally {
    settled(temp);
  }
}

function partsWriter(format: 'jsonl' | 'csv', dir: string): ArticleWriter {
  const parts = join(dir, PARTS_DIR);
  const partFile = (id: string) => join(parts, `${encodeURIComponent(id)}.json`);
  async function* partTextsInOrder(ids: readonly string[]): AsyncGenerator<string> {
    for (const id of ids) yield await readFile(partFile(id), 'utf8');
  }
  async function* partsInOrder(ids: readonly string[]): AsyncGenerator<Article> {
    for await (const text of partTextsInOrder(ids)) yield JSON.parse(text) as Article;
  }
  const files = format === 'jsonl' ? [join(dir, 'articles.jsonl')] : [join(dir, 'events.csv'), join(dir, 'mentions.csv')];
  /** The parts folder, made once by the first article written. */
  let partsMade: Promise<unknown> | undefined;
  return {
    format,
    files,
    has: (id) => existsSync(partFile(id)),
    async prepare() {
      await removeStaleTemporaries(dir);
      await removeStaleTemporaries(parts);
    },
    async add(article) {
      partsMade ??= mkdir(parts, { recursive: true });
      await partsMade;
      await writeFileAtomic(partFile(article.id), JSON.stringify(toOutput(article)));
    },
    async finish(ids) {
      if (format === 'jsonl') {
        // A part is already the article's JSON Lines record: JSON.stringify wrote it on one line.
        await streamFileAtomic(files[0]!, (async function* () {
          for await (const text of partTextsInOrder(ids)) yield text + '\n';
        })());
        return;
      }
      const csv = (columns: readonly string[], rows: (a: Article) => ReturnType<typeof eventRows>) =>
        (async function* () {
          yield toCsv(columns, []);
          for await (const a of partsInOrder(ids)) yield toCsv(columns, rows(a), false);
        })();
      await streamFileAtomic(files[0]!, csv(EVENT_COLUMNS, eventRows));
      await streamFileAtomic(files[1]!, csv(MENTION_COLUMNS, mentionRows));
    },
  };
}

/** `json`: one DIR/<id>.json per article. */
function jsonWriter(dir: string): ArticleWriter {
  const fileOf = (id: string) => join(dir, `${id}.json`);
  const files: string[] = [];
  return {
    format: 'json',
    files,
    has: (id) => existsSync(fileOf(id)),
    prepare: () => removeStaleTemporaries(dir),
    async add(article) {
      await writeFileAtomic(fileOf(article.id), articleJson(article));
    },
    async finish(ids) {
      files.push(...ids.map(fileOf));
    },
  };
}

export function createWriter(format: OutputFormat, dir: string): ArticleWriter {
  if (format === 'html') return htmlWriter(jsonWriter(dir), dir);
  return format === 'json' ? jsonWriter(dir) : partsWriter(format, dir);
}
