import type { ArticleDiff, KindDiff } from '../diff/compare.js';
import { differenceLines } from '../diff/report.js';
import { htmlDocument } from './document.js';
import { escapeHtml } from './escape.js';
import type { Highlight } from './highlights.js';
import { HIGHLIGHT_KINDS, KIND_LABEL, type HighlightKind } from './kinds.js';
import { markUpText } from './markup.js';
import { ARTICLE_SCRIPT } from './scripts.js';
import { DIFF_STYLE } from './styles.js';

type Item = Record<string, unknown>;
type Status = 'missing' | 'added' | 'changed';

const STATUS_LABEL: Record<Status, string> = { missing: 'missing (in the golden file only)', added: 'added (in the output only)', changed: 'changed (in both, a value differs)' };

/** Where an item shows in the text: its span, each mention, or an event's trigger. */
function spansOf(item: Item): Array<{ start: number; end: number }> {
  const span = (s: unknown) => (s && typeof (s as Item).start === 'number' && typeof (s as Item).end === 'number' ? [s as { start: number; end: number }] : []);
  if (Array.isArray(item.mentions)) return item.mentions.flatMap(span);
  if (item.trigger) return span(item.trigger);
  return span(item);
}

const label = (item: Item): string => String(item.name ?? item.text ?? (item.trigger as Item | undefined)?.text ?? '');

function highlightsOf(k: KindDiff): Highlight[] {
  if (!HIGHLIGHT_KINDS.includes(k.kind as HighlightKind)) return [];
  const kind = k.kind as HighlightKind;
  const make = (item: Item, index: number, status: Status, detail: string): Highlight[] =>
    spansOf(item).map((s) => ({ ...s, kind, item: index, classes: status, tip: `${status} ${KIND_LABEL[kind]}: ${label(item)}${detail}` }));
  return [
    ...k.missing.flatMap((g, i) => make(g, i, 'missing', '')),
    ...k.added.flatMap((a, i) => make(a, i, 'added', '')),
    ...k.changed.flatMap((c, i) => make(c.actual, i, 'changed', c.changes.map((ch) => `\n${ch.field}: ${JSON.stringify(ch.golden)} → ${JSON.stringify(ch.actual)}`).join(''))),
  ];
}

function scoreTable(diff: ArticleDiff): string {
  const rows = diff.kinds.map(
    (k) =>
      `<tr><th scope="row">${k.kind}</th><td>${k.golden}</td><td>${k.actual}</td><td>${k.correct}</td><td>${k.missing.length}</td><td>${k.added.length}</td><td>${k.changed.length}</td><td>${k.precision.toFixed(2)}</td><td>${k.recall.toFixed(2)}</td></tr>`,
  );
  return `<table id="scores"><caption>Precision and recall per kind</caption><thead><tr><th scope="col">kind</th><th scope="col">golden</th><th scope="col">actual</th><th scope="col">correct</th><th scope="col">missing</th><th scope="col">added</th><th scope="col">changed</th><th scope="col">P</th><th scope="col">R</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

/**
 * A diff of one article against its golden file on the article's text: items missing from the
 * output in one colour (solid border), items the output added in another (dashed), changed items
 * in both, each with what differs on hover and focus; then precision and recall per kind and
 * every difference as a line.
 */
export function diffPage(diff: ArticleDiff, text: string): string {
  const highlights = diff.kinds.flatMap(highlightsOf);
  const legend = (['missing', 'added', 'changed'] as const)
    .map((s) => `<span><mark class="${s}">${STATUS_LABEL[s]}</mark> (${highlights.filter((h) => h.classes === s).length})</span>`)
    .join(' ');
  const lines = differenceLines(diff);
  const body = [
    `<header><h1>${escapeHtml(diff.id)}: ${diff.equal ? 'equal to the golden file' : 'differs from the golden file'}</h1></header>`,
    '<main>',
    `<p class="legend">${legend}</p>`,
    `<section id="article" aria-label="article text"><div class="text">${markUpText(text, highlights)}</div></section>`,
    `<section id="score"><h2>Scores</h2>${scoreTable(diff)}</section>`,
    `<section id="differences"><h2>Differences (${lines.length})</h2>${lines.length === 0 ? '<p>None.</p>' : `<ul>${lines.map((l) => `<li>${escapeHtml(l)}</li>`).join('')}</ul>`}</section>`,
    '</main>',
    '<div id="tip" role="tooltip" hidden></div>',
  ].join('\n');
  return htmlDocument({ title: `${diff.id} — diff — news-extract`, style: DIFF_STYLE, script: ARTICLE_SCRIPT, body });
}
