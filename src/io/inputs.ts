import { createReadStream } from 'node:fs';
import { readFile, readdir, realpath, stat } from 'node:fs/promises';
import { basename, extname, join, relative } from 'node:path';
import { createInterface } from 'node:readline';
import { glob } from 'tinyglobby';
import type { ArticleInput } from '../types.js';
import { decodeText, InputError, normalizeText } from './decode.js';
import { isHtmlInput } from './html-input.js';

/** One thing read from the inputs: an article to process, or the reason one could not be read. */
export type InputRecord =
  | { kind: 'article'; input: ArticleInput; warnings: string[]; line?: number }
  | { kind: 'error'; file: string; line?: number; id?: string; reason: string };

/** File endings taken from folders; a file named explicitly is read whatever its ending. */
const ARTICLE_EXTENSIONS = new Set(['.txt', '.text', '.jsonl', '.html', '.htm']);
const GLOB_CHARS = /[*?[\]{}]/;

/** Stands for standard input among the inputs ("-" on the command line). */
export const STDIN = '-';
/** How the CLI passes "-" through yargs, which drops a lone "-". */
export const STDIN_MARKER = '<stdin>';
const isStdin = (path: string): boolean => path === STDIN || path === STDIN_MARKER;

const errnoReason = (error: unknown): string => {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file or directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  if (code === 'ELOOP') return 'symbolic link loop';
  if (code === 'EISDIR') return 'is a directory';
  return error instanceof Error ? error.message : String(error);
};

/** Every article file under a folder, in a stable order; symbolic-link loops are reported, not followed. */
async function* walkFolder(folder: string, seen: Set<string>): AsyncGenerator<string | InputRecord> {
  let real: string;
  try {
    real = await realpath(folder);
  } catch (error) {
    yield { kind: 'error', file: folder, reason: errnoReason(error) };
    return;
  }
  if (seen.has(real)) {
    yield { kind: 'error', file: folder, reason: 'symbolic link loop: folder already visited' };
    return;
  }
  seen.add(real);
  let entries;
  try {
    entries = await readdir(folder, { withFileTypes: true });
  } catch (error) {
    yield { kind: 'error', file: folder, reason: errnoReason(error) };
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const entry of entries) {
    const path = join(folder, entry.name);
    let isDir = entry.isDirectory();
    if (entry.isSymbolicLink()) {
      try {
        isDir = (await stat(path)).isDirectory();
      } catch (error) {
        yield { kind: 'error', file: path, reason: errnoReason(error) };
        continue;
      }
    }
    if (isDir) yield* walkFolder(path, seen);
    else if (ARTICLE_EXTENSIONS.has(extname(entry.name).toLowerCase())) yield path;
  }
}

/** Expand files, folders and globs into file paths (or errors), in argument order. */
async function* expandPaths(paths: readonly string[]): AsyncGenerator<string | InputRecord> {
  const seen = new Set<string>();
  for (const path of paths) {
    if (isStdin(path)) {
      yield STDIN;
      continue;
    }
    let info;
    try {
      info = await stat(path);
    } catch (error) {
      if (GLOB_CHARS.test(path)) {
        const matches = (await glob(path, { onlyFiles: true, followSymbolicLinks: false })).sort();
        if (matches.length === 0) yield { kind: 'error', file: path, reason: 'the pattern matches no file' };
        yield* matches;
      } else yield { kind: 'error', file: path, reason: errnoReason(error) };
      continue;
    }
    if (info.isDirectory()) yield* walkFolder(path, seen);
    else yield path;
  }
}

/** The id of a one-article file: its name without the extension. */
export const idOfFile = (path: string): string => basename(path, extname(path));

async function* readJsonl(file: string, source: string): AsyncGenerator<InputRecord> {
  const lines = createInterface({ input: createReadStream(file, { encoding: 'utf8' }), crlfDelay: Infinity });
  let lineNo = 0;
  for await (const line of lines) {
    lineNo++;
    if (line.trim() === '') continue;
    yield jsonlRecord(line, lineNo, file, source);
  }
}

/** One JSONL line `{"id", "text", "date"?}` to an article, or the reason it is not one. */
export function jsonlRecord(line: string, lineNo: number, file: string, source: string): InputRecord {
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (error) {
    return { kind: 'error', file, line: lineNo, reason: `malformed JSON: ${(error as Error).message}` };
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    return { kind: 'error', file, line: lineNo, reason: 'the line is not a JSON object' };
  const record = value as Record<string, unknown>;
  const id = typeof record.id === 'string' || typeof record.id === 'number' ? String(record.id) : `${idOfFile(file)}-${lineNo}`;
  if (!('text' in record)) return { kind: 'error', file, line: lineNo, id, reason: 'no "text" field' };
  if (typeof record.text !== 'string')
    return { kind: 'error', file, line: lineNo, id, reason: `"text" is ${Array.isArray(record.text) ? 'an array' : typeof record.text}, not a string` };
  const date = record.date ?? record.dct ?? null;
  if (date !== null && (typeof date !== 'string' || !/^\d{4}-\d{2}-\d{2}/.test(date)))
    return { kind: 'error', file, line: lineNo, id, reason: `"date" must be an ISO date (YYYY-MM-DD), got ${JSON.stringify(date)}` };
  try {
    const text = normalizeText(record.text);
    return { kind: 'article', input: { id, source, text, date: date ? date.slice(0, 10) : null }, warnings: [], line: lineNo };
  } catch (error) {
    return { kind: 'error', file, line: lineNo, id, reason: (error as Error).message };
  }
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Read one file (or stdin for "-") into articles: one per `.txt`, one per line of `.jsonl`. */
export async function* readArticleFile(file: string, cwd = process.cwd()): AsyncGenerator<InputRecord> {
  const stdin = isStdin(file);
  const source = stdin ? 'stdin' : relative(cwd, file) || file;
  if (!stdin && extname(file).toLowerCase() === '.jsonl') {
    try {
      yield* readJsonl(file, source);
    } catch (error) {
      yield { kind: 'error', file, reason: errnoReason(error) };
    }
    return;
  }
  try {
    const bytes = stdin ? await readStdin() : await readFile(file);
    const { text: decoded, warnings } = decodeText(bytes);
    const text = isHtmlInput(stdin ? null : file, decoded) ? (await import('./html.js')).htmlToText(decoded) : decoded;
    const id = stdin ? 'stdin' : idOfFile(file);
    yield { kind: 'article', input: { id, source, text, date: null }, warnings };
  } catch (error) {
    yield { kind: 'error', file, reason: error instanceof InputError ? error.message : errnoReason(error) };
  }
}

/**
 * Every article named by the inputs (files, folders, globs, "-"), in a stable order, with
 * duplicate ids reported as errors rather than overwriting each other.
 */
export async function* readInputs(paths: readonly string[]): AsyncGenerator<InputRecord> {
  const ids = new Set<string>();
  for await (const item of expandPaths(paths)) {
    if (typeof item !== 'string') {
      yield item;
      continue;
    }
    for await (const record of readArticleFile(item)) {
      if (record.kind === 'article') {
        if (ids.has(record.input.id)) {
          yield { kind: 'error', file: isStdin(item) ? 'stdin' : item, line: record.line, id: record.input.id, reason: `duplicate id "${record.input.id}": an earlier article has it` };
          continue;
        }
        ids.add(record.input.id);
      }
      yield record;
    }
  }
}
