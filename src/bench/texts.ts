import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** A text to time, with its document date when the corpus gives one. */
export interface BenchText {
  text: string;
  date: string | null;
}

/**
 * The texts both benches time: every document of the annotated corpora (`../shared/corpora`,
 * files in name order) when present, else the shipped article and the golden cases' inputs.
 */
export function benchTexts(root: string): { origin: string; texts: BenchText[] } {
  const corpora = join(root, '../shared/corpora');
  const texts: BenchText[] = [];
  if (existsSync(corpora)) {
    for (const dir of readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const file of readdirSync(join(corpora, dir.name)).filter((f) => f.endsWith('.jsonl')).sort())
        for (const line of readFileSync(join(corpora, dir.name, file), 'utf8').split('\n').filter(Boolean)) {
          const doc = JSON.parse(line) as { text: string; dct?: string | null };
          texts.push({ text: doc.text, date: doc.dct ?? null });
        }
    return { origin: '../shared/corpora', texts };
  }
  const files = [
    ...readdirSync(join(root, 'input')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'input', f)),
    ...readdirSync(join(root, 'tests/golden')).map((d) => join(root, 'tests/golden', d, 'input.txt')).filter(existsSync),
  ];
  for (const f of files) texts.push({ text: readFileSync(f, 'utf8'), date: null });
  return { origin: 'input/ and tests/golden/', texts };
}
