import type { Article } from '../types.js';
import { articlePage } from './article-page.js';
import { indexRowOf } from './index-page.js';
import { pageName } from './writer.js';

/** An article's page and its row of index.html (as JSON), made on the worker thread beside its JSON. */
export function htmlTexts(article: Article): [page: string, indexRow: string] {
  return [articlePage(article), JSON.stringify(indexRowOf(article, pageName(article.id)))];
}
