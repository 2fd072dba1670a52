#!/usr/bin/env node
/**
 * Writes the parts of the money stage's amount patterns that come from data (currency symbols,
 * codes, country adjectives and currency words as alternations and tries) to
 * data/money/amount-pieces.json, from dist/money/pattern.js, so that a worker thread reads them
 * instead of writing the tries at start (about 100 ms of CPU a worker). Run after tsc, by
 * `npm run build`; always rewritten, so the file cannot fall behind the code that writes it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const { writePieces, AMOUNT_PIECES_FILE } = await import('../dist/money/pattern.js');
mkdirSync(dirname(AMOUNT_PIECES_FILE), { recursive: true });
writeFileSync(AMOUNT_PIECES_FILE, JSON.stringify(writePieces()));
console.log(`amount pattern pieces written to ${AMOUNT_PIECES_FILE}`);
