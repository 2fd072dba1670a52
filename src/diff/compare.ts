/** What one kind of item is keyed and compared on when an output is diffed against a golden file. */
interface KindSpec {
  /** The item's identity: the same key in both files means the same item. */
  key(item: Record<string, unknown>): string;
  /** Fields whose values must agree for the item to count as correct. */
  fields: string[];
}

type Item = Record<string, unknown>;

const spanKey = (item: Item): string => `${String(item.start)}-${String(item.end)}`;
const mentionsOf = (item: Item): string =>
  ((item.mentions as Item[] | undefined) ?? []).map((m) => `${String(m.start)}-${String(m.end)}`).join(',');

/** Kinds in the output contract, with their keys and compared fields. */
export const KIND_SPECS: Record<string, KindSpec> = {
  dates: { key: spanKey, fields: ['text', 'type', 'value', 'grain', 'range'] },
  people: { key: (i) => String(i.name), fields: ['role', 'mentions'] },
  organizations: { key: (i) => String(i.name), fields: ['mentions'] },
  places: { key: (i) => String(i.name), fields: ['kind', 'countryCode', 'geonamesId', 'lat', 'lon', 'mentions'] },
  money: { key: spanKey, fields: ['text', 'amount', 'currency', 'qualifier', 'min', 'max', 'perUnit'] },
  events: {
    key: (i) => spanKey((i.trigger as Item | undefined) ?? {}),
    fields: ['type', 'date', 'dateText', 'participants', 'places', 'amounts', 'start', 'end'],
  },
};

/** Article-level fields compared as single values. */
const ARTICLE_FIELDS = ['documentDate', 'dateline'];

export interface FieldChange {
  field: string;
  golden: unknown;
  actual: unknown;
}

export interface KindDiff {
  kind: string;
  golden: number;
  actual: number;
  missing: Item[];
  added: Item[];
  changed: Array<{ golden: Item; actual: Item; changes: FieldChange[] }>;
  /** Items whose key and every compared field agree. */
  correct: number;
  precision: number;
  recall: number;
}

export interface ArticleDiff {
  id: string;
  fields: FieldChange[];
  kinds: KindDiff[];
  equal: boolean;
}

/**
 * Coordinates agree within a degree: the GeoNames id is compared exactly, and sources put one
 * entry's centre point (a country's above all) up to a degree apart.
 */
const COORDINATE_TOLERANCE = 1;

/** Lists agree whatever their order. */
function normalize(field: string, value: unknown): unknown {
  if (value === undefined) return null;
  if (field === 'mentions') return mentionsOf({ mentions: value });
  if (field === 'range' && value && typeof value === 'object') return Object.fromEntries(Object.entries(value).sort(([a], [b]) => a.localeCompare(b)));
  if ((field === 'participants' || field === 'places') && Array.isArray(value)) return [...value].map(String).sort();
  if (field === 'amounts' && Array.isArray(value))
    return (value as Item[]).map((a) => `${String(a.amount)} ${String(a.currency)}`).sort();
  return value;
}

function same(field: string, a: unknown, b: unknown): boolean {
  if ((field === 'lat' || field === 'lon') && typeof a === 'number' && typeof b === 'number') return Math.abs(a - b) <= COORDINATE_TOLERANCE;
  return JSON.stringify(normalize(field, a)) === JSON.stringify(normalize(field, b));
}

function diffKind(kind: string, golden: Item[], actual: Item[]): KindDiff {
  const spec = KIND_SPECS[kind]!;
  const actualByKey = new Map(actual.map((i) => [spec.key(i), i]));
  const goldenKeys = new Set(golden.map((i) => spec.key(i)));
  const result: KindDiff = { kind, golden: golden.length, actual: actual.length, missing: [], added: [], changed: [], correct: 0, precision: 1, recall: 1 };
  for (const g of golden) {
    const a = actualByKey.get(spec.key(g));
    if (!a) {
      result.missing.push(g);
      continue;
    }
    const changes = spec.fields.filter((f) => !same(f, g[f], a[f])).map((f) => ({ field: f, golden: g[f] ?? null, actual: a[f] ?? null }));
    if (changes.length > 0) result.changed.push({ golden: g, actual: a, changes });
    else result.correct++;
  }
  result.added = actual.filter((a) => !goldenKeys.has(spec.key(a)));
  result.precision = actual.length === 0 ? (golden.length === 0 ? 1 : 0) : result.correct / actual.length;
  result.recall = golden.length === 0 ? 1 : result.correct / golden.length;
  return result;
}

/** Compare one article's output with its golden file, kind by kind. */
export function diffArticle(id: string, golden: Item, actual: Item): ArticleDiff {
  const fields = ARTICLE_FIELDS.filter((f) => !same(f, golden[f], actual[f])).map((f) => ({ field: f, golden: golden[f] ?? null, actual: actual[f] ?? null }));
  const kinds = Object.keys(KIND_SPECS)
    .filter((kind) => kind in golden || kind in actual)
    .map((kind) => diffKind(kind, (golden[kind] as Item[] | undefined) ?? [], (actual[kind] as Item[] | undefined) ?? []));
  const equal = fields.length === 0 && kinds.every((k) => k.missing.length === 0 && k.added.length === 0 && k.changed.length === 0);
  return { id, fields, kinds, equal };
}
