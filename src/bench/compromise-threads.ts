/**
 * The ceiling `npm run bench:cli -- --ceiling` measures: compromise alone in N worker threads
 * over the same JSON Lines batch, from a cold process (`node compromise-threads.js batch.jsonl N`).
 * Each thread loads compromise itself, as a pipeline worker does, and takes the next article from
 * a shared counter until none is left, so the threads share the batch as the CLI's pool does. How
 * this scales from 1 to 2 threads bounds what the CLI's second worker can give on this machine.
 */
import { readFileSync } from 'node:fs';
import { Worker, isMainThread, workerData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import { nameThisThread, WORKER_THREAD_NAME } from '../parallel/thread-name.js';

interface Shared {
  texts: string[];
  /** One Int32: the index of the next article to take. */
  next: SharedArrayBuffer;
}

if (isMainThread) {
  const texts = readFileSync(process.argv[2]!, 'utf8')
    .split('\n')
    .filter((line) => line.trim() !== '')
    .map((line) => (JSON.parse(line) as { text: string }).text);
  const threads = Number(process.argv[3] ?? 1);
  const shared: Shared = { texts, next: new SharedArrayBuffer(4) };
  const counts = await Promise.all(
    Array.from(
      { length: threads },
      () =>
        new Promise<number>((resolve, reject) => {
          const worker = new Worker(fileURLToPath(import.meta.url), { workerData: shared });
          worker.once('message', resolve).once('error', reject);
        }),
    ),
  );
  process.stdout.write(`${counts.reduce((a, b) => a + b, 0)}\n`);
} else {
  nameThisThread(WORKER_THREAD_NAME);
  const { default: nlp } = await import('../pipeline/nlp.js');
  const { texts, next } = workerData as Shared;
  const counter = new Int32Array(next);
  let sentences = 0;
  for (let i = Atomics.add(counter, 0, 1); i < texts.length; i = Atomics.add(counter, 0, 1)) sentences += nlp(texts[i]!).length;
  const { parentPort } = await import('node:worker_threads');
  parentPort!.postMessage(sentences);
}
