import { createReadStream } from 'node:fs';
import { mkdir, readdir, readFile, stat } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { basename, join } from 'node:path';
import type { Article } from '../types.js';
import type { ErrorRecord } from '../batch.js';
import { writeFileAtomic } from '../io/atomic.js';
import { articlePage } from './article-page.js';
import { indexPage, indexRowOf, type IndexRow } from './index-page.js';
import { pageName } from './writer.js';
import { HIGHLIGHT_KINDS } from './kinds.js';

/** What `view` made: the pages written, and what could not be read (also listed in the index). */
export interface ViewResult {
  pages: string[];
  index: string;
  errors: ErrorRecord[];
}

type Found = { article: unknown; file: string; line: number | null } | { errors: ErrorRecord[] } | { error: ErrorRecord };

const problem = (file: string, line: number | null, reason: string): Found => ({ error: { file, line, id: null, stage: 'view', reason } });

async function* linesOf(file: string): AsyncGenerator<[string, number]> {
  let n = 0;
  for await (const line of createInterface({ input: createReadStream(file, 'utf8'), crlfDelay: Infinity })) yield [line, ++n];
}

/** The outputs `run` writes, a golden case's expected.json, and errors.jsonl, from files and folders. */
async function* readOutputs(paths: readonly string[]): AsyncGenerator<Found> {
  for (const path of paths) {
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      yield problem(path, null, (error as Error).message);
      continue;
    }
    if (info.isDirectory()) {
      const names = (await readdir(path, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name));
      const inside = names.flatMap((e) =>
        e.isDirectory() ? [join(path, e.name, 'expected.json')] : /\.(json|jsonl)$/.test(e.name) && !e.name.startsWith('.') ? [join(path, e.name)] : [],
      );
      // A subfolder without expected.json is not a golden case: skipped without a word.
      for (const file of inside) yield* readOutputFile(file, file.endsWith('expected.json'));
      continue;
    }
    yield* readOutputFile(path, false);
  }
}

/** The articles (or errors) of one file; `optional`: a missing file is no error. */
async function* readOutputFile(file: string, optional: boolean): AsyncGenerator<Found> {
  try {
    if (basename(file) === 'errors.jsonl') {
      const errors: ErrorRecord[] = [];
      for await (const [line] of linesOf(file)) if (line.trim()) errors.push(JSON.parse(line) as ErrorRecord);
      yield { errors };
    } else if (file.endsWith('.jsonl')) {
      for await (const [line, n] of linesOf(file)) {
        if (!line.trim()) continue;
        try {
          yield { article: JSON.parse(line), file, line: n };
        } catch (error) {
          yield problem(file, n, `not JSON: ${(error as Error).message}`);
        }
      }
    } else yield { article: JSON.parse(await readFile(file, 'utf8')), file, line: null };
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (optional && code === 'ENOENT') return;
    yield problem(file, null, error instanceof SyntaxError ? `not JSON: ${error.message}` : (error as Error).message);
  }
}

/** Why a parsed value is not an article this view can show, or null when it is one. */
function notAnArticle(value: unknown): string | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return 'not an article: expected a JSON object';
  const a = value as Record<string, unknown>;
  if (typeof a.id !== 'string' || a.id === '') return 'not an article: no string "id"';
  if (typeof a.text !== 'string') return 'not an article: no string "text"';
  for (const kind of HIGHLIGHT_KINDS) if (a[kind] !== undefined && !Array.isArray(a[kind])) return `"${kind}" is not a list`;
  return null;
}

/**
 * Pages from outputs already written: every article in the given `<id>.json` and `.jsonl` files
 * and folders (a golden case's expected.json too) gets DIR/<id>.html, and DIR/index.html lists
 * them with the errors of any `errors.jsonl` read and of every input that could not be shown.
 */
export async function viewOutputs(paths: readonly string[], outDir: string): Promise<ViewResult> {
  await mkdir(outDir, { recursive: true });
  const rows: IndexRow[] = [];
  const runErrors: ErrorRecord[] = [];
  const viewErrors: ErrorRecord[] = [];
  const pages: string[] = [];
  for await (const found of readOutputs(paths)) {
    if ('errors' in found) runErrors.push(...found.errors);
    else if ('error' in found) viewErrors.push(found.error);
    else {
      const reason = notAnArticle(found.article);
      const id = (found.article as { id?: unknown } | null)?.id;
      if (reason) {
        viewErrors.push({ file: found.file, line: found.line, id: typeof id === 'string' ? id : null, stage: 'view', reason });
        continue;
      }
      const article = { messages: [], documentDate: null, dateline: null, source: found.file, ...(found.article as object) } as unknown as Article;
      try {
        const page = join(outDir, pageName(article.id));
        await writeFileAtomic(page, articlePage(article));
        pages.push(page);
        rows.push(indexRowOf(article, pageName(article.id)));
      } catch (error) {
        viewErrors.push({ file: found.file, line: found.line, id: article.id, stage: 'view', reason: (error as Error).message });
      }
    }
  }
  const index = join(outDir, 'index.html');
  await writeFileAtomic(index, indexPage(rows, [...runErrors, ...viewErrors]));
  return { pages, index, errors: viewErrors };
}
