import { readdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../types.js';
import { TEMP_SUFFIX, writeFileAtomic } from '../io/atomic.js';
import { articleJson } from '../output/serialize.js';
import { ensureWritableFolder } from '../io/output-folder.js';

/** DIR/<id>.json, as `run --format json` names it. */
export const outputFileOf = (dir: string, id: string): string => join(dir, `${id}.json`);

/** Create the output folder and prove it can be written, before any job is taken (exit 2 otherwise). */
export const ensureOutputFolder = ensureWritableFolder;

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Remove the temporary files an earlier attempt at this article left when its worker was killed
 * between writing and renaming (`.<id>.json.<pid>.<random>.partial`, as writeFileAtomic names them).
 * Only called for a job that was started before: whoever holds its lock now is its only writer.
 */
export async function removeLeftoverTemporaryFiles(dir: string, id: string): Promise<string[]> {
  const leftover = new RegExp(`^\\.${escapeRegExp(id)}\\.json\\.\\d+\\.[0-9a-f]+${escapeRegExp(TEMP_SUFFIX)}$`);
  const names = (await readdir(dir)).filter((name) => leftover.test(name));
  await Promise.all(names.map((name) => rm(join(dir, name), { force: true })));
  return names;
}

/**
 * Write the article's output with exactly the bytes `run` writes. Atomic, so a job redone after
 * a crash replaces the file with the same bytes and a reader never sees half of one.
 */
export async function writeArticleOutput(dir: string, article: Article, redone: boolean): Promise<string> {
  if (redone) await removeLeftoverTemporaryFiles(dir, article.id);
  const file = outputFileOf(dir, article.id);
  await writeFileAtomic(file, articleJson(article));
  return file;
}
