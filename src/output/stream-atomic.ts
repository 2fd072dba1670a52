import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { once } from 'node:events';
import { outputWriteError, settled, tempPathFor } from '../io/atomic.js';

/** Stream chunks into a file atomically: a temporary file in the same folder, then a rename. */
export async function streamFileAtomic(path: string, chunks: AsyncIterable<string | Uint8Array>): Promise<void> {
  const temp = tempPathFor(path);
  const out = createWriteStream(temp);
  try {
    for await (const chunk of chunks) if (!out.write(chunk)) await once(out, 'drain');
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
