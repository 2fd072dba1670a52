import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';

/** Debian's chromium, which .ci/run installs; puppeteer-core downloads no browser of its own. */
export const CHROMIUM = '/usr/bin/chromium';
export const IN_CI = process.env.CI === 'true';
export const HAVE_CHROMIUM = existsSync(CHROMIUM);
export const MISSING_CHROMIUM = `${CHROMIUM} is not installed; the HTML view tests need it (apt-get install -y chromium)`;

/** A headless Chromium with a fresh profile and nothing that talks to the network on its own. */
export function launchChromium(): Promise<Browser> {
  if (!HAVE_CHROMIUM) throw new Error(`${MISSING_CHROMIUM}: CI (.ci/run) must install it`);
  return puppeteer.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', `--user-data-dir=${mkdtempSync(join(tmpdir(), 'chromium-profile-'))}`,
    ],
  });
}

/** What a page did while it was open: console errors, script errors, CSP violations, and every request it made. */
export interface PageRecord {
  page: Page;
  errors: string[];
  requests: string[];
}

/**
 * Open a file in a new tab and record what it does. CSP violations are caught by a listener
 * added before any of the page's own code (through the DevTools protocol, which the page's CSP
 * does not govern), so a page whose inline script or style is refused fails the test.
 */
export async function openFile(browser: Browser, file: string, viewport = { width: 1100, height: 900 }): Promise<PageRecord> {
  const page = await browser.newPage();
  await page.setViewport(viewport);
  const record: PageRecord = { page, errors: [], requests: [] };
  page.on('console', (m) => m.type() === 'error' && record.errors.push(`console: ${m.text()}`));
  page.on('pageerror', (e) => record.errors.push(`page error: ${(e as Error).message}`));
  page.on('request', (r) => record.requests.push(r.url()));
  await page.evaluateOnNewDocument(() => {
    document.addEventListener('securitypolicyviolation', (e) => console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(pathToFileURL(file).href, { waitUntil: 'load' });
  return record;
}
