import { writeFileSync } from 'node:fs';
import { benchTexts, type BenchText } from './texts.js';

/** One line of the generated batch, as `run` reads a `.jsonl` input. */
export interface BatchLine {
  id: string;
  text: string;
  date: string | null;
}

const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** The paragraphs of the bench's texts, each with its document's date. */
function paragraphs(root: string): { origin: string; paragraphs: BenchText[] } {
  const { origin, texts } = benchTexts(root);
  const out = texts.flatMap((d) => d.text.split(/\n+/).map((p) => p.trim()).filter((p) => wordCount(p) > 0).map((text) => ({ text, date: d.date })));
  return { origin, paragraphs: out };
}

/**
 * A batch of `count` articles of 300–600 words: consecutive paragraphs of the corpora, each
 * article starting where the last one ended (wrapping round), its length drawn evenly from 300 to
 * 600 words by a fixed sequence, so every run times the same batch.
 */
export function benchBatch(root: string, count: number): { origin: string; words: number; articles: BatchLine[] } {
  const { origin, paragraphs: paras } = paragraphs(root);
  const articles: BatchLine[] = [];
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
    articles.push({ id: `bench-${String(i).padStart(6, '0')}`, text: taken.join('\n\n') + '\n', date });
  }
  return { origin, words, articles };
}

/** Write `benchBatch(root, count)` to `file` as JSON Lines, as `run` reads it. */
export function writeBenchBatch(root: string, file: string, count: number): { origin: string; words: number; bytes: number } {
  const { origin, words, articles } = benchBatch(root, count);
  const body = articles.map((line) => JSON.stringify(line)).join('\n') + '\n';
  writeFileSync(file, body);
  return { origin, words, bytes: Buffer.byteLength(body) };
}
