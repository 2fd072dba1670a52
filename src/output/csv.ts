import { stringify } from 'csv-stringify/sync';
import type { Article } from '../types.js';

/** Joins list fields in CSV cells. */
const LIST_SEPARATOR = '; ';

export const EVENT_COLUMNS = [
  'article', 'id', 'type', 'trigger', 'triggerStart', 'triggerEnd', 'date', 'dateText',
  'participants', 'places', 'amounts', 'start', 'end',
] as const;

export const MENTION_COLUMNS = ['article', 'kind', 'text', 'value', 'start', 'end', 'detail'] as const;

type Row = Record<string, string | number | null>;

/** One row per event; list fields joined with "; ". */
export function eventRows(article: Article): Row[] {
  return (article.events ?? []).map((e) => ({
    article: article.id,
    id: e.id,
    type: e.type,
    trigger: e.trigger.text,
    triggerStart: e.trigger.start,
    triggerEnd: e.trigger.end,
    date: e.date,
    dateText: e.dateText,
    participants: e.participants.join(LIST_SEPARATOR),
    places: e.places.join(LIST_SEPARATOR),
    amounts: e.amounts.map((a) => `${a.amount} ${a.currency}`).join(LIST_SEPARATOR),
    start: e.start,
    end: e.end,
  }));
}

/** One row per extracted item (every mention of people, organizations and places). */
export function mentionRows(article: Article): Row[] {
  const rows: Row[] = [];
  const add = (kind: string, m: { text: string; start: number; end: number }, value: string, detail: string | null) =>
    rows.push({ article: article.id, kind, text: m.text, value, start: m.start, end: m.end, detail });
  for (const d of article.dates ?? [])
    add('date', d, d.value, `${d.type} ${d.grain}${d.mod ? ' ' + d.mod : ''}${d.range ? ` ${d.range.part} of ${d.range.value}` : ''}`);
  for (const p of article.people ?? []) for (const m of p.mentions) add('person', m, p.name, p.role);
  for (const o of article.organizations ?? []) for (const m of o.mentions) add('organization', m, o.name, null);
  for (const p of article.places ?? [])
    for (const m of p.mentions) add('place', m, p.name, [p.kind, p.countryCode, p.geonamesId].filter((x) => x !== null).join(' '));
  for (const m of article.money ?? []) {
    const value = m.max !== undefined ? `${m.min ?? m.amount}-${m.max} ${m.currency}` : `${m.amount} ${m.currency}`;
    add('money', m, value, [m.qualifier, m.perUnit && `per ${m.perUnit}`].filter(Boolean).join(' ') || null);
  }
  return rows.sort((a, b) => Number(a.start) - Number(b.start) || String(a.kind).localeCompare(String(b.kind)));
}

/** CSV text of the rows; with `header`, the column names first (even when there are no rows). */
export function toCsv(columns: readonly string[], rows: Row[], header = true): string {
  return stringify(rows, { header, columns: [...columns] });
}
