#!/usr/bin/env node
/**
 * Writes the given names the people stage knows (data/people/first-names.txt, one lower-case name
 * a line, in the order collected) from dist/people/first-names.js, so that each worker thread reads
 * one file instead of collecting them from two data packages and compromise's lexicon at start
 * (about 420 ms of CPU a worker). Run after tsc, by `npm run build`; always rewritten (about half a
 * second), so the list cannot fall behind the code that collects it.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';

const { collectFirstNames, FIRST_NAMES_FILE } = await import('../dist/people/first-names.js');
const names = [...collectFirstNames()];
if (names.some((name) => name.includes('\n'))) throw new Error('a first name holds a line break');
mkdirSync(dirname(FIRST_NAMES_FILE), { recursive: true });
writeFileSync(FIRST_NAMES_FILE, names.join('\n'));
console.log(`first names: ${names.length} written to ${FIRST_NAMES_FILE}`);
