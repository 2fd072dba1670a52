import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, ROOT, tempDir } from './helpers/cli.js';

/* `news-extract view` as a user runs it: pages from outputs already written, bad inputs listed, none lost. */

describe('news-extract view', () => {
  it('makes a page per article from JSON, JSON Lines and golden cases, and lists what it cannot show', () => {
    const dir = tempDir('view-');
    const article = (id: string) => ({ id, source: `${id}.txt`, text: `Text of ${id}.`, documentDate: null, dateline: null, dates: [], messages: [] });
    writeFileSync(join(dir, 'one.json'), JSON.stringify(article('one')));
    writeFileSync(join(dir, 'articles.jsonl'), [article('two'), article('three')].map((a) => JSON.stringify(a)).join('\n') + '\n{broken\n' + JSON.stringify({ id: 'no-text' }) + '\n');
    writeFileSync(join(dir, 'bad.json'), '{"id": ');
    writeFileSync(join(dir, 'errors.jsonl'), JSON.stringify({ file: 'x.txt', line: null, id: 'x', stage: 'read', reason: 'the file is empty' }) + '\n');
    const out = join(dir, 'pages');
    const view = cli(['view', dir, join(ROOT, 'tests/golden'), '--out', out]);
    expect(view.status).toBe(1);
    for (const id of ['one', 'two', 'three', 'russia-kyrgyzstan-2019-07-11', 'paris-texas-2024-06-13']) expect(existsSync(join(out, `${id}.html`)), id).toBe(true);
    expect(view.stderr).toContain('articles.jsonl:3: not JSON');
    expect(view.stderr).toContain('articles.jsonl:4: not an article: no string "text"');
    expect(view.stderr).toContain('bad.json: not JSON');
    expect(view.stderr).toMatch(/pages: 6 written, 3 inputs not shown/);
    const index = readFileSync(join(out, 'index.html'), 'utf8');
    // The errors section lists errors.jsonl and the inputs not shown, escaped.
    for (const reason of ['the file is empty', 'not an article: no string &quot;text&quot;', 'not JSON: Unexpected end of JSON input']) expect(index, reason).toContain(reason);
  });

  it('says what is wrong with a path that does not exist, and exits 1', () => {
    const out = join(tempDir('view-'), 'pages');
    const view = cli(['view', '/no/such/output.json', '--out', out]);
    expect(view.status).toBe(1);
    expect(view.stderr).toContain('/no/such/output.json: ENOENT');
    expect(existsSync(join(out, 'index.html'))).toBe(true);
  });
});
