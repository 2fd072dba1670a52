import { randomBytes } from 'node:crypto';
import { rmSync } from 'node:fs';
import { readdir, rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

/** Temporary files are named after their target so a crash leaves nothing that looks like output. */
export const TEMP_SUFFIX = '.partial';

/** Writing output failed (a full disk, a folder gone): the run stops; finished outputs stay intact. */
export class OutputWriteError extends Error {
  override name = 'OutputWriteError';
}

/** A write error that names the file and says what it means for the run. */
export function outputWriteError(path: string, error: unknown): OutputWriteError {
  const code = (error as NodeJS.ErrnoException).code;
  const what = code === 'ENOSPC' || code === 'EDQUOT' ? 'no space left on the device' : (error as Error).message;
  return new OutputWriteError(`${what} while writing ${path}; finished outputs are intact`, { cause: error });
}

/** Temporary files being written now, removed if the process is interrupted. */
const pending = new Set<string>();

/** A temporary name beside `path`: hidden, unique, ending in TEMP_SUFFIX. */
export function tempPathFor(path: string): string {
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  pending.add(temp);
  return temp;
}

/** The temporary file is renamed or removed: stop tracking it. */
export const settled = (temp: string): boolean => pending.delete(temp);

/**
 * Write a file atomically: a temporary file in the same folder, then rename. A reader sees the
 * old file or the new one, never half of one; a failure removes the temporary file.
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array): Promise<void> {
  const temp = tempPathFor(path);
  try {
    await writeFile(temp, data);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw outputWriteError(path, error);
  } finally {
    settled(temp);
  }
}

/** Remove temporary files a killed run left in a folder (they can never become output). */
export async function removeStaleTemporaries(dir: string): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  await Promise.all(names.filter((n) => n.startsWith('.') && n.endsWith(TEMP_SUFFIX)).map((n) => rm(join(dir, n), { force: true })));
}

/** On SIGINT or SIGTERM, remove the temporary files being written, then exit as the signal would. */
export function cleanUpOnInterrupt(): void {
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      for (const temp of pending) rmSync(temp, { force: true });
      process.exit(signal === 'SIGINT' ? 130 : 143);
    });
  }
}
