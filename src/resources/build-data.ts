import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Where `npm run build` writes a file of data/ (`builtDataPath('money/countries.json')`): at the
 * package root, from src/ and dist/ alike.
 */
export function builtDataPath(relative: string): string {
  return fileURLToPath(new URL(`../../data/${relative}`, import.meta.url));
}

/**
 * Data the build precomputes to spare each worker the work at start: `parse` of the file the
 * build wrote when it is there, else `compute()`, which makes the same data (a checkout that has
 * not run the build's scripts yet). The first-name list and the money patterns' pieces and
 * countries load this way.
 */
export function readBuiltOrCompute<T>(path: string, parse: (text: string) => T, compute: () => T): T {
  return existsSync(path) ? parse(readFileSync(path, 'utf8')) : compute();
}
