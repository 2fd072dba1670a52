import { readFileSync, readdirSync } from 'node:fs';

/** A process's status field in kB (VmRSS, VmHWM), or 0 when it is gone. */
function statusKb(pid: number, field: 'VmRSS' | 'VmHWM'): number {
  try {
    const match = new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) : 0;
  } catch {
    return 0;
  }
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
 * Samples the resident memory of a process tree (its threads share the process's RSS; children
 * add theirs) every `everyMs`, until stopped. The peak is the larger of the highest sampled sum
 * and the high-water mark (VmHWM) the kernel kept for each process seen, which catches a peak
 * between two samples.
 */
export function sampleTreeRss(pid: number, everyMs = 20): { stop(): number } {
  let peakKb = 0;
  const hwm = new Map<number, number>();
  const sample = () => {
    let sum = 0;
    for (const p of tree(pid)) {
      sum += statusKb(p, 'VmRSS');
      hwm.set(p, Math.max(hwm.get(p) ?? 0, statusKb(p, 'VmHWM')));
    }
    peakKb = Math.max(peakKb, sum);
  };
  sample();
  const timer = setInterval(sample, everyMs);
  return {
    /** Stop sampling; the peak in bytes. */
    stop() {
      clearInterval(timer);
      const hwmSum = [...hwm.values()].reduce((a, b) => a + b, 0);
      return Math.max(peakKb, hwmSum) * 1024;
    },
  };
}
