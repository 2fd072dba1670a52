import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { existsSync, readFileSync } from 'node:fs';
import { AMOUNT_PIECES_FILE, amountPatterns, trie, writePieces } from '../src/money/pattern.js';
import { alternation, escape } from '../src/regex.js';
import { CURRENCY_COUNTRIES_FILE, currencyCountries, currencyTable } from '../src/money/currency-table.js';

/** Every match at every start position, with what it took: the behaviour two patterns must share. */
function matchesAtEachStart(pattern: RegExp, text: string): Array<string | null> {
  return Array.from(text, (_, i) => {
    pattern.lastIndex = i;
    return pattern.exec(text)?.[0] ?? null;
  });
}

describe('money: the amount pattern', () => {
  // V8 leaves a pattern whose source is over 20 KiB unoptimized (RegExp::kRegExpTooLargeToOptimize):
  // scanning for amounts then took 7 times as long. The country adjectives are most of the source.
  it('stays small enough for V8 to optimize', () => {
    const { full, single } = amountPatterns();
    expect(full.source.length).toBeLessThan(20 * 1024);
    expect(single.source.length).toBeLessThan(20 * 1024);
  });

  // A worker reads the pieces the build wrote instead of writing the tries at start (100 ms of CPU): they must be what the data gives now.
  it('is made from the pieces npm run build wrote, which are what the currency data gives now', () => {
    expect(existsSync(AMOUNT_PIECES_FILE)).toBe(true);
    const written = JSON.parse(readFileSync(AMOUNT_PIECES_FILE, 'utf8')) as unknown;
    expect(written).toEqual(writePieces());
    expect(amountPatterns().full.source).toContain(writePieces().adjective);
  });

  it('reads the cut of world-countries npm run build wrote, which is what the package gives now', () => {
    expect(existsSync(CURRENCY_COUNTRIES_FILE)).toBe(true);
    expect(JSON.parse(readFileSync(CURRENCY_COUNTRIES_FILE, 'utf8'))).toEqual(currencyCountries());
    expect(currencyTable().adjectives.get('canadian')).toEqual(['CA']);
    expect(currencyTable().countryCurrencies.get('KG')).toEqual(['KGS']);
  });

  const adjectives = [...currencyTable().adjectives.keys()];
  const spacing = fc.constantFrom(' ', '  ', '\t', '\u00a0');
  const word = fc.oneof(
    fc.constantFrom(...adjectives),
    fc.constantFrom('south', 'new', 'dollar', 'us', 'u.s', 'hong', 'kong', 'x', ''),
  );
  /** A text of adjectives, their prefixes and other words, in random case and spacing. */
  const text = fc
    .array(fc.tuple(word, spacing, fc.boolean()), { minLength: 1, maxLength: 8 })
    .map((parts) => parts.map(([w, sp, upper]) => (upper ? w.toUpperCase() : w).replace(/ /g, sp) + sp).join(''));

  it('writes a word list as a trie that matches what the longest-first alternation matches', () => {
    const space = String.raw`[ \t\xa0]+`;
    const listed = new RegExp(alternation(adjectives, (a) => escape(a).replace(/ /g, space)), 'iuy');
    const asTrie = new RegExp(trie(adjectives), 'iuy');
    fc.assert(
      fc.property(text, (t) => {
        expect(matchesAtEachStart(asTrie, t)).toEqual(matchesAtEachStart(listed, t));
      }),
      { numRuns: 300 },
    );
  });

  it('finds each adjective before its currency word, with any spacing and case', () => {
    const { single } = amountPatterns();
    for (const adjective of ['hong kong', 'new zealand', 'canadian', 'south african', 'u.s.']) {
      const amount = `5 million ${adjective.toUpperCase().replace(/ /g, '\u00a0 ')} dollars`;
      single.lastIndex = 0;
      expect(single.exec(amount)?.groups?.adj).toBe(adjective.toUpperCase().replace(/ /g, '\u00a0 '));
    }
  });
});
