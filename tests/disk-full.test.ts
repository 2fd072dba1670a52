import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers/cli.js';

/** A tiny tmpfs to fill; mounting needs root, as the developers' machines and CI have. */
function mountTinyDisk(kib: number): { dir: string; unmount: () => void } | { error: string } {
  const dir = join(tempDir('disk-'), 'mnt');
  mkdirSync(dir);
  const r = spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${kib}k`, 'tmpfs', dir], { encoding: 'utf8' });
  if (r.status !== 0) return { error: `cannot mount a tmpfs (${(r.stderr || r.error?.message || '').trim()})` };
  return { dir, unmount: () => spawnSync('umount', [dir]) };
}

const disk = mountTinyDisk(48);
const reason = 'error' in disk ? disk.error : '';

describe.skipIf(process.env.CI !== 'true' && 'error' in disk)(`a full disk mid-run${reason ? `: skipped, ${reason}` : ''}`, () => {
  it('stops with a clear error and leaves finished outputs intact', () => {
    if ('error' in disk) throw new Error(disk.error); // in CI the test must run
    try {
      const input = tempDir('full-');
      for (let i = 0; i < 40; i++)
        writeFileSync(join(input, `a${String(i).padStart(2, '0')}.txt`), `PARIS, May ${(i % 28) + 1}, 2020 (Wire) - ${'Markets were calm and traders waited for news. '.repeat(8)}\n`);
      const clean = tempDir();
      expect(cli(['run', input, '--out', clean]).status).toBe(0);
      const r = cli(['run', input, '--out', disk.dir]);
      expect(r.status).toBe(1);
      expect(r.stderr).toMatch(/no space left on the device while writing .*; finished outputs are intact; the run stopped, and running it again resumes/);
      expect(r.stderr).not.toMatch(/\n\s+at /);
      const written = readdirSync(disk.dir);
      expect(written.filter((f) => f.endsWith('.partial'))).toEqual([]);
      const outputs = written.filter((f) => f.endsWith('.json'));
      expect(outputs.length).toBeGreaterThan(0);
      expect(outputs.length).toBeLessThan(40);
      for (const f of outputs) expect(readFileSync(join(disk.dir, f), 'utf8'), f).toBe(readFileSync(join(clean, f), 'utf8'));
    } finally {
      disk.unmount();
    }
  });
});
