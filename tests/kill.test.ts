import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BIN, cli, tempDir } from './helpers/cli.js';

/** Every file of a folder (hidden part files included), name → bytes. */
function snapshot(dir: string, includeHidden = false): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string, prefix: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      if (!includeHidden && e.name.startsWith('.')) continue;
      if (e.isDirectory()) walk(join(d, e.name), `${prefix}${e.name}/`);
      else out[prefix + e.name] = readFileSync(join(d, e.name), 'utf8');
    }
  };
  walk(dir, '');
  return out;
}

function corpus(n: number): string {
  const dir = tempDir('kill-corpus-');
  for (let i = 0; i < n; i++)
    writeFileSync(join(dir, `a${String(i).padStart(3, '0')}.txt`), `LONDON, May ${(i % 28) + 1}, 2020 (Wire) - Shares in Acme rose ${i}% after it paid £${i + 2} million for a rival, chief executive John Smith said on Friday.\n`);
  return dir;
}

/** Start a run, SIGKILL it once `killAfter` outputs exist (or it ends by itself), and wait for it. */
async function runAndKill(args: string[], outDir: string, countOutputs: () => number, killAfter: number): Promise<void> {
  const child = spawn(process.execPath, [BIN, ...args], { stdio: 'ignore' });
  const exited = new Promise<void>((resolve) => child.on('exit', () => resolve()));
  let running = true;
  void exited.then(() => (running = false));
  for (let polls = 0; running && polls < 6000; polls++) {
    if (countOutputs() >= killAfter) {
      child.kill('SIGKILL');
      break;
    }
    await new Promise((r) => setTimeout(r, 10));
  }
  await exited;
  expect(existsSync(outDir)).toBe(true);
}

const tempFilesIn = (dir: string) => Object.keys(snapshot(dir, true)).filter((f) => f.endsWith('.partial'));

describe('a killed batch, run again, equals a clean run byte for byte', () => {
  const input = corpus(30);

  it('json: ten kill points', async () => {
    const clean = tempDir();
    expect(cli(['run', input, '--out', clean]).status).toBe(0);
    const expected = snapshot(clean);
    for (let point = 1; point <= 10; point++) {
      const out = tempDir();
      const count = () => (existsSync(out) ? readdirSync(out).filter((f) => f.endsWith('.json')).length : 0);
      await runAndKill(['run', input, '--out', out], out, count, point * 3 - 2);
      const again = cli(['run', input, '--out', out]);
      expect(again.status, `kill point ${point}: ${again.stderr}`).toBe(0);
      expect(snapshot(out), `kill point ${point}`).toEqual(expected);
      expect(tempFilesIn(out), `kill point ${point}`).toEqual([]);
    }
  }, 900_000);

  for (const format of ['jsonl', 'csv']) {
    it(`${format}: kill points before, during and after the merge`, async () => {
      const clean = tempDir();
      expect(cli(['run', input, '--out', clean, '--format', format]).status).toBe(0);
      const expected = snapshot(clean);
      const merged = format === 'jsonl' ? 'articles.jsonl' : 'events.csv';
      for (const point of [1, 12, 30, 31]) {
        const out = tempDir();
        const journal = join(out, '.news-extract-resume', 'journal');
        // Articles the journal holds, plus one once the merged output exists.
        const count = () => (existsSync(journal) ? readFileSync(journal, 'utf8').split('\n').length - 1 : 0) + (existsSync(join(out, merged)) ? 1 : 0);
        await runAndKill(['run', input, '--out', out, '--format', format], out, count, point);
        const again = cli(['run', input, '--out', out, '--format', format]);
        expect(again.status, `kill point ${point}`).toBe(0);
        // Hidden files included: a finished run leaves no resume state behind.
        expect(snapshot(out, true), `kill point ${point}`).toEqual(expected);
      }
    }, 900_000);
  }
});
