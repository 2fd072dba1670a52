import { readFileSync, readdirSync } from 'node:fs';
import { WORKER_THREAD_NAME } from '../parallel/thread-name.js';

/** A process's status field in kB (VmRSS, VmHWM), or 0 when it is gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
}

/** Clock ticks a second in /proc/<pid>/stat (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100;

/** A thread's or process's CPU time so far (user + system) from its stat file, in seconds; 0 when it is gone. */
function statCpuSeconds(statFile: string): number {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime is the 12th.
    const fields = readFileSync(statFile, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND;
  } catch {
    return 0;
  }
}

/** A thread's name (its comm), or '' when it is gone. */
function threadName(pid: number, tid: string): string {
  try {
    return readFileSync(`/proc/${pid}/task/${tid}/comm`, 'utf8').trim();
  } catch {
    return '';
  }
}

/**
 * Where a process tree's CPU went, by thread: each process's main thread (the CLI's reading,
 * writing and merging, or the compromise loop itself), the pipeline's worker threads (named
 * WORKER_THREAD_NAME by src/parallel/thread-name.ts), and every other thread: V8's helpers,
 * which compile optimized code and mark and sweep the heap for every isolate, and libuv's.
 */
export interface CpuByThread {
  main: number;
  workers: number;
  helpers: number;
}

/** The process and every process below it (children of any of its threads), from /proc. */
function tree(pid: number): number[] {
  const pids = [pid];
  for (let i = 0; i < pids.length; i++) {
    let tasks: string[] = [];
    try {
      tasks = readdirSync(`/proc/${pids[i]}/task`);
    } catch {
      continue;
    }
    for (const tid of tasks) {
      try {
        for (const child of readFileSync(`/proc/${pids[i]}/task/${tid}/children`, 'utf8').split(' ').filter(Boolean)) pids.push(Number(child));
      } catch {
        // the thread ended between the two reads
      }
    }
  }
  return pids;
}

/**
 * Samples the resident memory and CPU time of a process tree (its threads share the process's RSS; children
 * add theirs) every `everyMs`, until stopped. The peak is the larger of the highest sampled sum
 * and the high-water mark (VmHWM) the kernel kept for each process seen, which catches a peak
 * between two samples.
 */
export function sampleTreeRss(pid: number, everyMs = 20): { stop(): { peakRss: number; cpuSeconds: number; cpuByThread: CpuByThread } } {
  let peakKb = 0;
  const hwm = new Map<number, number>();
  const cpu = new Map<number, number>();
  // Each thread's CPU as last seen, and what it is; a thread that ended keeps its last figure.
  const threads = new Map<string, { role: keyof CpuByThread; seconds: number }>();
  const sample = () => {
    let sum = 0;
    for (const p of tree(pid)) {
      sum += statusKb(p, 'VmRSS');
      hwm.set(p, Math.max(hwm.get(p) ?? 0, statusKb(p, 'VmHWM')));
      cpu.set(p, Math.max(cpu.get(p) ?? 0, statCpuSeconds(`/proc/${p}/stat`)));
      let tids: string[] = [];
      try {
        tids = readdirSync(`/proc/${p}/task`);
      } catch {
        continue;
      }
      for (const tid of tids) {
        const seconds = statCpuSeconds(`/proc/${p}/task/${tid}/stat`);
        const known = threads.get(`${p}/${tid}`);
        // A worker names itself once started: a thread keeps the last role it was seen with.
        const name = threadName(p, tid);
        const role = tid === String(p) ? 'main' : name === WORKER_THREAD_NAME ? 'workers' : name === '' ? (known?.role ?? 'helpers') : 'helpers';
        threads.set(`${p}/${tid}`, { role, seconds: Math.max(seconds, known?.seconds ?? 0) });
      }
    }
    peakKb = Math.max(peakKb, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** Stop sampling: the peak in bytes, and the CPU time the tree had used at the last sample, in all and by thread. */
    stop() {
      clearInterval(timer);
      const sum = (m: Map<number, number>) => [...m.values()].reduce((a, b) => a + b, 0);
      const cpuByThread: CpuByThread = { main: 0, workers: 0, helpers: 0 };
      for (const { role, seconds } of threads.values()) cpuByThread[role] += seconds;
      return { peakRss: Math.max(peakKb, sum(hwm)) * 1024, cpuSeconds: sum(cpu), cpuByThread };
    },
  };
}
