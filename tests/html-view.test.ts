import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type { Browser } from 'puppeteer-core';
import { cli, ROOT, tempDir } from './helpers/cli.js';
import { HAVE_CHROMIUM, IN_CI, launchChromium, MISSING_CHROMIUM, openFile, type PageRecord } from './helpers/browser.js';

/*
 * The pages of `run --format html`, opened from file:// in a real headless Chromium (Debian's,
 * driven by puppeteer-core): highlights against the JSON, values on hover and focus, the
 * timeline's order, the legend, the map, and what the page loads and runs.
 */

if (!HAVE_CHROMIUM && !IN_CI) console.warn(`skipping the HTML view tests: ${MISSING_CHROMIUM}`);

const SHIPPED = 'russia-kyrgyzstan-2019-07-11';
/** The screenshot the test run leaves of the shipped article's page. */
export const SCREENSHOT = join(ROOT, 'test-output', `${SHIPPED}.png`);

type Json = Record<string, any>;
const KINDS = ['dates', 'people', 'places', 'organizations', 'money', 'events'] as const;

/** Highlights a page should have per kind: one per date, amount and event; one per mention of a named item. */
const expectedHighlights = (a: Json): Record<string, number> =>
  Object.fromEntries(KINDS.map((k) => [k, (a[k] as Json[]).reduce((n, item) => n + (Array.isArray(item.mentions) ? item.mentions.length : 1), 0)]));

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('article pages in headless Chromium', { timeout: 120_000 }, () => {
  let browser: Browser;
  let out: string;
  let article: Json;
  let shipped: PageRecord;

  beforeAll(async () => {
    browser = await launchChromium();
    out = tempDir('html-');
    const run = cli(['run', 'input', '--out', out, '--format', 'html']);
    expect(run.status, run.stderr).toBe(0);
    article = JSON.parse(readFileSync(join(out, `${SHIPPED}.json`), 'utf8'));
    shipped = await openFile(browser, join(out, `${SHIPPED}.html`));
  }, 120_000);
  afterAll(async () => browser?.close());

  it('writes the page and a screenshot of it, with no console error, no CSP refusal and no request beyond the file', async () => {
    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    // With a value showing: the first event trigger, focused.
    await shipped.page.focus('.text mark.events');
    await shipped.page.screenshot({ path: SCREENSHOT });
    await shipped.page.evaluate(() => (document.activeElement as HTMLElement).blur());
    expect(shipped.errors).toEqual([]);
    expect(shipped.requests).toEqual([pathToFileURL(join(out, `${SHIPPED}.html`)).href]);
  });

  it('has as many highlights of each kind as the JSON has items, each over its own text', async () => {
    const counts = await shipped.page.$$eval('.text mark.hl:not(.cont)', (marks) =>
      marks.reduce<Record<string, number>>((c, m) => ((c[(m as HTMLElement).dataset.kind!] = (c[(m as HTMLElement).dataset.kind!] ?? 0) + 1), c), {}),
    );
    const expected = expectedHighlights(article);
    for (const kind of KINDS) expect(counts[kind] ?? 0, kind).toBe(expected[kind]);
    const dateTexts = await shipped.page.$$eval('.text mark.dates', (marks) => marks.map((m) => m.textContent));
    expect(dateTexts.sort()).toEqual((article.dates as Json[]).map((d) => d.text).sort());
    const allText = await shipped.page.$eval('.text', (el) => el.textContent);
    expect(allText).toBe(article.text);
  });

  it('shows the normalized value on hover and on keyboard focus', async () => {
    const { page } = shipped;
    const date = (article.dates as Json[])[0]!;
    await page.hover(`.text mark.dates[data-item="0"]`);
    const onHover = await page.$eval('#tip', (t) => [(t as HTMLElement).hidden, t.textContent]);
    expect(onHover[0]).toBe(false);
    expect(onHover[1]).toContain(`${date.value}, grain ${date.grain}`);

    // Tab from the legend's last toggle: the first highlight of the text takes the focus and shows its value.
    await page.focus('input[data-toggle="events"]');
    await page.keyboard.press('Tab');
    const focused = await page.evaluate(() => ({ tag: document.activeElement?.tagName, tip: document.getElementById('tip')!.textContent, own: (document.activeElement as HTMLElement).dataset.tip }));
    expect(focused.tag).toBe('MARK');
    expect(focused.tip).toContain(focused.own);

    const place = (article.places as Json[]).find((p) => p.geonamesId !== null)!;
    const index = (article.places as Json[]).indexOf(place);
    await page.focus(`.text mark.places[data-item="${index}"]`);
    const placeTip = await page.$eval('#tip', (t) => t.textContent);
    expect(placeTip).toContain(`GeoNames ${place.geonamesId}`);
    expect(placeTip).toContain(place.countryCode);
    expect(placeTip).toContain(place.lat.toFixed(4));

    const person = (article.people as Json[]).find((p) => p.role)!;
    await page.hover(`.text mark.people[data-item="${(article.people as Json[]).indexOf(person)}"]`);
    expect(await page.$eval('#tip', (t) => t.textContent)).toContain(`${person.name}, ${person.role}`);

    const money = (article.money as Json[])[0]!;
    await page.hover(`.text mark.money[data-item="0"]`);
    expect(await page.$eval('#tip', (t) => t.textContent)).toContain(money.currency);
  });

  it('orders the timeline by date, undated events last, every event once', async () => {
    const rows = await shipped.page.$$eval('.timeline li.event', (items) => items.map((li) => Number((li as HTMLElement).dataset.event)));
    const events = article.events as Json[];
    expect([...rows].sort((a, b) => a - b)).toEqual(events.map((_, i) => i));
    const dates = rows.map((i) => events[i]!.date as string | null);
    const firstUndated = dates.indexOf(null);
    const dated = (firstUndated < 0 ? dates : dates.slice(0, firstUndated)) as string[];
    if (firstUndated >= 0) expect(dates.slice(firstUndated).every((d) => d === null)).toBe(true);
    const starts = dated.map((d) => d.split('/')[0]!);
    expect(starts).toEqual([...starts].sort());
    // Each links to an element at its sentence.
    const targets = await shipped.page.$$eval('.timeline a', (links) => links.map((a) => document.getElementById(a.getAttribute('href')!.slice(1)) !== null));
    expect(targets.every(Boolean)).toBe(true);
  });

  it('hides a kind when its legend box is unticked', async () => {
    const { page } = shipped;
    const background = () => page.$eval('.text mark.dates', (m) => getComputedStyle(m).backgroundColor);
    const before = await background();
    await page.click('input[data-toggle="dates"]');
    expect(await background()).toBe('rgba(0, 0, 0, 0)');
    await page.click('input[data-toggle="dates"]');
    expect(await background()).toBe(before);
  });

  it('draws every grounded place on the map, and a table per kind', async () => {
    const grounded = (article.places as Json[]).filter((p) => p.lat !== null).length;
    expect(await shipped.page.$$eval('svg.map .dot', (d) => d.length)).toBe(grounded);
    expect(await shipped.page.$$eval('svg.map path.land', (d) => d.length)).toBeGreaterThan(0);
    for (const kind of KINDS)
      expect(await shipped.page.$$eval(`table.items.${kind} tbody tr`, (r) => r.length), kind).toBe(Math.max(1, (article[kind] as Json[]).length));
  });

  it('passes WCAG AA contrast (4.5:1) for the text of every kind', async () => {
    const colours = await shipped.page.$$eval('.legend .swatch', (swatches) =>
      swatches.map((s) => [s.className, getComputedStyle(s).color, getComputedStyle(s).backgroundColor]),
    );
    const luminance = (css: string) => {
      const [r, g, b] = css.match(/\d+/g)!.slice(0, 3).map((v) => Number(v) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    expect(colours.length).toBe(KINDS.length);
    for (const [name, fg, bg] of colours) {
      const [a, b] = [luminance(fg!), luminance(bg!)].sort((x, y) => y - x);
      expect((a! + 0.05) / (b! + 0.05), name).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('writes the same bytes on a second run, and a resumed run keeps the index whole', () => {
    const again = tempDir('html-');
    expect(cli(['run', 'input', '--out', again, '--format', 'html']).status).toBe(0);
    for (const name of [`${SHIPPED}.html`, 'index.html']) expect(readFileSync(join(again, name), 'utf8'), name).toBe(readFileSync(join(out, name), 'utf8'));
    const resumed = cli(['run', 'input', '--out', again, '--format', 'html']);
    expect(resumed.stderr).toContain('0 processed, 1 already done');
    expect(readFileSync(join(again, 'index.html'), 'utf8')).toBe(readFileSync(join(out, 'index.html'), 'utf8'));
  });
});

describe.skipIf(!HAVE_CHROMIUM && !IN_CI)('a hostile article', { timeout: 120_000 }, () => {
  let browser: Browser;
  beforeAll(async () => (browser = await launchChromium()));
  afterAll(async () => browser?.close());

  const INJECTED = [
    '<script>window.pwned = "script"</script>',
    '<img src="http://127.0.0.1:9/x.png" onerror="window.pwned = \'img\'">',
    '<iframe src="http://127.0.0.1:9/"></iframe>',
    '<link rel="stylesheet" href="http://127.0.0.1:9/x.css">',
    '"><svg onload="window.pwned = \'svg\'">',
  ];

  it('shows markup from its text and values as text, runs none of it and loads nothing', async () => {
    const dir = tempDir('hostile-');
    const text = `Putin meets Jeenbekov ${INJECTED[0]}\n\nMOSCOW, July 11, 2019 - Russian President Vladimir Putin met ${INJECTED[1]} officials in Moscow on Thursday. ${INJECTED[2]} ${INJECTED[3]} The deal is worth $5 million. ${INJECTED[4]}\n`;
    writeFileSync(join(dir, 'hostile.txt'), text);
    const out = join(dir, 'out');
    expect(cli(['run', join(dir, 'hostile.txt'), '--out', out, '--format', 'html']).status).toBe(0);
    // Values too: the same article with hostile names and roles, shown by `view`.
    const json = JSON.parse(readFileSync(join(out, 'hostile.json'), 'utf8'));
    json.id = 'hostile-values';
    for (const p of json.people) (p.name = `${p.name}${INJECTED[4]}`), (p.role = INJECTED[1]);
    for (const p of json.places) p.name = `${p.name}${INJECTED[0]}`;
    json.messages.push({ severity: 'warning', stage: 'read', reason: INJECTED[0] });
    writeFileSync(join(dir, 'hostile-values.json'), JSON.stringify(json));
    expect(cli(['view', join(dir, 'hostile-values.json'), '--out', out]).status).toBe(0);

    for (const name of ['hostile', 'hostile-values']) {
      const file = join(out, `${name}.html`);
      const opened = await openFile(browser, file);
      const { page } = opened;
      for (const mark of await page.$$('.text mark.hl')) await mark.hover();
      await page.hover('svg.map .dot').catch(() => undefined);
      const state = await page.evaluate(() => ({
        pwned: (window as unknown as { pwned?: string }).pwned ?? null,
        scripts: document.scripts.length,
        injected: document.querySelectorAll('main img, main iframe, main link, main svg:not(.map), main script').length,
        text: document.querySelector('.text')!.textContent,
        body: document.body.textContent,
      }));
      expect(state.pwned, name).toBeNull();
      expect(state.scripts, name).toBe(1);
      expect(state.injected, name).toBe(0);
      expect(state.text, name).toBe(text);
      if (name === 'hostile-values') expect(state.body).toContain(INJECTED[4]);
      expect(opened.requests, name).toEqual([pathToFileURL(file).href]);
      expect(opened.errors, name).toEqual([]);
      await page.close();
    }
  });
});
