import { currencyTable, type CurrencyRef } from './currency-table.js';
import { ADJECTIVE_ONLY_HEADS, DOLLAR, PREFIX_SYMBOLS, RISKY_HEADS, SUFFIX_SYMBOLS } from './currency-words.js';
import { amountPatterns } from './pattern.js';
import { parseNumber, scaled, scaleOf, vagueBounds } from './numbers.js';
import { perUnitAt, statedCodeAt } from './after-amount.js';

/** An amount as found in the text, before the article decides what a bare "$" or "pesos" means. */
export interface FoundAmount {
  start: number;
  end: number;
  ref: CurrencyRef;
  amount: number;
  min?: number;
  max?: number;
  qualifier: string | null;
  perUnit?: string;
}

type Groups = Record<string, string | undefined>;

/** A prefix or suffix symbol or code as a currency; codes count only in capitals ("USD", not "usd"). */
function symbolRef(symbol: string | undefined): CurrencyRef | null {
  if (!symbol) return null;
  const compact = symbol.replace(/\s+/g, '');
  const code = PREFIX_SYMBOLS[compact] ?? SUFFIX_SYMBOLS[compact] ?? PREFIX_SYMBOLS[symbol];
  if (code === DOLLAR) return { kind: 'dollar' };
  if (code) return { kind: 'code', code };
  if (compact === 'RMB') return { kind: 'code', code: 'CNY' };
  return /^[A-Z]{3}$/.test(compact) && currencyTable().codes.has(compact) ? { kind: 'code', code: compact } : null;
}

/** The most specific of the currencies written around an amount ("about US$16 million to $28 million" → USD). */
function currencyOf(g: Groups): { ref: CurrencyRef; factor: number } | null {
  const table = currencyTable();
  const suffix = g.head ? table.resolve(g.adj ?? null, g.head) : symbolRef(g.code);
  if ((g.head || g.code) && !suffix) return null;
  const prefixes = [symbolRef(g.pre1), symbolRef(g.pre2)];
  // A prefix that is no currency ("usd" in lower case) leaves the number without one.
  if ((g.pre1 && !prefixes[0]) || (g.pre2 && !prefixes[1])) return null;
  const refs = [...prefixes, suffix].filter((r): r is CurrencyRef => r !== null);
  if (refs.length === 0) return null;
  const ref = refs.find((r) => r.kind === 'code') ?? refs[0]!;
  return { ref, factor: g.head ? (table.headForms.get(g.head.toLowerCase().replace(/\s+/g, ' '))?.factor ?? 1) : 1 };
}

const isWords = (n: string | undefined): boolean => n !== undefined && !/\d/.test(n);

/** Checks that keep "3 won", "10,000 pounds of cocaine", "euro zone" and "2018 dollars" out. */
function plausible(g: Groups, text: string, end: number, before: string): boolean {
  if ((g.pre1 && isWords(g.n1)) || (g.pre2 && isWords(g.n2))) return false;
  if (isWords(g.n1) && !g.head && !g.code) return false;
  if (/^0\d/.test(g.n1 ?? '')) return false;
  // "#" for "£" (ISO 646-GB) only where a number sign cannot be meant: "#0.79", "#8.4 bn", not "#1" or "C#".
  if (g.pre1 === '#' && (!(g.s1 || /^\d+\.\d\d$/.test(g.n1 ?? '')) || /[\p{L}\d]$/u.test(before))) return false;
  if (/^(an?|half\s+an?)$/i.test(g.n1 ?? '') && !g.s1) return false;
  const form = g.head ? currencyTable().headForms.get(g.head.toLowerCase().replace(/\s+/g, ' ')) : undefined;
  const head = form?.head;
  const after = text.slice(end, end + 12);
  if (form && form.factor === 1 && RISKY_HEADS.has(form.head) && !g.adj && !g.pre1 && !g.s1 && !g.s2 && !g.vague && !/\d[\d,]{3,}/.test(g.n1 ?? ''))
    return false;
  if (head && ADJECTIVE_ONLY_HEADS.has(head) && !g.adj) return false;
  if (head === 'pound' && !g.adj && /^\s+of\b/i.test(after)) return false;
  if (head === 'euro' && /^[\s-]*(zone|area)\b/i.test(after)) return false;
  // "in 2018 dollars" is a price level, not an amount.
  if (g.head && /^(1[89]|20)\d\d$/.test(g.n1 ?? '') && !g.s1 && /\b(in|constant|current)\s+$/i.test(before)) return false;
  return true;
}

/** Range checks: "between A and B", "A to B", "A-B", but never "from A to B" (a change) or "A and B". */
function rangeHolds(g: Groups, before: string): boolean {
  const sep = (g.sep ?? '').trim().toLowerCase();
  if (sep === 'and' && !g.between) return false;
  if (g.between && sep !== 'and' && !/^[-–—]$/.test(sep)) return false;
  // "rose 7 to $28 million": a bare number then a priced one is a change, not a range.
  if (g.pre2 && !g.pre1) return false;
  if (sep === 'to' && !g.pre2 && !g.s2 && !g.head && !g.code) return false;
  if (!g.pre2 && !g.s2 && !g.head && !g.code && !g.pre1) return false;
  if (/\bfrom\s+$/i.test(before) && !/\b(rang\w*|var\w*|anywhere|somewhere|prices?)\s+from\s+$/i.test(before)) return false;
  return true;
}

function interpret(g: Groups, text: string, start: number, end: number): FoundAmount | null {
  const before = text.slice(Math.max(0, start - 30), start);
  if (g.between && !g.sep) return null;
  if (g.sep && !rangeHolds(g, before)) return null;
  if (!plausible(g, text, end, before)) return null;
  const currency = currencyOf(g);
  if (!currency) return null;
  const qualifier = g.qual ? g.qual.toLowerCase().replace(/\s+/g, ' ') : null;
  const base = { start, end, ref: currency.ref, qualifier };
  if (g.vague) {
    const { min, max } = vagueBounds(g.vague);
    return { ...base, amount: scaled(min, currency.factor), min: scaled(min, currency.factor), max: scaled(max, currency.factor) };
  }
  const v1 = parseNumber(g.n1!);
  if (!Number.isFinite(v1)) return null;
  if (!g.n2) return { ...base, amount: scaled(v1, scaleOf(g.s1) * currency.factor) };
  const v2 = parseNumber(g.n2);
  const scale2 = scaleOf(g.s2);
  // "$12-20 million": the first bound borrows the scale when it is the smaller number.
  const scale1 = !g.s1 && g.s2 && v1 <= v2 ? scale2 : scaleOf(g.s1);
  const min = scaled(v1, scale1 * currency.factor);
  const max = scaled(v2, scale2 * currency.factor);
  if (!Number.isFinite(max) || !(min < max)) return null;
  return { ...base, amount: min, min, max };
}

function withTrailers(found: FoundAmount, text: string): FoundAmount {
  const stated = statedCodeAt(text, found.end);
  const ref: CurrencyRef = stated ? { kind: 'code', code: stated.code } : found.ref;
  const perUnit = perUnitAt(text, stated ? stated.end : found.end);
  return { ...found, ref, ...(perUnit ? { perUnit } : {}) };
}

/** A line of the text and where it starts. */
interface Line {
  start: number;
  text: string;
}

/**
 * The lines worth scanning: the amount pattern never crosses a line break, and an amount is
 * accepted only with a currency symbol, code or word (`currencyOf`), so a line without any of
 * them is skipped. The big pattern is costly to try at every position of a whole article.
 */
function linesWithCurrency(text: string): Line[] {
  const { hints } = amountPatterns();
  const lines: Line[] = [];
  for (let start = 0; start <= text.length; ) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    const line = text.slice(start, end);
    if (hints.symbols.test(line) || hints.words.test(line)) lines.push({ start, text: line });
    start = end + 1;
  }
  return lines;
}

/**
 * The amounts of one line, in order, none overlapping, with the text's offsets. The pattern runs
 * on the line alone (its lookarounds see a line break and a line end alike); the checks read the text.
 */
function amountsInLine(text: string, line: Line): FoundAmount[] {
  const { full, single } = amountPatterns();
  const out: FoundAmount[] = [];
  full.lastIndex = 0;
  for (let m = full.exec(line.text); m; m = full.exec(line.text)) {
    const start = line.start + m.index;
    let found = interpret(m.groups ?? {}, text, start, start + m[0].length);
    if (!found && (m.groups?.sep || m.groups?.between)) {
      // Not a range: take the first amount alone, if it is one.
      single.lastIndex = m.index + (m.groups?.between ? (/^.*?between\s+/is.exec(m[0])?.[0].length ?? 0) : 0);
      const s = single.exec(line.text);
      if (s) found = interpret(s.groups ?? {}, text, line.start + s.index, line.start + s.index + s[0].length);
    }
    if (found) {
      out.push(withTrailers(found, text));
      full.lastIndex = found.end - line.start;
    } else {
      full.lastIndex = m.index + 1;
    }
  }
  return out;
}

/** Every amount with a currency in the text, in order, none overlapping. */
export function findAmounts(text: string): FoundAmount[] {
  return linesWithCurrency(text).flatMap((line) => amountsInLine(text, line));
}
