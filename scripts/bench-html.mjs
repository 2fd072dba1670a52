#!/usr/bin/env node
// Speed of the HTML view (npm run bench:html): how long an index of 10,000 articles takes to
// render in headless Chromium, and what `--format html` adds to a `run` — json and html runs of
// the same batch in alternating turns, so that other load on the machine weighs on both alike.
// Needs Debian's chromium (/usr/bin/chromium) and a built dist/. Prints figures; asserts nothing.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL, fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { indexPage } from '../dist/html/index-page.js';
import { articlePage } from '../dist/html/article-page.js';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const TURNS = Number(process.env.BENCH_TURNS ?? 3);
const ARTICLES = Number(process.env.BENCH_ARTICLES ?? 200);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const dir = mkdtempSync(join(tmpdir(), 'bench-html-'));

// 1. The index of 10,000 articles, loaded from file:// TURNS times in a fresh tab.
const rows = Array.from({ length: 10_000 }, (_, i) => ({
  id: `article-${i}`, page: `article-${i}.html`, errors: i % 97 === 0 ? 1 : 0, warnings: 0,
  counts: { dates: i % 13, people: i % 7, places: i % 5, organizations: i % 3, money: i % 2, events: i % 11 },
}));
const index = join(dir, 'index.html');
writeFileSync(index, indexPage(rows, []));
const browser = await puppeteer.launch({
  executablePath: '/usr/bin/chromium', headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-profile-'))}`],
});
const loads = [];
const sorts = [];
for (let t = 0; t < TURNS + 1; t++) {
  const page = await browser.newPage();
  const started = performance.now();
  await page.goto(pathToFileURL(index).href, { waitUntil: 'load' });
  await page.waitForSelector('#rows tr');
  const loaded = performance.now() - started;
  const sortStarted = performance.now();
  await page.click('th[data-column="2"] button');
  await page.waitForFunction(() => document.querySelector('#rows tr td:nth-child(2)')?.textContent === '12');
  if (t > 0) loads.push(loaded), sorts.push(performance.now() - sortStarted); // the first tab warms the browser up
  await page.close();
}
await browser.close();
console.log(`index of 10,000 articles (${(readFileSync(index).length / 1e6).toFixed(1)} MB): loaded and first page shown in ${loads.map((x) => x.toFixed(0)).join(', ')} ms (median ${median(loads).toFixed(0)}); a sort ${median(sorts).toFixed(0)} ms`);

// 2. `run` with --format json and --format html, in alternating turns, on ARTICLES corpus articles.
const corpus = readFileSync(join(ROOT, '../shared/corpora/meantime/dev.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
const batch = join(dir, 'batch.jsonl');
writeFileSync(batch, Array.from({ length: ARTICLES }, (_, i) => { const d = corpus[i % corpus.length]; return JSON.stringify({ id: `${d.id}-${i}`, text: d.text, date: d.dct }) + '\n'; }).join(''));
const times = { json: [], html: [] };
for (let t = 0; t < TURNS; t++)
  for (const format of ['json', 'html']) {
    const started = performance.now();
    const run = spawnSync(process.execPath, [join(ROOT, 'dist/cli/main.js'), 'run', batch, '--out', join(dir, format), '--format', format, '--force'], { encoding: 'utf8' });
    if (run.status !== 0) throw new Error(run.stderr);
    times[format].push((performance.now() - started) / 1000);
  }
const [json, html] = [median(times.json), median(times.html)];
console.log(`run of ${ARTICLES} articles: json ${times.json.map((x) => x.toFixed(1)).join(', ')} s, html ${times.html.map((x) => x.toFixed(1)).join(', ')} s; medians ${json.toFixed(1)} → ${html.toFixed(1)} s (${((html / json - 1) * 100).toFixed(1)}%)`);

// 3. Rendering alone: every article page of the batch, from the JSON the run wrote, on this thread.
const articles = readFileSync(batch, 'utf8').trim().split('\n').map((l) => JSON.parse(readFileSync(join(dir, 'json', `${JSON.parse(l).id}.json`), 'utf8')));
for (const a of articles.slice(0, 50)) articlePage(a);
const started = performance.now();
for (const a of articles) articlePage(a);
const perPage = (performance.now() - started) / articles.length;
console.log(`rendering a page: ${perPage.toFixed(1)} ms an article (main thread; a run's pipeline takes ${((json * 1000) / ARTICLES).toFixed(0)} ms an article end to end)`);
