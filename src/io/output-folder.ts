import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { TEMP_SUFFIX } from './atomic.js';

/** The output folder cannot be used: the run stops before any work (exit 2). */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/**
 * The empty file that proves a folder writable: named as a temporary (hidden, ending in
 * TEMP_SUFFIX), so that a run killed while it exists leaves nothing that the next run's removal
 * of stale temporaries misses (a kill -9 there left `.news-extract-probe-<pid>` in the folder for good).
 */
export const probePath = (dir: string, pid: number = process.pid): string => join(dir, `.news-extract-probe-${pid}${TEMP_SUFFIX}`);

/** Create the output folder and prove it can be written, before any work; OutputFolderError otherwise. */
export async function ensureWritableFolder(dir: string): Promise<void> {
  const probe = probePath(dir);
  try {
    await mkdir(dir, { recursive: true });
    await writeFile(probe, '');
    await rm(probe, { force: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new OutputFolderError(`cannot write to the output folder ${dir} (${code})`);
  }
}
