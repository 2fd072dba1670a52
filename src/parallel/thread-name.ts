import { writeFileSync } from 'node:fs';

/** The name a pipeline worker thread gives itself: what `top -H`, `ps -L` and `npm run bench:cli` see. */
export const WORKER_THREAD_NAME = 'extract-worker';

/**
 * Name the calling OS thread (Linux: its comm, at most 15 bytes), so that a thread's CPU can be
 * told from that of V8's compiler and GC helpers, which Node leaves named after the process.
 * Elsewhere, or when /proc is not there, nothing happens.
 */
export function nameThisThread(name: string): void {
  try {
    writeFileSync('/proc/thread-self/comm', name.slice(0, 15));
  } catch {
    // not Linux, or no /proc: the thread keeps the process's name
  }
}
