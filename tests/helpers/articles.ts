import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from './cli.js';

/** The real articles shipped with the project: input/*.txt and each golden case's input.txt. */
export function articleFiles(): string[] {
  return [
    ...readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt')).map((f) => join(ROOT, 'input', f)),
    ...readdirSync(join(ROOT, 'tests/golden'), { withFileTypes: true })
      .filter((d) => d.isDirectory())
      .map((d) => join(ROOT, 'tests/golden', d.name, 'input.txt'))
      .filter(existsSync),
  ];
}
