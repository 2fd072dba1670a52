import type { Article, Span } from '../types.js';
import { escapeHtml } from './escape.js';
import { HIGHLIGHT_KINDS, type HighlightKind } from './kinds.js';
import { eventGrain, moneyPeriod } from './values.js';

type Cell = string | number | null | undefined;

const spans = (mentions: Span[]): string => mentions.map((m) => `${m.start}–${m.end}`).join(', ');
const cell = (v: Cell): string => `<td>${v === null || v === undefined ? '<span class="none">—</span>' : escapeHtml(v)}</td>`;

/** Column headers and one row of cells per item, for each kind. */
function rowsOf(article: Article, kind: HighlightKind): { head: string[]; rows: Cell[][] } {
  switch (kind) {
    case 'dates':
      return { head: ['text', 'type', 'value', 'grain', 'mod', 'offsets'], rows: (article.dates ?? []).map((d) => [d.text, d.type, d.value, d.grain, d.mod, `${d.start}–${d.end}`]) };
    case 'people':
      return { head: ['name', 'role', 'affiliation', 'mentions'], rows: (article.people ?? []).map((p) => [p.name, p.role, p.affiliation, spans(p.mentions)]) };
    case 'places':
      return {
        head: ['name', 'kind', 'GeoNames id', 'country', 'latitude', 'longitude', 'mentions'],
        rows: (article.places ?? []).map((p) => [p.name, p.kind, p.geonamesId, p.countryCode, p.lat, p.lon, spans(p.mentions)]),
      };
    case 'organizations':
      return { head: ['name', 'mentions'], rows: (article.organizations ?? []).map((o) => [o.name, spans(o.mentions)]) };
    case 'money':
      return {
        head: ['text', 'amount', 'currency', 'qualifier', 'range', 'per', 'period', 'offsets'],
        rows: (article.money ?? []).map((m) => [m.text, m.amount, m.currency, m.qualifier, m.min !== undefined && m.max !== undefined ? `${m.min}–${m.max}` : null, m.perUnit, moneyPeriod(article, m), `${m.start}–${m.end}`]),
      };
    case 'events':
      return {
        head: ['id', 'type', 'trigger', 'date', 'grain', 'participants', 'places', 'amounts', 'sentence'],
        rows: (article.events ?? []).map((e) => [
          e.id, e.type, e.trigger.text, e.date, eventGrain(article, e), e.participants.join('; '), e.places.join('; '),
          e.amounts.map((a) => `${a.amount} ${a.currency}`).join('; '), `${e.start}–${e.end}`,
        ]),
      };
  }
}

/** A table of items for each kind, with every normalized field. */
export function itemTables(article: Article): string {
  const tables = HIGHLIGHT_KINDS.map((kind) => {
    const { head, rows } = rowsOf(article, kind);
    const body = rows.length === 0 ? `<tr><td colspan="${head.length}">none</td></tr>` : rows.map((r) => `<tr>${r.map(cell).join('')}</tr>`).join('');
    return `<table class="items ${kind}" data-kind="${kind}"><caption>${kind} (${rows.length})</caption><thead><tr>${head.map((h) => `<th scope="col">${h}</th>`).join('')}</tr></thead><tbody>${body}</tbody></table>`;
  });
  return `<section id="tables"><h2>Items by kind</h2>${tables.join('')}</section>`;
}
