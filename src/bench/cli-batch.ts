import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** One line of the generated batch, as `run` reads a `.jsonl` input. */
interface BatchLine {
  id: string;
  text: string;
  date: string | null;
}

const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** The paragraphs of the annotated corpora (with their document's date) when present, else of the shipped articles. */
function paragraphs(root: string): { origin: string; paragraphs: Array<{ text: string; date: string | null }> } {
  const corpora = join(root, '../shared/corpora');
  const docs: Array<{ text: string; date: string | null }> = [];
  let origin: string;
  if (existsSync(corpora)) {
    origin = '../shared/corpora';
    for (const dir of readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const file of readdirSync(join(corpora, dir.name)).filter((f) => f.endsWith('.jsonl')).sort())
        for (const line of readFileSync(join(corpora, dir.name, file), 'utf8').split('\n').filter(Boolean)) {
          const doc = JSON.parse(line) as { text: string; dct?: string | null };
          docs.push({ text: doc.text, date: doc.dct ?? null });
        }
  } else {
    origin = 'input/ and tests/golden/';
    const files = [
      ...readdirSync(join(root, 'input')).filter((f) => f.endsWith('.txt')).map((f) => join(root, 'input', f)),
      ...readdirSync(join(root, 'tests/golden')).map((d) => join(root, 'tests/golden', d, 'input.txt')).filter(existsSync),
    ];
    for (const f of files) docs.push({ text: readFileSync(f, 'utf8'), date: null });
  }
  const out = docs.flatMap((d) => d.text.split(/\n+/).map((p) => p.trim()).filter((p) => wordCount(p) > 0).map((text) => ({ text, date: d.date })));
  return { origin, paragraphs: out };
}

/**
 * Write a batch of `count` articles of 300–600 words to `file` as JSON Lines: consecutive
 * paragraphs of the corpora, each article starting where the last one ended (wrapping round), its
 * length drawn evenly from 300 to 600 words by a fixed sequence, so every run times the same batch.
 */
export function writeBenchBatch(root: string, file: string, count: number): { origin: string; words: number; bytes: number } {
  const { origin, paragraphs: paras } = paragraphs(root);
  const lines: string[] = [];
  let cursor = 0;
  let words = 0;
  for (let i = 0; i < count; i++) {
    const target = 300 + ((i * 7919) % 301);
    const taken: string[] = [];
    let n = 0;
    const date = paras[cursor % paras.length]!.date;
    while (n < target) {
      const p = paras[cursor++ % paras.length]!;
      const w = wordCount(p.text);
      // A paragraph that would carry the article past 600 words is cut at the target.
      const text = n + w > 600 ? p.text.split(/\s+/).slice(0, target - n).join(' ') : p.text;
      taken.push(text);
      n += wordCount(text);
    }
    words += n;
    const line: BatchLine = { id: `bench-${String(i).padStart(6, '0')}`, text: taken.join('\n\n') + '\n', date };
    lines.push(JSON.stringify(line));
  }
  const body = lines.join('\n') + '\n';
  writeFileSync(file, body);
  return { origin, words, bytes: Buffer.byteLength(body) };
}
