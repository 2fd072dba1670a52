import type { Article } from '../types.js';
import type { ErrorRecord } from '../batch.js';
import { htmlDocument } from './document.js';
import { escapeHtml, fileHref, jsonForScript } from './escape.js';
import { HIGHLIGHT_KINDS } from './kinds.js';
import { INDEX_SCRIPT } from './scripts.js';
import { INDEX_STYLE } from './styles.js';

/** What the index knows of one article: its page, and how many items of each kind, errors and warnings it has. */
export interface IndexRow {
  id: string;
  /** The article's page, or null when it has none (an article that failed before any output). */
  page: string | null;
  counts: Record<(typeof HIGHLIGHT_KINDS)[number], number>;
  errors: number;
  warnings: number;
}

/** The index row of an article: items per kind as in the JSON (people, not mentions). */
export function indexRowOf(article: Pick<Article, 'id' | 'messages'> & Partial<Article>, page: string | null): IndexRow {
  const counts = Object.fromEntries(HIGHLIGHT_KINDS.map((k) => [k, article[k]?.length ?? 0])) as IndexRow['counts'];
  const messages = article.messages ?? [];
  return { id: article.id, page, counts, errors: messages.filter((m) => m.severity === 'error').length, warnings: messages.filter((m) => m.severity === 'warning').length };
}

const COLUMNS = ['article', 'page', ...HIGHLIGHT_KINDS, 'errors', 'warnings'];

function errorsSection(errors: readonly ErrorRecord[]): string {
  if (errors.length === 0) return '<section id="errors"><h2>Errors</h2><p>No errors.</p></section>';
  const rows = errors.map(
    (e) => `<tr><td>${escapeHtml(e.file)}</td><td>${e.line ?? ''}</td><td>${escapeHtml(e.id ?? '')}</td><td>${escapeHtml(e.stage)}</td><td>${escapeHtml(e.reason)}</td></tr>`,
  );
  return `<section id="errors"><h2>Errors (${errors.length})</h2><table><thead><tr><th scope="col">file</th><th scope="col">line</th><th scope="col">article</th><th scope="col">stage</th><th scope="col">reason</th></tr></thead><tbody>${rows.join('')}</tbody></table></section>`;
}

/**
 * The batch index: one row per article (counts per kind, errors and warnings) with a link to its
 * page, sortable by any column and filterable by id, shown 100 rows a page so that a batch of
 * 10,000 stays quick; then every error of the batch (`errors.jsonl`). Rows go in as a JSON data
 * block, which runs nothing; the script puts them in the table as text.
 */
export function indexPage(rows: readonly IndexRow[], errors: readonly ErrorRecord[], title = 'news-extract batch'): string {
  // Errors of articles that never got a page still belong to their row, or make one.
  const failed = new Map<string, number>();
  for (const e of errors) if (e.id !== null) failed.set(e.id, (failed.get(e.id) ?? 0) + 1);
  const known = new Set(rows.map((r) => r.id));
  const data = rows.map((r) => [r.id, r.page === null ? null : fileHref(r.page), ...HIGHLIGHT_KINDS.map((k) => r.counts[k]), Math.max(r.errors, failed.get(r.id) ?? 0), r.warnings]);
  for (const [id, n] of failed) if (!known.has(id)) data.push([id, null, ...HIGHLIGHT_KINDS.map(() => 0), n, 0]);
  const headers = COLUMNS.map((name, i) => (name === 'page' ? '' : `<th scope="col" data-column="${i}"><button type="button">${name}</button></th>`)).join('');
  const body = [
    `<header><h1>${escapeHtml(title)}</h1><p class="meta">${data.length} articles, ${errors.length} errors</p></header>`,
    '<main>',
    '<div class="controls" role="search">',
    '<label>Filter by id <input id="filter" type="search" autocomplete="off"></label>',
    '<label><input id="errors-only" type="checkbox"> only articles with errors</label>',
    '<button id="previous" type="button">previous page</button><button id="next" type="button">next page</button>',
    '</div>',
    '<p id="status" role="status" aria-live="polite"></p>',
    `<table id="articles"><thead><tr>${headers}</tr></thead><tbody id="rows"></tbody></table>`,
    errorsSection(errors),
    '</main>',
    `<script type="application/json" id="rows-data">${jsonForScript(data)}</script>`,
    `<script type="application/json" id="columns-data">${jsonForScript(COLUMNS)}</script>`,
  ].join('\n');
  return htmlDocument({ title, style: INDEX_STYLE, script: INDEX_SCRIPT, body });
}
