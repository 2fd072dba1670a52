import type { MoneyMention, Span } from '../types.js';
import { alternation } from '../regex.js';
import { currencyTable } from './currency-table.js';
import type { FoundAmount } from './extract.js';

/** A place in the text that says which dollar is meant: "C$", "US$", "Canadian dollars". */
interface DollarStatement {
  at: number;
  code: string;
}

let dollars: ReadonlySet<string> | undefined;

/** Explicit dollars in the article: marked amounts and phrases such as "(in Canadian dollars)". */
function dollarStatements(text: string, found: readonly FoundAmount[]): DollarStatement[] {
  dollars ??= new Set(currencyTable().headCodes('dollar'));
  const statements: DollarStatement[] = [];
  for (const f of found) if (f.ref.kind === 'code' && dollars.has(f.ref.code)) statements.push({ at: f.start, code: f.ref.code });
  // "(in Canadian dollars)": look back from each "dollar" for a country adjective of one to three words.
  for (const m of text.matchAll(/(?<![\p{L}])dollars?(?![\p{L}])/giu)) {
    if (found.some((f) => m.index >= f.start && m.index < f.end)) continue;
    const words = /((?:\p{Lu}[\p{L}.'-]*[ \t]+){1,3})$/u.exec(text.slice(Math.max(0, m.index - 40), m.index))?.[1]?.trim().split(/[ \t]+/) ?? [];
    for (let i = 0; i < words.length; i++) {
      const ref = currencyTable().resolve(words.slice(i).join(' '), 'dollar');
      if (ref?.kind === 'code') {
        statements.push({ at: m.index, code: ref.code });
        break;
      }
    }
  }
  return statements.sort((a, b) => a.at - b.at);
}

/** A bare "$" or "dollars": the same amount written with its currency elsewhere, the article's one dollar, the one nearby, or the default. */
function resolveDollar(f: FoundAmount, found: readonly FoundAmount[], statements: DollarStatement[], sentences: readonly Span[], fallback: string): string {
  const twin = found.find((o) => o !== f && o.ref.kind === 'code' && o.amount === f.amount && o.max === f.max && dollars!.has(o.ref.code));
  if (twin && twin.ref.kind === 'code') return twin.ref.code;
  const codes = new Set(statements.map((s) => s.code));
  if (codes.size === 1) return [...codes][0]!;
  if (codes.size === 0) return fallback;
  const sentence = sentences.find((s) => f.start >= s.start && f.start < s.end);
  const near = statements.filter((s) => sentence && s.at >= sentence.start && s.at < sentence.end);
  const preceding = statements.filter((s) => s.at < f.start);
  const pick = (near.length > 0 ? near : preceding).sort((a, b) => Math.abs(a.at - f.start) - Math.abs(b.at - f.start))[0];
  return pick?.code ?? fallback;
}

/** A shared word ("pesos", "dinars"): the first country the article names that uses one of them, else the word's default. */
function resolveShared(candidates: readonly string[], fallback: string | null, text: string): string | null {
  let best: { at: number; code: string } | null = null;
  for (const code of candidates) {
    const at = [...text.matchAll(countryNamesPattern(code))].find((m) => /^\p{Lu}/u.test(m[0]))?.index;
    if (at !== undefined && (!best || at < best.at)) best = { at, code };
  }
  return best?.code ?? fallback;
}

const namePatterns = new Map<string, RegExp>();

/** The names and adjectives of the countries that use a currency as one pattern ("philippines|philippine|filipino"); callers want capitals. */
function countryNamesPattern(code: string): RegExp {
  let pattern = namePatterns.get(code);
  if (!pattern) {
    const table = currencyTable();
    const countries = [...table.countryCurrencies].filter(([, codes]) => codes.includes(code)).map(([country]) => country);
    const names = [...table.adjectives].filter(([, cs]) => cs.some((c) => countries.includes(c))).map(([name]) => name);
    pattern = new RegExp(`(?<![\\p{L}])(?:${alternation(names) || '(?!)'})(?![\\p{L}])`, 'giu');
    namePatterns.set(code, pattern);
  }
  return pattern;
}

/** Give every found amount its ISO code and turn it into the output record; amounts no code fits are dropped. */
export function resolveAmounts(text: string, found: readonly FoundAmount[], sentences: readonly Span[], defaultDollar: string): MoneyMention[] {
  dollars ??= new Set(currencyTable().headCodes('dollar'));
  const statements = dollarStatements(text, found);
  const out: MoneyMention[] = [];
  for (const f of found) {
    const ref = f.ref;
    const currency =
      ref.kind === 'code' ? ref.code
      : ref.kind === 'dollar' ? resolveDollar(f, found, statements, sentences, defaultDollar)
      : resolveShared(ref.candidates, ref.fallback, text);
    if (!currency) continue;
    out.push({
      text: text.slice(f.start, f.end),
      start: f.start,
      end: f.end,
      amount: f.amount,
      currency,
      qualifier: f.qualifier,
      ...(f.min !== undefined ? { min: f.min, max: f.max } : {}),
      ...(f.perUnit ? { perUnit: f.perUnit } : {}),
    });
  }
  return out;
}
