import { getHeapStatistics } from 'node:v8';
import { workerData } from 'piscina';
import type { Article, ArticleInput } from '../types.js';
import type { OutputFormat, PipelineConfig } from '../pipeline/config.js';
import { createPipeline } from '../pipeline/pipeline.js';
import { articleOutput } from '../output/serialize.js';
import type { ArticleOutput } from '../output/article-output.js';
import { nameThisThread, WORKER_THREAD_NAME } from './thread-name.js';

/** What a worker thread is handed: one article and the decoding warnings that came with it. */
export interface ArticleTask {
  input: ArticleInput;
  warnings: string[];
}

nameThisThread(WORKER_THREAD_NAME);

// Built once per worker thread from the serializable config, then reused for every article.
const pipeline = createPipeline((workerData as { config: PipelineConfig }).config);

/** The most heap this thread has held after an article (its own V8 isolate, data included). */
let peakHeap = 0;

/** What a worker sends back: the article without its text, which the main thread already has. */
export type ArticleResult = Omit<Article, 'text' | 'sentences'>;

/** Run the whole pipeline on one article inside a worker thread. */
export default function processArticle(task: ArticleTask): ArticleResult {
  // The text goes back from the task and sentences are a working field: neither is copied back.
  const { sentences: _, text: __, ...article } = withWarnings(pipeline.process(task.input), task.warnings);
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  return article;
}

/** Run the whole pipeline on one article and return it as `run` writes it in `format` (`run` asks this). */
export async function processToOutput({ task, format }: { task: ArticleTask; format: OutputFormat }): Promise<ArticleOutput> {
  const output = await articleOutput(format, withWarnings(pipeline.process(task.input), task.warnings));
  peakHeap = Math.max(peakHeap, getHeapStatistics().used_heap_size);
  return output;
}

/** This thread's peak heap in bytes (`npm run bench` asks each worker). */
export function memoryPeak(): number {
  return peakHeap;
}

/** Decoding warnings go first among the article's messages, as the `read` stage's. */
export function withWarnings(article: Article, warnings: readonly string[]): Article {
  if (warnings.length === 0) return article;
  return { ...article, messages: [...warnings.map((reason) => ({ severity: 'warning' as const, stage: 'read', reason })), ...article.messages] };
}
