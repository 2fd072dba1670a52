import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** The output folder cannot be used: the run stops before any work (exit 2). */
export class OutputFolderError extends Error {
  override name = 'OutputFolderError';
}

/** Create the output folder and prove it can be written, before any work; OutputFolderError otherwise. */
export async function ensureWritableFolder(dir: string): Promise<void> {
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
