import type { Article } from '../types.js';
import type { CorpusDocument } from './corpus.js';
import { goldRuleOf, type EvalKind } from './kinds.js';
import { joinTeiElements } from './tei-elements.js';

/** A gold span of one kind, with the corpus's value (null when the corpus gives none). */
export interface GoldItem {
  start: number;
  end: number;
  text: string;
  value: string | null;
  /** The corpus's label (DATE, TIME, DURATION, SET for temporal expressions); absent when the corpus gives no TIMEX3 type (GUM). */
  type?: string;
}

/** A predicted span of one kind; `values` lists every value that counts as right (a place: country code or name). */
export interface PredictedItem {
  start: number;
  end: number;
  text: string;
  values: string[];
  /** The TIMEX3 type of a predicted date. */
  type?: string;
}

/** Items of one document, one list per kind. */
export type ItemsByKind<T> = Record<EvalKind, T[]>;

const emptyByKind = <T>(): ItemsByKind<T> => ({ dates: [], people: [], places: [], organizations: [], money: [] });

/** The document's gold items, sorted by offset, per kind (through the label table in kinds.ts); with its text, GUM's split datelines are joined (tei-elements.ts). */
export function goldItems(doc: Pick<CorpusDocument, 'spans'> & { text?: string }): ItemsByKind<GoldItem> {
  const byKind = emptyByKind<GoldItem>();
  for (const span of doc.text === undefined ? doc.spans : joinTeiElements(doc.spans, doc.text)) {
    const rule = goldRuleOf(span.type, span.attrs);
    if (!rule) continue;
    const value = rule.value ? rule.value(span) : span.value;
    const item: GoldItem = { start: span.start, end: span.end, text: span.text, value };
    if (rule.timexType !== null) item.type = span.type;
    byKind[rule.kind].push(item);
  }
  for (const [kind, items] of Object.entries(byKind) as Array<[EvalKind, GoldItem[]]>) {
    items.sort((a, b) => a.start - b.start || a.end - b.end);
    if (ENTITY_KINDS.has(kind)) byKind[kind] = innermost(items);
  }
  return byKind;
}

/** Kinds whose gold mentions nest around a name (titles, appositions); amounts and dates nest as ranges instead. */
const ENTITY_KINDS: ReadonlySet<EvalKind> = new Set(['people', 'places', 'organizations']);

/**
 * One entity mention counts once: a gold span that contains another of the same kind is left
 * out ("Chrysler Chief Executive Robert Nardelli" around "Robert Nardelli"), the inner one kept.
 */
function innermost(items: GoldItem[]): GoldItem[] {
  return items.filter((outer) => !items.some((inner) => inner !== outer && inner.start >= outer.start && inner.end <= outer.end && inner.end - inner.start < outer.end - outer.start));
}

/** A document to score with its gold items. */
export interface ScoredDocument {
  doc: CorpusDocument;
  gold: ItemsByKind<GoldItem>;
  /** Per kind, where the annotation stops: predictions starting at or after it are not scored. */
  scoredUntil: Record<EvalKind, number>;
}

/**
 * Where a corpus's annotation of a document stops: the end of the line holding its last span or
 * event trigger. MEANTIME, for one, annotates only the first sentences of each article; what
 * the pipeline finds beyond them can be neither right nor wrong.
 */
export function annotatedExtent(doc: Pick<CorpusDocument, 'text' | 'spans' | 'events'>): number {
  const last = Math.max(0, ...doc.spans.map((s) => s.end), ...doc.events.map((e) => e.trigger.end));
  const lineEnd = doc.text.indexOf('\n', last);
  return lineEnd === -1 ? doc.text.length : lineEnd;
}

/** The same limit for every kind. */
export const untilForAll = (end: number): Record<EvalKind, number> => ({ dates: end, people: end, places: end, organizations: end, money: end });

/** Money is valued as amount plus ISO 4217 code: "40000000000 USD". */
export const moneyValue = (amount: number, currency: string): string => `${amount} ${currency}`;

/** What the pipeline found, per kind: each date and amount, and every mention of each person, place and organization. */
export function predictedItems(article: Article): ItemsByKind<PredictedItem> {
  const byKind = emptyByKind<PredictedItem>();
  for (const d of article.dates ?? []) byKind.dates.push({ start: d.start, end: d.end, text: d.text, values: [d.value], type: d.type });
  for (const p of article.people ?? [])
    for (const m of p.mentions) byKind.people.push({ start: m.start, end: m.end, text: m.text, values: [p.name] });
  for (const p of article.places ?? []) {
    const values = [p.countryCode, p.name].filter((v): v is string => v !== null);
    for (const m of p.mentions) byKind.places.push({ start: m.start, end: m.end, text: m.text, values });
  }
  for (const o of article.organizations ?? [])
    for (const m of o.mentions) byKind.organizations.push({ start: m.start, end: m.end, text: m.text, values: [o.name] });
  for (const m of article.money ?? [])
    byKind.money.push({ start: m.start, end: m.end, text: m.text, values: [moneyValue(m.amount, m.currency)] });
  for (const items of Object.values(byKind)) items.sort((a, b) => a.start - b.start || a.end - b.end);
  return byKind;
}
