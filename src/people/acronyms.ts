import { readFileSync } from 'node:fs';
import { builtDataPath } from '../resources/build-data.js';

/** Where `npm run build` writes the acronyms that name no body (scripts/build-acronyms.mjs): data/people at the package root. */
export const COMMON_ACRONYMS_FILE = builtDataPath('people/common-acronyms.txt');

let cached: ReadonlySet<string> | undefined;

/**
 * Acronyms that WordNet gives mostly senses of no body ("GDP", "DNA", "CPI", "CEO", "AI"), as written: the name tagger
 * and compromise read them as organizations in capitals. Loaded once per process, on first use.
 */
export function commonAcronyms(): ReadonlySet<string> {
  if (cached) return cached;
  try {
    cached = new Set(readFileSync(COMMON_ACRONYMS_FILE, 'utf8').split('\n'));
  } catch (error) {
    throw new Error(`people: cannot read ${COMMON_ACRONYMS_FILE} (run npm run build): ${(error as Error).message}`);
  }
  return cached;
}
