import { createHash } from 'node:crypto';
import { escapeHtml } from './escape.js';

/** What one self-contained page is made of: one inline style sheet, at most one inline script. */
export interface PageParts {
  title: string;
  style: string;
  script?: string;
  body: string;
}

/** Hashes of the few style sheets and scripts there are, computed once each rather than once a page. */
const hashes = new Map<string, string>();
function sha256(text: string): string {
  let hash = hashes.get(text);
  if (hash === undefined) hashes.set(text, (hash = `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`));
  return hash;
}

/**
 * The Content-Security-Policy of every page: nothing may load (no network, no fonts, no frames),
 * and only the page's own inline style and script run, allowed by their sha256 hashes, never by
 * 'unsafe-inline'. Injected markup in an article therefore can neither run nor fetch anything.
 */
export function contentSecurityPolicy(style: string, script?: string): string {
  return [
    "default-src 'none'",
    `style-src ${sha256(style)}`,
    `script-src ${script === undefined ? "'none'" : sha256(script)}`,
    'img-src data:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

/** A whole HTML document: everything inline, the CSP first in <head> so it covers all that follows. */
export function htmlDocument(parts: PageParts): string {
  const csp = contentSecurityPolicy(parts.style, parts.script);
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="referrer" content="no-referrer">',
    `<title>${escapeHtml(parts.title)}</title>`,
    `<style>${parts.style}</style>`,
    '</head>',
    '<body>',
    parts.body,
    parts.script === undefined ? '' : `<script>${parts.script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
