#!/usr/bin/env node
/**
 * Writes world-countries' entries cut to the fields the currency table reads to
 * data/money/countries.json (60 kB instead of 1.4 MB, which cost a worker 40-60 ms of CPU to load), and the parts of the money stage's amount patterns that come from data (currency symbols,
 * codes, country adjectives and currency words as alternations and tries) to
 * data/money/amount-pieces.json, from dist/money/pattern.js, so that a worker thread reads them
 * instead of writing the tries at start (about 100 ms of CPU a worker). Run after tsc, by
 * `npm run build`; always rewritten, so the file cannot fall behind the code that writes it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const { currencyCountries, CURRENCY_COUNTRIES_FILE } = await import('../dist/money/currency-table.js');
const { writePieces, AMOUNT_PIECES_FILE } = await import('../dist/money/pattern.js');
mkdirSync(dirname(AMOUNT_PIECES_FILE), { recursive: true });
// First: the table behind the pieces reads this file when it is there.
writeFileSync(CURRENCY_COUNTRIES_FILE, JSON.stringify(currencyCountries()));
writeFileSync(AMOUNT_PIECES_FILE, JSON.stringify(writePieces()));
console.log(`currency countries and amount pattern pieces written to ${dirname(AMOUNT_PIECES_FILE)}`);
