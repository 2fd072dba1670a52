import { builtDataPath, readBuiltOrCompute } from '../resources/build-data.js';
import { alternation, escape } from '../regex.js';
import { currencyTable } from './currency-table.js';
import { PREFIX_SYMBOLS, SUFFIX_SYMBOLS } from './currency-words.js';
import { DIGITS_PATTERN, FEW_PATTERN, SCALE_PATTERN, VAGUE_PATTERN, WORD_NUMBER_PATTERN } from './numbers.js';

/** Words before an amount that say how exact it is; kept in the span, as MEANTIME annotates them. */
export const QUALIFIERS = [
  'just over', 'just under', 'well over', 'well under', 'more than', 'less than', 'fewer than', 'up to', 'at least',
  'at most', 'close to', 'as much as', 'as little as', 'upwards of', 'in excess of', 'an estimated', 'nearly',
  'almost', 'about', 'around', 'approximately', 'roughly', 'some', 'over', 'under',
];

const SP = String.raw`[ \t\xa0]+`;
const SP0 = String.raw`[ \t\xa0]?`;

interface TrieNode {
  next: Map<string, TrieNode>;
  /** A word ends here. */
  end: boolean;
}

/**
 * The same alternation as `alternation(words)` (a space in a word matching any run of spaces),
 * written as a trie: "south(?:[ \t\xa0]+(?:africa|korea)n|...)". At each node the branches
 * start with different letters, so at most one can go on, and a word that ends there is tried
 * after every longer one: the order `alternation`'s longest-first gives. Much shorter, which
 * matters: V8 does not optimize a pattern whose source is longer than 20 KiB, and the hundreds of
 * country adjectives made the amount pattern one (27 times slower to scan with).
 * Letters are grouped by their lower case, which the patterns' `i` flag matches alike.
 */
export const trie = (words: Iterable<string>): string => {
  const root: TrieNode = { next: new Map(), end: false };
  for (const word of words) {
    let node = root;
    for (const ch of word.toLowerCase()) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { next: new Map(), end: false }));
      node = child;
    }
    node.end = true;
  }
  const edge = (ch: string) => (ch === ' ' ? SP : escape(ch));
  const write = (node: TrieNode): string => {
    const branches = [...node.next].sort(([a], [b]) => (a < b ? -1 : 1)).map(([ch, child]) => edge(ch) + write(child));
    if (branches.length === 0) return '';
    if (branches.length === 1 && !node.end) return branches[0]!;
    return `(?:${branches.join('|')})${node.end ? '?' : ''}`;
  };
  return write(root);
};

/** "US$" also written "US $"; one-letter prefixes stay glued ("A $10,000 prize" is not Australian). */
const prefixPattern = (symbol: string): string =>
  /^U\.?S\.?\$$/.test(symbol) ? escape(symbol).replace(/\\\$$/, `${SP0}\\$`) : escape(symbol);

/** The parts of the amount patterns that come from data: alternations of symbols, codes and words. */
export interface Pieces {
  prefix: string;
  adjective: string;
  head: string;
  suffixCode: string;
  qualifier: string;
}

/** Where `npm run build` writes `writePieces()` as JSON (scripts/build-money-patterns.mjs). */
export const AMOUNT_PIECES_FILE = builtDataPath('money/amount-pieces.json');

let cachedPieces: Pieces | undefined;

/**
 * The regex source pieces, once per process: read from the file the build wrote (a cold worker
 * spent about 100 ms of CPU writing the tries, 86 of them on the adjectives'), written when the
 * build has not.
 */
function pieces(): Pieces {
  cachedPieces ??= readBuiltOrCompute(AMOUNT_PIECES_FILE, (text) => JSON.parse(text) as Pieces, writePieces);
  return cachedPieces;
}

/** The regex source pieces, from the currency table. */
export function writePieces(): Pieces {
  const table = currencyTable();
  const codes = alternation([...table.codes, 'RMB']);
  return {
    prefix: `${alternation(Object.keys(PREFIX_SYMBOLS), prefixPattern)}|${codes}`,
    adjective: trie(table.adjectives.keys()),
    head: trie(table.headForms.keys()),
    suffixCode: `${codes}|${alternation(Object.keys(SUFFIX_SYMBOLS))}`,
    qualifier: trie(QUALIFIERS),
  };
}

function core(p: Pieces, i: 1 | 2): string {
  return `(?:(?<pre${i}>${p.prefix})${SP0})?(?<n${i}>${DIGITS_PATTERN}|${WORD_NUMBER_PATTERN})(?<s${i}>${SCALE_PATTERN})?`;
}

function build(withRanges: boolean, flags: string): RegExp {
  const p = pieces();
  const range = withRanges
    ? `(?:(?<sep>${SP0}[-–—]${SP0}|${SP}(?:to|and)${SP})${core(p, 2)})?`
    : '';
  const source =
    String.raw`(?<![\p{L}\p{N}_])` +
    `(?:(?<qual>${p.qualifier})${SP})?` +
    (withRanges ? `(?:(?<between>between)${SP})?` : '') +
    `(?:(?<vague>${VAGUE_PATTERN}|${FEW_PATTERN})|${core(p, 1)}${range})` +
    `(?:${SP}(?:of${SP})?(?:(?<adj>${p.adjective})${SP})?(?<head>${p.head})|${SP0}(?<code>${p.suffixCode}))?` +
    String.raw`(?![\p{L}\p{N}])`;
  return new RegExp(source, flags);
}

/**
 * What every accepted amount holds, for skipping lines without one: a symbol or code exactly as
 * `symbolRef` takes it (codes only in capitals, so this test is case-sensitive), or a currency
 * word where the pattern takes one, after a space and before a non-letter (case-insensitive).
 */
function buildHints(): { symbols: RegExp; words: RegExp } {
  const p = pieces();
  const symbols = alternation([...Object.keys(PREFIX_SYMBOLS), ...Object.keys(SUFFIX_SYMBOLS), ...currencyTable().codes, 'RMB']);
  return {
    symbols: new RegExp(symbols, 'u'),
    words: new RegExp(`${SP}(?:${p.head})` + String.raw`(?![\p{L}\p{N}])`, 'iu'),
  };
}

export interface AmountPatterns {
  /** Amounts and ranges ("between $12 million and $20 million"), scanning (`g`). */
  full: RegExp;
  /** A single amount at a given position (`y`), when a range does not hold. */
  single: RegExp;
  /** A currency symbol, code or word: a line without either cannot hold an accepted amount. */
  hints: { symbols: RegExp; words: RegExp };
}

let patterns: AmountPatterns | undefined;

/** The amount patterns, compiled once per process. Case-insensitive; codes are checked for capitals afterwards. */
export function amountPatterns(): AmountPatterns {
  if (!patterns) {
    patterns = { full: build(true, 'giu'), single: build(false, 'iuy'), hints: buildHints() };
  }
  return patterns;
}
