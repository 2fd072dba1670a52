import { existsSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { OutputFormat } from '../pipeline/config.js';
import { removeStaleTemporaries, writeFileAtomic } from '../io/atomic.js';
import { EVENT_COLUMNS, MENTION_COLUMNS, toCsv } from './csv.js';
import { streamFileAtomic } from './stream-atomic.js';
import { RESUME_DIR, ResumeState, adoptJsonLines } from './resume-state.js';
import type { ErrorRecord } from '../batch.js';
import { htmlWriter } from '../html/writer.js';

/** The per-article files of earlier versions (`jsonl` and `csv`), removed once a run is complete. */
const OLD_PARTS_DIR = '.news-extract-parts';

/**
 * Receives finished articles' texts and writes them. Each article is written as soon as it is
 * done (DIR/<id>.json atomically, or appended to the resume state for jsonl/csv), so a killed run
 * loses nothing and a re-run can skip it; `finish` merges, in input order, into the final files.
 */
export interface ArticleWriter {
  readonly format: OutputFormat;
  /** The files the writer produces (for the summary). */
  readonly files: string[];
  /** Remove what an interrupted run left half-written and open the resume state; `fresh` forgets it. */
  prepare(fresh: boolean): Promise<void>;
  /** Whether a complete result for this id is already on disk (for resuming). */
  has(id: string): boolean;
  /** Write one article's texts, as `outputTexts` makes them. */
  add(id: string, texts: readonly string[]): Promise<void>;
  /** Merge into the final files; `ids` are every article of the run, in input order, `errors` the run's failures. */
  finish(ids: readonly string[], errors?: readonly ErrorRecord[]): Promise<void>;
  /** Close what `prepare` opened (after a failure; `finish` closes on success). */
  close(): Promise<void>;
}

function mergingWriter(format: 'jsonl' | 'csv', dir: string): ArticleWriter {
  const files = format === 'jsonl' ? [join(dir, 'articles.jsonl')] : [join(dir, 'events.csv'), join(dir, 'mentions.csv')];
  const headers = format === 'jsonl' ? [''] : [toCsv(EVENT_COLUMNS, []), toCsv(MENTION_COLUMNS, [])];
  let state: ResumeState | undefined;
  const opened = (): ResumeState => {
    if (!state) throw new Error('the writer was not prepared');
    return state;
  };
  return {
    format,
    files,
    async prepare(fresh) {
      await removeStaleTemporaries(dir);
      // A finished JSON Lines run left no state: its output is taken back as the state.
      if (!fresh && format === 'jsonl' && !existsSync(join(dir, RESUME_DIR)) && existsSync(files[0]!)) await adoptJsonLines(dir, files[0]!);
      state = await ResumeState.open(dir, files.length, fresh);
    },
    has: (id) => opened().has(id),
    add: (id, texts) => opened().add(id, texts),
    async finish(ids) {
      const s = opened();
      for (const [i, file] of files.entries())
        await streamFileAtomic(file, (async function* () {
          if (headers[i]) yield headers[i];
          yield* s.texts(i, ids);
        })());
      // The merged files are complete: the state, and an older version's parts, are no longer needed.
      await s.close(true);
      state = undefined;
      await rm(join(dir, OLD_PARTS_DIR), { recursive: true, force: true });
    },
    async close() {
      await state?.close(false);
      state = undefined;
    },
  };
}

/** `json`: one DIR/<id>.json per article, which is its own resume state. */
function jsonWriter(dir: string): ArticleWriter {
  const fileOf = (id: string) => join(dir, `${id}.json`);
  const files: string[] = [];
  return {
    format: 'json',
    files,
    prepare: () => removeStaleTemporaries(dir),
    has: (id) => existsSync(fileOf(id)),
    add: (id, [text]) => writeFileAtomic(fileOf(id), text!),
    async finish(ids) {
      files.push(...ids.map(fileOf));
    },
    close: async () => {},
  };
}

export function createWriter(format: OutputFormat, dir: string): ArticleWriter {
  if (format === 'html') return htmlWriter(jsonWriter(dir), dir);
  return format === 'json' ? jsonWriter(dir) : mergingWriter(format, dir);
}
