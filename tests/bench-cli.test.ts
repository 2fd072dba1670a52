import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeBenchBatch } from '../src/bench/cli-batch.js';
import { ROOT, tempDir } from './helpers/cli.js';

describe('npm run bench:cli', () => {
  it('generates a batch of distinct articles of 300–600 words', () => {
    const file = join(tempDir(), 'batch.jsonl');
    const { words } = writeBenchBatch(ROOT, file, 40);
    const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { id: string; text: string });
    expect(lines).toHaveLength(40);
    expect(new Set(lines.map((l) => l.id)).size).toBe(40);
    expect(new Set(lines.map((l) => l.text)).size).toBe(40);
    const counts = lines.map((l) => l.text.match(/\S+/g)!.length);
    for (const n of counts) expect(n).toBeGreaterThanOrEqual(300), expect(n).toBeLessThanOrEqual(600);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(words);
  });

  it('runs on a tiny batch and prints its ratios, peaks and first output', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/cli-bench.js'), '--articles', '3', '--rounds', '1'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/1 worker ÷ compromise alone: \d+\.\d\d/);
    expect(r.stdout).toMatch(/2 workers ÷ 1 worker: \d+\.\d\d/);
    expect(r.stdout).toMatch(/peak RSS cli-2: \d+ MB/);
    expect(r.stdout).toMatch(/first output cli-1: \d+\.\d\d s/);
    // CPU by thread: the worker threads are told apart by the name they give themselves; loading
    // the pipeline alone takes them well over a tenth of a second.
    expect(r.stdout).toMatch(/cli-1 .*CPU \d+\.\d s \(main \d+\.\d, workers (?!0\.0)\d+\.\d, helpers \d+\.\d\)/);
    expect(r.stdout).toMatch(/cli-2 .*CPU \d+\.\d s \(main \d+\.\d, workers (?!0\.0)\d+\.\d, helpers \d+\.\d\)/);
    expect(r.stdout).toMatch(/output byte-identical for 1 and 2 workers: yes/);
  }, 300_000);

  it('with --ceiling, times compromise alone in 1 and 2 threads, which share the batch without losing or doubling an article', () => {
    const file = join(tempDir(), 'batch.jsonl');
    writeBenchBatch(ROOT, file, 7);
    const loop = spawnSync(process.execPath, [join(ROOT, 'dist/bench/compromise-loop.js'), file], { cwd: ROOT, encoding: 'utf8' });
    const threads = spawnSync(process.execPath, [join(ROOT, 'dist/bench/compromise-threads.js'), file, '2'], { cwd: ROOT, encoding: 'utf8' });
    expect(loop.status, loop.stderr).toBe(0);
    expect(threads.status, threads.stderr).toBe(0);
    // Seven articles of 300-600 words: dozens of sentences, counted alike by one loop and by two threads.
    expect(Number(loop.stdout)).toBeGreaterThan(50);
    expect(Number(threads.stdout)).toBe(Number(loop.stdout));
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/cli-bench.js'), '--articles', '3', '--rounds', '1', '--ceiling'], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/threads-2 .*CPU \d+\.\d s \(main \d+\.\d, workers (?!0\.0)\d+\.\d, helpers \d+\.\d\)/);
    expect(r.stdout).toMatch(/ceiling, compromise alone in 2 threads ÷ 1 thread: \d+\.\d\d/);
  }, 300_000);
});
