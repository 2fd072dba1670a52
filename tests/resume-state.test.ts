import { describe, expect, it } from 'vitest';
import { appendFileSync, existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { RESUME_DIR, ResumeState } from '../src/output/resume-state.js';
import { tempDir } from './helpers/cli.js';

const collect = async (texts: AsyncIterable<Buffer>) => {
  const out: string[] = [];
  for await (const t of texts) out.push(t.toString('utf8'));
  return out;
};

describe('resume state: a journal of byte ranges into chunk files', () => {
  it('gives back what was added, in the order asked, across a reopen', async () => {
    const dir = tempDir();
    const first = await ResumeState.open(dir, 2, false);
    await first.add('a', ['A1\n', 'a2']);
    await first.add('b', ['B1 é\n', '']);
    await first.close(false);
    const second = await ResumeState.open(dir, 2, false);
    expect([second.has('a'), second.has('b'), second.has('c')]).toEqual([true, true, false]);
    await second.add('c', ['C1\n', 'c2']);
    expect(await collect(second.texts(0, ['c', 'a', 'b']))).toEqual(['C1\n', 'A1\n', 'B1 é\n']);
    expect(await collect(second.texts(1, ['a', 'b', 'c']))).toEqual(['a2', '', 'c2']);
    await second.close(true);
    expect(existsSync(join(dir, RESUME_DIR))).toBe(false);
  });

  it('drops a torn journal line and a record whose bytes changed, and keeps appending after them', async () => {
    const dir = tempDir();
    const state = await ResumeState.open(dir, 1, false);
    await state.add('a', ['first\n']);
    await state.add('b', ['second\n']);
    await state.close(false);
    const chunk = join(dir, RESUME_DIR, 'chunk-0');
    // A machine crash: the chunk's page for "b" never reached the disk; a kill tore the journal's last line.
    writeFileSync(chunk, readFileSync(chunk, 'utf8').replace('second', 'sec\0nd'));
    appendFileSync(join(dir, RESUME_DIR, 'journal'), '["c",[13,');
    const reopened = await ResumeState.open(dir, 1, false);
    expect([reopened.has('a'), reopened.has('b'), reopened.has('c')]).toEqual([true, false, false]);
    await reopened.add('b', ['second again\n']);
    await reopened.close(false);
    const last = await ResumeState.open(dir, 1, false);
    expect(await collect(last.texts(0, ['a', 'b']))).toEqual(['first\n', 'second again\n']);
    await last.close(false);
  });

  it('a journal line naming bytes past the end of its chunk is redone, and fresh forgets everything', async () => {
    const dir = tempDir();
    const state = await ResumeState.open(dir, 1, false);
    await state.add('a', ['first\n']);
    await state.close(false);
    appendFileSync(join(dir, RESUME_DIR, 'journal'), JSON.stringify(['z', [6, 100, 0]]) + '\n');
    const reopened = await ResumeState.open(dir, 1, false);
    expect([reopened.has('a'), reopened.has('z')]).toEqual([true, false]);
    await reopened.close(false);
    const fresh = await ResumeState.open(dir, 1, true);
    expect(fresh.has('a')).toBe(false);
    await fresh.close(false);
    expect(readdirSync(join(dir, RESUME_DIR)).sort()).toEqual(['chunk-0', 'journal']);
  });
});
