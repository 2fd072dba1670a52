import type { Article } from '../types.js';
import type { OutputFormat } from '../pipeline/config.js';
import { toOutput } from '../pipeline/pipeline.js';
import { EVENT_COLUMNS, MENTION_COLUMNS, eventRows, mentionRows, toCsv } from './csv.js';
import { ITEM_KINDS, type ArticleOutput, type ItemKind } from './article-output.js';


/** The bytes of DIR/<id>.json: the same for `run`, the workers and the queue. */
export const articleJson = (article: Article): string => JSON.stringify(toOutput(article), null, 2) + '\n';

/**
 * An article's output in a format, one text per output file, in the writer's `files` order:
 * json, DIR/<id>.json; jsonl, its line of articles.jsonl; csv, its rows of events.csv and of
 * mentions.csv; html, DIR/<id>.json, DIR/<id>.html and its row of index.html (as JSON).
 */
export async function outputTexts(format: OutputFormat, article: Article): Promise<string[]> {
  if (format === 'json') return [articleJson(article)];
  // The page code loads with the first page, so that runs in other formats do not pay for it.
  if (format === 'html') return [articleJson(article), ...(await import('../html/texts.js')).htmlTexts(article)];
  if (format === 'jsonl') return [JSON.stringify(toOutput(article)) + '\n'];
  return [toCsv(EVENT_COLUMNS, eventRows(article), false), toCsv(MENTION_COLUMNS, mentionRows(article), false)];
}

/** The article as `run` writes and counts it in `format` (made on a worker thread). */
export async function articleOutput(format: OutputFormat, article: Article): Promise<ArticleOutput> {
  const items = Object.fromEntries(ITEM_KINDS.map((kind) => [kind, article[kind]?.length ?? 0])) as Record<ItemKind, number>;
  const failures = article.messages.filter((m) => m.severity === 'error').map((m) => ({ stage: m.stage, reason: m.reason }));
  return { id: article.id, texts: await outputTexts(format, article), items, failures };
}
