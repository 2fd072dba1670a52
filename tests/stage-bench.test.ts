import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { stageIds } from '../src/stages/index.js';
import { ROOT } from './helpers/cli.js';

describe('node dist/bench/stage-bench.js', () => {
  it('prints CPU and wall ms per article for compromise alone, the shared parse and every stage, and the ratio', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'dist/bench/stage-bench.js')], {
      cwd: ROOT,
      encoding: 'utf8',
      env: { ...process.env, BATCH: '3', ROUNDS: '2' },
    });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^3 texts from the CLI bench's batch of .*, 3 article runs after one warm-up round$/m);
    for (const label of ['compromise alone', 'our parse \\(shared\\)', ...stageIds, 'our stages together'])
      expect(r.stdout).toMatch(new RegExp(`^${label}\\s+\\d+\\.\\d\\d\\s`, 'm'));
    expect(r.stdout).toMatch(/^pipeline ÷ compromise speed \(cpu\): \d\.\d{3}×/m);
  }, 300_000);
});
