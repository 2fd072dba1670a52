import type { Article } from '../types.js';
import { htmlDocument } from './document.js';
import { escapeHtml } from './escape.js';
import { articleHighlights, type Highlight } from './highlights.js';
import { HIGHLIGHT_KINDS, KIND_LABEL } from './kinds.js';
import { placesMap } from './map.js';
import { markUpText, type Anchor } from './markup.js';
import { ARTICLE_SCRIPT } from './scripts.js';
import { ARTICLE_STYLE } from './styles.js';
import { itemTables } from './tables.js';
import { sentenceAnchorId, timelineSection } from './timeline.js';

/** How many highlights of each kind an article has: one per date, amount and event, one per mention of a named item. */
export function highlightCounts(highlights: readonly Highlight[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const h of highlights) counts[h.kind] = (counts[h.kind] ?? 0) + 1;
  return counts;
}

function legend(counts: Record<string, number>): string {
  const boxes = HIGHLIGHT_KINDS.map(
    (kind) => `<label><input type="checkbox" data-toggle="${kind}" checked> <span class="swatch ${kind}">${KIND_LABEL[kind]}</span> (${counts[kind] ?? 0})</label>`,
  );
  return `<fieldset class="legend" aria-label="kinds shown"><legend class="note">Show</legend>${boxes.join('')}</fieldset>`;
}

/** The article's messages: errors first, then warnings. */
export function messagesSection(article: Pick<Article, 'messages'>): string {
  const messages = [...(article.messages ?? [])].sort((a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1));
  if (messages.length === 0) return '<section id="messages"><h2>Messages</h2><p>No errors or warnings.</p></section>';
  const items = messages.map((m) => `<li class="${m.severity}">${m.severity} (${escapeHtml(m.stage)}): ${escapeHtml(m.reason)}</li>`);
  return `<section id="messages"><h2>Messages</h2><ul class="messages">${items.join('')}</ul></section>`;
}

/** The heading lines: id, source, document date and where it came from. */
export function articleHeader(article: Article, title: string): string {
  const date = article.documentDate ? `document date ${escapeHtml(article.documentDate)}${article.documentDateSource ? ` (from the ${escapeHtml(article.documentDateSource)})` : ''}` : 'no document date';
  return `<header><p class="meta"><a href="index.html">index</a> · ${escapeHtml(article.id)} · ${escapeHtml(article.source)} · ${date}</p><h1>${escapeHtml(title)}</h1></header>`;
}

/**
 * One self-contained page for an article: its text with every item highlighted by kind (value on
 * hover and on keyboard focus), a legend that toggles kinds, the events as a timeline, a map of
 * the grounded places, a table per kind and the article's messages.
 */
export function articlePage(article: Article): string {
  const highlights = articleHighlights(article);
  const counts = highlightCounts(highlights);
  const anchors: Anchor[] = [...new Map((article.events ?? []).map((e) => [e.start, { at: e.start, id: sentenceAnchorId(e) }])).values()];
  const title = article.headline?.text ?? article.id;
  const body = [
    articleHeader(article, title),
    '<main>',
    legend(counts),
    `<section id="article" aria-label="article text"><div class="text">${markUpText(article.text, highlights, anchors)}</div></section>`,
    timelineSection(article),
    placesMap(article.places ?? []),
    itemTables(article),
    messagesSection(article),
    '</main>',
    '<div id="tip" role="tooltip" hidden></div>',
  ].join('\n');
  return htmlDocument({ title: `${title} — news-extract`, style: ARTICLE_STYLE, script: ARTICLE_SCRIPT, body });
}
