import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { cli, ROOT, tempDir } from './helpers/cli.js';
import { HAVE_CHROMIUM, IN_CI, launchChromium, openFile, type PageRecord } from './helpers/browser.js';
import { indexPage, type IndexRow } from '../src/html/index-page.js';

/*
 * The batch index (`view` over a folder of outputs and errors.jsonl) and the diff page
 * (`diff --html`), in headless Chromium: sorting, filtering, paging, links, and the diff's
 * missing, added and changed items on the text.
 */

const ARTICLES = 250;
/** A made-up output: the counts vary with i so that sorting and filtering have something to do. */
function fakeArticle(i: number) {
  const id = `a-${String(i).padStart(3, '0')}`;
  const text = 'Word one two three four five.';
  const date = { text: 'Word', start: 0, end: 4, type: 'DATE', value: '2019', grain: 'year' };
  return {
    id, source: `${id}.txt`, text, documentDate: null, dateline: null,
    dates: Array.from({ length: (i * 7) % 11 }, () => date),
    people: [], organizations: [], places: [], money: [], events: [],
    messages: i % 10 === 3 ? [{ severity: 'error', stage: 'dates', reason: `made-up failure ${i}` }] : [],
  };
}

const cellTexts = (page: Page, column: number) => page.$$eval(`#rows tr td:nth-child(${column})`, (cells) => cells.map((c) => c.textContent ?? ''));

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('the batch index and the diff page in headless Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let out: string;
  let index: PageRecord;

  beforeAll(async () => {
    browser = await launchChromium();
    const dir = tempDir('index-');
    for (let i = 0; i < ARTICLES; i++) writeFileSync(join(dir, `a-${String(i).padStart(3, '0')}.json`), JSON.stringify(fakeArticle(i)));
    const errors = [
      { file: 'in/broken.txt', line: null, id: 'broken', stage: 'read', reason: 'the file is empty' },
      { file: 'in/dump.jsonl', line: 7, id: null, stage: 'read', reason: 'malformed JSON <b>here</b>' },
    ];
    writeFileSync(join(dir, 'errors.jsonl'), errors.map((e) => JSON.stringify(e) + '\n').join(''));
    out = join(dir, 'pages');
    const view = cli(['view', dir, '--out', out]);
    expect(view.status, view.stderr).toBe(0);
    index = await openFile(browser, join(out, 'index.html'));
  }, 120_000);
  afterAll(async () => browser?.close());

  it('shows the first 100 rows, links each to its page, and lists errors.jsonl', async () => {
    const { page } = index;
    expect(await page.$$eval('#rows tr', (r) => r.length)).toBe(100);
    // 250 outputs and the failed article "broken", which has no page.
    expect(await page.$eval('#status', (s) => s.textContent)).toContain('1–100 of 251');
    const href = await page.$eval('#rows tr a', (a) => a.getAttribute('href')!);
    expect(existsSync(join(out, decodeURIComponent(href)))).toBe(true);
    expect(await page.$$eval('#errors tbody tr', (r) => r.length)).toBe(2);
    expect(await page.$eval('#errors', (e) => e.textContent)).toContain('malformed JSON <b>here</b>');
    expect(index.errors).toEqual([]);
    expect(index.requests).toEqual([pathToFileURL(join(out, 'index.html')).href]);
  });

  it('sorts by a column, both ways, and pages through', async () => {
    const { page } = index;
    const datesColumn = 2;
    await page.click('th[data-column="2"] button');
    const down = (await cellTexts(page, datesColumn)).map(Number);
    expect(down[0]).toBe(10);
    expect(down).toEqual([...down].sort((a, b) => b - a));
    expect(await page.$eval('th[data-column="2"]', (th) => th.getAttribute('aria-sort'))).toBe('descending');
    await page.click('th[data-column="2"] button');
    const up = (await cellTexts(page, datesColumn)).map(Number);
    expect(up[0]).toBe(0);
    expect(up).toEqual([...up].sort((a, b) => a - b));
    await page.click('#next');
    expect(await page.$eval('#status', (s) => s.textContent)).toContain('101–200 of 251');
  });

  it('filters by id and by errors', async () => {
    const { page } = index;
    await page.type('#filter', 'a-01');
    const ids = await cellTexts(page, 1);
    expect(ids.length).toBe(10);
    expect(ids.every((id) => id.startsWith('a-01'))).toBe(true);
    await page.click('#filter', { count: 3 });
    await page.keyboard.press('Backspace');
    await page.click('#errors-only');
    const failing = Array.from({ length: ARTICLES }, (_, i) => i).filter((i) => i % 10 === 3).length + 1; // + "broken"
    expect(await page.$eval('#status', (s) => s.textContent)).toContain(`of ${failing} (filtered from 251)`);
    expect(await page.$$eval('#rows tr', (rows) => rows.every((r) => r.classList.contains('failed')))).toBe(true);
  });

  it('renders an index of 10,000 articles', async () => {
    const rows: IndexRow[] = Array.from({ length: 10_000 }, (_, i) => ({
      id: `article-${i}`, page: `article-${i}.html`, errors: i % 97 === 0 ? 1 : 0, warnings: 0,
      counts: { dates: i % 13, people: i % 7, places: i % 5, organizations: i % 3, money: i % 2, events: i % 11 },
    }));
    const file = join(tempDir('index-10k-'), 'index.html');
    writeFileSync(file, indexPage(rows, []));
    const big = await openFile(browser, file);
    expect(await big.page.$eval('#status', (s) => s.textContent)).toContain('of 10000');
    const loaded = await big.page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).loadEventEnd);
    console.log(`index of 10,000 articles: load event at ${loaded.toFixed(0)} ms`);
    await big.page.click('th[data-column="3"] button');
    expect((await cellTexts(big.page, 3))[0]).toBe('6');
    expect(big.errors).toEqual([]);
  });

  it('diff --html marks missing, added and changed items on the text', async () => {
    const dir = tempDir('diff-');
    const golden = JSON.parse(readFileSync(join(ROOT, 'tests/golden/russia-kyrgyzstan-2019-07-11/expected.json'), 'utf8'));
    const actual = structuredClone(golden);
    actual.dates.splice(1, 1); // one missing
    actual.dates[0].value = '1999'; // one changed
    const person = actual.people.pop(); // missing, once per mention
    const org = actual.organizations[0].mentions[0];
    actual.money.push({ text: org.text, start: org.start, end: org.end, amount: 5, currency: 'USD', qualifier: null }); // one added
    writeFileSync(join(dir, 'russia-kyrgyzstan-2019-07-11.json'), JSON.stringify(actual));
    const pages = join(dir, 'pages');
    const diff = cli(['diff', join(dir, 'russia-kyrgyzstan-2019-07-11.json'), join(ROOT, 'tests/golden/russia-kyrgyzstan-2019-07-11/expected.json'), '--html', pages]);
    expect(diff.status).toBe(1);
    const opened = await openFile(browser, join(pages, 'russia-kyrgyzstan-2019-07-11.html'));
    const count = (cls: string) => opened.page.$$eval(`.text mark.${cls}:not(.cont)`, (m) => m.length);
    expect(await count('missing')).toBe(1 + person.mentions.length);
    expect(await count('added')).toBe(1);
    expect(await count('changed')).toBe(1);
    await opened.page.hover('.text mark.changed');
    expect(await opened.page.$eval('#tip', (t) => t.textContent)).toContain('value: "2019-07-11" → "1999"');
    const dates = await opened.page.$$eval('#scores tbody tr', (rows) => rows.map((r) => r.textContent ?? '').find((t) => t.startsWith('dates')));
    // Of the golden's n dates, one is missing and one changed: n - 2 right of n - 1 found, of n.
    const n = golden.dates.length;
    expect(dates).toContain(`${((n - 2) / (n - 1)).toFixed(2)}${((n - 2) / n).toFixed(2)}`);
    expect(opened.errors).toEqual([]);
  });
});
