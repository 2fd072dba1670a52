import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../types.js';
import type { ArticleWriter } from '../output/writers.js';
import type { ErrorRecord } from '../batch.js';
import { writeFileAtomic } from '../io/atomic.js';
import type { IndexRow } from './index-page.js';

/** The file name of an article's page. */
export const pageName = (id: string): string => `${id}.html`;

/**
 * `html`: the data as `json` writes it (DIR/<id>.json), and beside it DIR/<id>.html for every
 * article and DIR/index.html for the batch. Each page is written atomically when its article is
 * done; the index at the end, with the rows of articles a resumed run skipped read back from
 * their JSON.
 */
export function htmlWriter(data: ArticleWriter, dir: string): ArticleWriter {
  const pageOf = (id: string) => join(dir, pageName(id));
  const rows = new Map<string, IndexRow>();
  const index = join(dir, 'index.html');
  // The data writer's list (filled by its finish), then the pages and the index.
  const files = data.files;
  return {
    format: 'html',
    files,
    has: (id) => data.has(id) && existsSync(pageOf(id)),
    prepare: (fresh) => data.prepare(fresh),
    // The texts `outputTexts` makes for html: the JSON, the page and the index row.
    async add(id, [json, page, row]) {
      await data.add(id, [json!]);
      await writeFileAtomic(pageOf(id), page!);
      rows.set(id, JSON.parse(row!) as IndexRow);
    },
    async finish(ids: readonly string[], errors: readonly ErrorRecord[] = []) {
      await data.finish(ids, errors);
      // The index code loads at the end, so that runs in other formats do not pay for it.
      const { indexPage, indexRowOf } = await import('./index-page.js');
      const ordered: IndexRow[] = [];
      for (const id of ids) {
        let row = rows.get(id);
        if (!row) {
          const article = JSON.parse(await readFile(join(dir, `${id}.json`), 'utf8')) as Article;
          row = indexRowOf(article, pageName(id));
        }
        ordered.push(row);
      }
      await writeFileAtomic(index, indexPage(ordered, errors));
      files.push(...ids.map(pageOf), index);
    },
    close: () => data.close(),
  };
}
