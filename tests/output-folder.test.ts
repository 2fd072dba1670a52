import { describe, expect, it } from 'vitest';
import { readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { probePath } from '../src/io/output-folder.js';
import { cli, tempDir } from './helpers/cli.js';

describe('the output folder after a run killed while it probed the folder', () => {
  it('holds only the outputs and errors.jsonl once a run finishes there', () => {
    const input = join(tempDir('probe-input-'), 'wire.txt');
    writeFileSync(input, 'BERLIN, March 3, 2021 (Wire) - The ministry said on Tuesday that exports rose 4% in February.\n');
    const out = tempDir('probe-out-');
    // What a kill -9 between the probe's write and its removal leaves: a process id that is no longer running.
    writeFileSync(probePath(out, 999_999), '');
    const run = cli(['run', input, '--out', out, '--format', 'jsonl']);
    expect(run.status, run.stderr).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['articles.jsonl', 'errors.jsonl']);
  });
});
