import { stringify } from 'csv-stringify/sync';
import type { Article, EventArgument, EventRecord, EventRole } from '../types.js';

/** Joins list fields in CSV cells. */
const LIST_SEPARATOR = '; ';

export const EVENT_COLUMNS = [
  'article', 'id', 'type', 'trigger', 'triggerStart', 'triggerEnd', 'date', 'dateText',
  'participants', 'places', 'amounts', 'start', 'end',
  // Added after the first columns, which never change: flat columns in the spirit of GDELT's event table.
  'aceType', 'lemma', 'dateGrain', 'dateSource', 'tense', 'agent', 'patient', 'recipient', 'place', 'countryCode',
  'amount', 'currency', 'modality', 'source', 'polarity', 'triggerSource', 'mentions', 'reports',
] as const;

export const MENTION_COLUMNS = ['article', 'kind', 'text', 'value', 'start', 'end', 'detail'] as const;

type Row = Record<string, string | number | null>;

/** The name of the article item an argument is (a person's full name, a place's name), else its text. */
function argumentName(article: Article, a: EventArgument): string {
  // "the two leaders": each item the argument stands for, by name.
  const names = (a.refs ?? (a.ref ? [a.ref] : [])).map((ref) => {
    if (ref.index < 0) return null;
    const item = ref.kind === 'people' ? article.people?.[ref.index] : ref.kind === 'organizations' ? article.organizations?.[ref.index] : ref.kind === 'places' ? article.places?.[ref.index] : undefined;
    return item?.name ?? null;
  });
  return names.length > 0 && names.every((n) => n !== null) ? names.join(LIST_SEPARATOR) : a.text;
}

/** The columns GDELT-style consumers read: agent, patient, recipient and place by name, the place's country, the first amount. */
function roleColumns(article: Article, e: EventRecord): Row {
  const names = (role: EventRole) => e.arguments.filter((a) => a.role === role).map((a) => argumentName(article, a)).join(LIST_SEPARATOR);
  const place = e.arguments.find((a) => a.role === 'place' && a.ref?.kind === 'places');
  const countryCode = place ? (article.places?.[place.ref!.index]?.countryCode ?? null) : null;
  const amount = e.amounts[0];
  return {
    agent: names('agent'),
    patient: names('patient'),
    recipient: names('recipient'),
    place: names('place'),
    countryCode,
    amount: amount?.amount ?? null,
    currency: amount?.currency ?? null,
  };
}

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
    aceType: e.aceType,
    lemma: e.lemma,
    dateGrain: e.dateGrain,
    dateSource: e.dateSource,
    tense: e.tense,
    ...roleColumns(article, e),
    modality: e.modality,
    source: e.source,
    polarity: e.polarity,
    triggerSource: e.triggerSource,
    mentions: e.mentions.map((m) => `${m.start}-${m.end}`).join(LIST_SEPARATOR),
    reports: e.reports.join(LIST_SEPARATOR),
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
