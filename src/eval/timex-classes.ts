import type { GoldItem, PredictedItem } from './items.js';
import type { SpanMatching } from './match.js';

/** The error classes of temporal expressions, for `eval --verbose`: which types were confused, which value shapes went wrong. */
export interface TimexBreakdown {
  /** gold type → predicted type → count; "–" stands for no item (a miss or a false hit). */
  types: Record<string, Record<string, number>>;
  /** "expected shape → got shape" → count and up to three examples. */
  valueErrors: Record<string, { count: number; examples: string[] }>;
}

/** An empty breakdown. */
export const emptyBreakdown = (): TimexBreakdown => ({ types: {}, valueErrors: {} });

const NONE = '–';

/**
 * The shape of a TIMEX3 value, digits replaced by their field: "2009-02-03" → "YYYY-MM-DD",
 * "2008-W42" → "YYYY-Wnn", "P5Y" → "PnY", "2010-03-02TMO" → "YYYY-MM-DDTMO"; "PRESENT_REF" stays.
 */
export function valueShape(value: string | null): string {
  if (value === null) return NONE;
  if (/_REF$/.test(value)) return value;
  if (/^P/.test(value)) return value.replace(/\d+(?:\.\d+)?/g, 'n');
  if (!/^(?:\d{4}|XXXX)(?:$|-|T)|^\d{2,3}$/.test(value)) return 'malformed';
  return value
    .replace(/^(\d{4}|XXXX)(?=$|-|T)/, 'YYYY')
    .replace(/^\d{3}$/, 'YYY')
    .replace(/^\d{2}$/, 'YY')
    .replace(/-(\d{2}|XX)-(\d{2}|XX)/, '-MM-DD')
    .replace(/-(?:\d{2}|XX)(?=$|T)/, '-MM')
    .replace(/-W(?:\d{2}|XX)/, '-Wnn')
    .replace(/-Q\d/, '-Qn')
    .replace(/-H\d/, '-Hn')
    .replace(/T\d{2}:\d{2}/, 'Thh:mm');
}

/** A type as the corpus or the pipeline labels it. */
const typeOf = (item: GoldItem | PredictedItem): string => item.type ?? NONE;

/** The row of a gold item that the corpus gives no TIMEX3 type (GUM's TEI dates). */
const UNTYPED = 'untyped';
const goldTypeOf = (item: GoldItem): string => item.type ?? UNTYPED;

/** Add one document's matching of temporal expressions to a breakdown (returns a new one). */
export function addBreakdown(b: TimexBreakdown, m: SpanMatching<GoldItem, PredictedItem>): TimexBreakdown {
  const types = structuredClone(b.types);
  const valueErrors = structuredClone(b.valueErrors);
  const count = (gold: string, predicted: string): void => {
    const row = (types[gold] ??= {});
    row[predicted] = (row[predicted] ?? 0) + 1;
  };
  for (const { gold, predicted } of m.pairs) {
    count(goldTypeOf(gold), typeOf(predicted));
    if (gold.value === null || predicted.values.includes(gold.value)) continue;
    const got = predicted.values[0] ?? null;
    const key = `${valueShape(gold.value)} → ${valueShape(got)}`;
    const entry = (valueErrors[key] ??= { count: 0, examples: [] });
    entry.count++;
    if (entry.examples.length < 3) entry.examples.push(`"${gold.text}" ${gold.value} → ${got ?? NONE}`);
  }
  for (const gold of m.missed) count(goldTypeOf(gold), NONE);
  for (const predicted of m.falseHits) count(NONE, typeOf(predicted));
  return { types, valueErrors };
}

/** The breakdown as text: a type confusion table (rows gold, `untyped` for a corpus without TIMEX3 types; columns predicted), then value errors by shape, most frequent first. */
export function formatBreakdown(b: TimexBreakdown): string[] {
  const labels = ['DATE', 'TIME', 'DURATION', 'SET', NONE];
  const lines = ['TIMEX3 types of dates (rows: gold, columns: predicted; – = none)', ['gold \\ pred', ...labels].map((l, i) => (i === 0 ? l.padEnd(14) : l.padStart(10))).join('')];
  for (const gold of [...labels.slice(0, 4), UNTYPED, NONE]) {
    const row = b.types[gold] ?? {};
    if (Object.keys(row).length === 0) continue;
    lines.push([gold.padEnd(14), ...labels.map((p) => String(row[p] ?? 0).padStart(10))].join(''));
  }
  const errors = Object.entries(b.valueErrors).sort(([ka, a], [kb, c]) => c.count - a.count || ka.localeCompare(kb));
  lines.push('', `TIMEX3 value errors of dates by shape (expected → got): ${errors.reduce((n, [, e]) => n + e.count, 0)}`);
  for (const [key, e] of errors) lines.push(`  ${String(e.count).padStart(3)}  ${key}    e.g. ${e.examples.join('; ')}`);
  return lines;
}
