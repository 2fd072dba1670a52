import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** The repository root, whatever folder vitest runs from. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** The built command-line program (npm test builds it first). */
export const BIN = join(ROOT, 'dist/cli/main.js');

export interface CliResult {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** Run the built `news-extract` as a user would. */
export function cli(args: string[], options: { input?: string; cwd?: string } = {}): CliResult {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

export const tempDir = (prefix = 'news-extract-'): string => mkdtempSync(join(tmpdir(), prefix));
