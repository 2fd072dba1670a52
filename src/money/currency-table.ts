import { createRequire } from 'node:module';
import currencyCodes from 'currency-codes';
import type { Country } from 'world-countries';
import { builtDataPath, readBuiltOrCompute } from '../resources/build-data.js';
import { ADJECTIVE_ONLY_HEADS, CODE_STOPLIST, DOLLAR, EXTRA_ADJECTIVES, EXTRA_HEAD_CODES, HEAD_ALIASES, HEAD_DEFAULTS } from './currency-words.js';

/** What a currency word or symbol names: one code, the article's dollar, or one of several currencies. */
export type CurrencyRef =
  | { kind: 'code'; code: string }
  | { kind: 'dollar' }
  | { kind: 'ambiguous'; head: string; candidates: readonly string[]; fallback: string | null };

/** A currency word as written ("roubles", "cents"): its head word, a factor for minor units, a fixed code. */
export interface HeadForm {
  head: string;
  factor: number;
  code?: string;
}

/**
 * Currency names from the ISO 4217 list (currency-codes) and the country list (world-countries):
 * head words ("dollar"), the countries that use each currency, and the adjectives that name those
 * countries ("Canadian", "Hong Kong"), so "Canadian dollars" → CAD and "rubles" → RUB.
 */
export interface CurrencyTable {
  /** ISO codes usable as words ("USD 34.6 million"), English-word codes left out. */
  codes: ReadonlySet<string>;
  /** Lower-case written forms ("dollars", "roubles", "cents") → head. */
  headForms: ReadonlyMap<string, HeadForm>;
  /** Lower-case adjectives ("canadian", "hong kong", "u.s.") → ISO 3166 alpha-2 countries. */
  adjectives: ReadonlyMap<string, readonly string[]>;
  /** Country → the ISO codes it uses. */
  countryCurrencies: ReadonlyMap<string, readonly string[]>;
  /** The ISO codes a head word can name ("dollar" → USD, CAD, AUD, ...). */
  headCodes(head: string): readonly string[];
  /** What an adjective (or none) plus a head form means. */
  resolve(adjective: string | null, form: string): CurrencyRef | null;
}

const require = createRequire(import.meta.url);
/** Special-purpose codes (funds, metals, test codes) that no article amount is written in. */
const NOT_MONEY = /^(X(A[GU]|B[A-D]|DR|P[DT]|SU|TS|UA|XX)|BOV|CHE|CHW|CLF|COU|MXV|UYI|UYW|USN|VED|ZWG)$/;
/** ISO names that put the noun first ("Pound Sterling", "Yuan Renminbi"). */
const NOUN_FIRST: Readonly<Record<string, string>> = {
  GBP: 'pound', CNY: 'yuan', UYU: 'peso', OMR: 'rial', CUC: 'peso', NIO: 'cordoba', XAF: 'franc', XOF: 'franc', VES: 'bolivar',
};

/** Lower case, no diacritics, no okina or apostrophes inside words: "Złoty" → "zloty", "soʻm" → "som". */
export function foldName(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/ł/g, 'l')
    .replace(/đ/g, 'd')
    .replace(/[ʻ’']/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

const headOf = (word: string): string => HEAD_ALIASES[word]?.head ?? word;

/** The fields of world-countries' entries the table reads. */
export interface CurrencyCountry {
  cca2: string;
  currencies: Country['currencies'];
  name: { common: string; official: string };
  demonyms: { eng?: { m: string; f: string } };
  altSpellings: string[];
}

/**
 * Where `npm run build` writes world-countries' entries cut to those fields (scripts/build-money-patterns.mjs),
 * 60 kB instead of the package's 1.4 MB of JSON.
 */
export const CURRENCY_COUNTRIES_FILE = builtDataPath('money/countries.json');

/** world-countries' entries with only the fields the table reads, in the package's order. */
export function currencyCountries(): CurrencyCountry[] {
  const countries = require('world-countries') as Country[];
  return countries.map(({ cca2, currencies, name, demonyms, altSpellings }) => ({
    cca2,
    currencies,
    name: { common: name.common, official: name.official },
    demonyms: demonyms?.eng ? { eng: demonyms.eng } : {},
    altSpellings,
  }));
}

function buildTable(): CurrencyTable {
  // The build's cut of the country list: a cold worker spent 40-60 ms of CPU loading the whole package.
  const countries = readBuiltOrCompute(CURRENCY_COUNTRIES_FILE, (text) => JSON.parse(text) as CurrencyCountry[], currencyCountries);
  const iso = currencyCodes.data.filter((r) => !NOT_MONEY.test(r.code));
  const isoCodes = new Set(iso.map((r) => r.code));
  const headCodes = new Map<string, Set<string>>();
  const phrases = new Map<string, string>();
  const adjectives = new Map<string, Set<string>>();
  const countryCurrencies = new Map<string, string[]>();
  const addHead = (head: string, code: string) => headCodes.set(head, (headCodes.get(head) ?? new Set()).add(code));
  const addAdjective = (adj: string, country: string) => {
    const key = foldName(adj);
    if (key.length >= 2) adjectives.set(key, (adjectives.get(key) ?? new Set()).add(country));
  };
  const addName = (code: string, name: string, nounFirst?: string) => {
    const words = foldName(name.replace(/\(.*?\)/g, '')).split(' ');
    const rawHead = nounFirst ?? words[words.length - 1]!;
    // Uzbek "soʻm" folds to "som", the Kyrgyz word: keep it apart as "sum".
    const head = code === 'UZS' ? 'sum' : headOf(rawHead);
    addHead(head, code);
    const adjective = words.filter((w) => w !== rawHead).join(' ');
    if (adjective && !nounFirst) phrases.set(`${adjective} ${head}`, code);
  };
  for (const r of iso) addName(r.code, r.currency, NOUN_FIRST[r.code]);
  for (const c of countries) {
    const codes = Object.keys(c.currencies ?? {}).filter((code) => isoCodes.has(code));
    countryCurrencies.set(c.cca2, codes);
    for (const code of codes) addName(code, c.currencies[code]!.name);
    const names = [c.name.common, c.name.official, c.demonyms?.eng?.m, c.demonyms?.eng?.f, ...c.altSpellings];
    for (const n of names) if (n && /^[A-Za-z][A-Za-z .'-]{3,}$/.test(n)) addAdjective(n, c.cca2);
  }
  for (const [adj, country] of Object.entries(EXTRA_ADJECTIVES)) addAdjective(adj, country);
  for (const [head, codes] of Object.entries(EXTRA_HEAD_CODES)) codes.forEach((code) => addHead(head, code));

  const headForms = new Map<string, HeadForm>();
  for (const head of headCodes.keys()) {
    if (!/^[a-z]+$/.test(head)) continue;
    headForms.set(head, { head, factor: 1 });
    if (!/[sy]$/.test(head)) headForms.set(`${head}s`, { head, factor: 1 });
  }
  for (const [form, alias] of Object.entries(HEAD_ALIASES)) {
    const entry = { head: alias.head, factor: alias.factor ?? 1, ...(alias.code ? { code: alias.code } : {}) };
    headForms.set(form, entry);
    if (!/[sy]$|pence|lei|leva|reais|lire|kronor|kroner|koruny|zlotych/.test(form) && !form.includes(' '))
      headForms.set(`${form}s`, entry);
  }
  headForms.set('zlotys', { head: 'zloty', factor: 1 });

  const codesOf = (head: string): string[] => [...(headCodes.get(head) ?? [])];
  const adjectiveCodes = (adjective: string, head: string): string[] => {
    const folded = foldName(adjective);
    const phrase = phrases.get(`${folded} ${head}`);
    if (phrase) return [phrase];
    const used = new Set([...(adjectives.get(folded) ?? [])].flatMap((c) => countryCurrencies.get(c) ?? []));
    return codesOf(head).filter((code) => used.has(code));
  };

  return {
    codes: new Set([...isoCodes].filter((c) => !CODE_STOPLIST.has(c))),
    headForms,
    adjectives: new Map([...adjectives].map(([adj, set]) => [adj, [...set]])),
    countryCurrencies,
    headCodes: codesOf,
    resolve(adjective, form) {
      const entry = headForms.get(form.toLowerCase().replace(/\s+/g, ' '));
      if (!entry) return null;
      if (entry.code) return { kind: 'code', code: entry.code };
      const byAdjective = adjective ? adjectiveCodes(adjective, entry.head) : [];
      if (byAdjective.length === 1) return { kind: 'code', code: byAdjective[0]! };
      if (ADJECTIVE_ONLY_HEADS.has(entry.head)) return null;
      const candidates = codesOf(entry.head);
      if (entry.head === 'dollar') return { kind: 'dollar' };
      if (candidates.length === 1) return { kind: 'code', code: candidates[0]! };
      return { kind: 'ambiguous', head: entry.head, candidates, fallback: HEAD_DEFAULTS[entry.head] ?? null };
    },
  };
}

let table: CurrencyTable | undefined;

/** The currency table, built once per process from the two data packages. */
export function currencyTable(): CurrencyTable {
  table ??= buildTable();
  return table;
}

export { DOLLAR };
