/**
 * `npm run bench`: speed and memory on real articles, printed as figures (never asserted).
 * compromise alone (the floor), the full pipeline on one thread, and on a pool of every core.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import nlp from 'compromise';
import { createPipeline } from '../pipeline/pipeline.js';
import { resolveConfig } from '../pipeline/config.js';
import { stageIds } from '../stages/index.js';
import { createArticlePool, resolveWorkers } from '../parallel/pool.js';
import type { ArticleInput } from '../types.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const TARGET_BYTES = Number(process.env.BENCH_MB ?? 3) * 1024 * 1024;

/** Texts of the annotated corpora when present, else the shipped and golden articles; repeated to the target size. */
function loadArticles(): { articles: ArticleInput[]; origin: string } {
  const corpora = join(ROOT, '../shared/corpora');
  const texts: Array<{ text: string; date: string | null }> = [];
  let origin: string;
  if (existsSync(corpora)) {
    origin = '../shared/corpora';
    for (const dir of readdirSync(corpora, { withFileTypes: true }).filter((d) => d.isDirectory()))
      for (const file of readdirSync(join(corpora, dir.name)).filter((f) => f.endsWith('.jsonl')))
        for (const line of readFileSync(join(corpora, dir.name, file), 'utf8').split('\n').filter(Boolean)) {
          const doc = JSON.parse(line) as { text: string; dct?: string | null };
          texts.push({ text: doc.text, date: doc.dct ?? null });
        }
  } else {
    origin = 'input/ and tests/golden/';
    for (const f of readdirSync(join(ROOT, 'input')).filter((f) => f.endsWith('.txt'))) texts.push({ text: readFileSync(join(ROOT, 'input', f), 'utf8'), date: null });
  }
  const articles: ArticleInput[] = [];
  let bytes = 0;
  for (let i = 0; bytes < TARGET_BYTES; i++) {
    const t = texts[i % texts.length]!;
    articles.push({ id: `a${i}`, source: 'bench', text: t.text, date: t.date });
    bytes += t.text.length;
  }
  return { articles, origin };
}

const wordsIn = (articles: ArticleInput[]) => articles.reduce((n, a) => n + (a.text.match(/\S+/g)?.length ?? 0), 0);

interface Figure {
  label: string;
  seconds: number;
}

/** Articles each pool worker runs before its timing starts. */
const WARM_UP_ARTICLES = 30;

function time(fn: () => void): number {
  const t = performance.now();
  fn();
  return (performance.now() - t) / 1000;
}

/**
 * Compromise alone and the whole pipeline, timed article by article in turns (which goes first
 * alternates): on a machine shared with other work, a load that comes and goes then weighs on both
 * alike, and their ratio stays meaningful.
 */
function interleaved(articles: readonly ArticleInput[], pipeline: ReturnType<typeof createPipeline>): [number, number] {
  let compromise = 0;
  let full = 0;
  articles.forEach((a, i) => {
    const runs: Array<() => void> = [() => (compromise += time(() => nlp(a.text))), () => (full += time(() => pipeline.process(a)))];
    if (i % 2 === 1) runs.reverse();
    runs.forEach((run) => run());
  });
  return [compromise, full];
}

async function main(): Promise<void> {
  const { articles, origin } = loadArticles();
  const words = wordsIn(articles);
  const mb = articles.reduce((n, a) => n + a.text.length, 0) / 1024 / 1024;
  console.log(`news-extract bench: ${articles.length} articles, ${words} words, ${mb.toFixed(1)} MB of text from ${origin}`);

  const config = resolveConfig({}, stageIds);
  const startupStart = performance.now();
  const pipeline = createPipeline(config);
  const gazetteerSeconds = time(() => pipeline.resources.gazetteer());
  const firstSeconds = time(() => pipeline.process(articles[0]!));
  const startup = (performance.now() - startupStart) / 1000;

  nlp(articles[0]!.text); // warm compromise's lexicon before timing it
  const heapBefore = process.memoryUsage().heapUsed;
  const [compromiseSeconds, pipelineSeconds] = interleaved(articles, pipeline);
  const figures: Figure[] = [
    { label: 'compromise alone (nlp per article, 1 thread)', seconds: compromiseSeconds },
    { label: 'full pipeline, 1 thread', seconds: pipelineSeconds },
  ];
  const oneThreadHeap = process.memoryUsage().heapUsed;

  const threads = resolveWorkers('auto');
  const results: Array<{ threads: number; seconds: number; peakRss: number; heaps: number[] }> = [];
  for (const n of [1, threads]) {
    const pool = createArticlePool(config, n);
    // Start-up and the JIT's warm-up outside the timing, as for the 1-thread figures: a few dozen articles a worker.
    await Promise.all(Array.from({ length: n * WARM_UP_ARTICLES }, (_, i) => pool.process({ input: articles[i % articles.length]!, warnings: [] })));
    const baseline = process.memoryUsage().rss;
    let peakRss = baseline;
    const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 50);
    const t = performance.now();
    await Promise.all(articles.map((input) => pool.process({ input, warnings: [] })));
    const seconds = (performance.now() - t) / 1000;
    clearInterval(sampler);
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
    results.push({ threads: n, seconds, peakRss, heaps: await pool.memoryPeaks() });
    await pool.destroy();
  }

  const rate = (s: number) => `${Math.round(words / s).toLocaleString('en-US').padStart(9)} words/s  ${(articles.length / s).toFixed(1).padStart(7)} articles/s`;
  console.log('');
  for (const f of figures) console.log(`${f.label.padEnd(50)} ${rate(f.seconds)}`);
  const megabytes = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MB`;
  for (const r of results)
    console.log(`${`full pipeline, worker pool of ${r.threads}`.padEnd(50)} ${rate(r.seconds)}  peak heap a worker ${megabytes(Math.max(...r.heaps))}; process RSS ${megabytes(r.peakRss)} (main thread included)`);
  const [compromise, pipelineOne] = figures;
  const [poolOne, poolAll] = results;
  console.log('');
  console.log(`pipeline ÷ compromise speed (1 thread):   ${(compromise!.seconds / pipelineOne!.seconds).toFixed(2)}×  (aim ≥ 0.8)`);
  console.log(`${poolAll!.threads} workers ÷ 1 worker speed:              ${(poolOne!.seconds / poolAll!.seconds).toFixed(2)}×  (aim ≥ ${(0.9 * poolAll!.threads).toFixed(1)})`);
  console.log(`start-up: pipeline + first article ${startup.toFixed(2)} s, of which gazetteer load ${gazetteerSeconds.toFixed(2)} s; first article ${firstSeconds.toFixed(2)} s`);
  console.log(`heap growth over the 1-thread run: ${((oneThreadHeap - heapBefore) / 2 ** 20).toFixed(0)} MB; main-thread heap now ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`);
}

await main();
