import { join } from 'node:path';
import type { Article } from '../types.js';
import type { OutputFormat } from '../pipeline/config.js';
import { toOutput } from '../pipeline/pipeline.js';
import { writeFileAtomic } from '../io/atomic.js';
import { EVENT_COLUMNS, MENTION_COLUMNS, eventRows, mentionRows, toCsv } from './csv.js';

/** Receives articles in a deterministic order and writes them; `finish` writes what was gathered. */
export interface ArticleWriter {
  readonly format: OutputFormat;
  /** The files the writer produces (for the summary). */
  readonly files: string[];
  add(article: Article): Promise<void>;
  finish(): Promise<void>;
}

export const articleJson = (article: Article): string => JSON.stringify(toOutput(article), null, 2) + '\n';

/** `json`: one DIR/<id>.json per article, each written atomically as soon as it is done. */
function jsonWriter(dir: string): ArticleWriter {
  const files: string[] = [];
  return {
    format: 'json',
    files,
    async add(article) {
      const file = join(dir, `${article.id}.json`);
      await writeFileAtomic(file, articleJson(article));
      files.push(file);
    },
    async finish() {},
  };
}

/** `jsonl`: DIR/articles.jsonl, one article a line. */
function jsonlWriter(dir: string): ArticleWriter {
  const lines: string[] = [];
  const file = join(dir, 'articles.jsonl');
  return {
    format: 'jsonl',
    files: [file],
    async add(article) {
      lines.push(JSON.stringify(toOutput(article)));
    },
    async finish() {
      await writeFileAtomic(file, lines.map((l) => l + '\n').join(''));
    },
  };
}

/** `csv`: DIR/events.csv (one row per event) and DIR/mentions.csv (one row per item). */
function csvWriter(dir: string): ArticleWriter {
  const events: ReturnType<typeof eventRows> = [];
  const mentions: ReturnType<typeof mentionRows> = [];
  const files = [join(dir, 'events.csv'), join(dir, 'mentions.csv')];
  return {
    format: 'csv',
    files,
    async add(article) {
      events.push(...eventRows(article));
      mentions.push(...mentionRows(article));
    },
    async finish() {
      await writeFileAtomic(files[0]!, toCsv(EVENT_COLUMNS, events));
      await writeFileAtomic(files[1]!, toCsv(MENTION_COLUMNS, mentions));
    },
  };
}

export function createWriter(format: OutputFormat, dir: string): ArticleWriter {
  switch (format) {
    case 'json':
      return jsonWriter(dir);
    case 'jsonl':
      return jsonlWriter(dir);
    case 'csv':
      return csvWriter(dir);
  }
}
