import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { collectFirstNames, firstNames, FIRST_NAMES_FILE } from '../src/people/first-names.js';

describe('people: the first-names list the build writes', () => {
  it('is written by npm run build', () => {
    expect(existsSync(FIRST_NAMES_FILE)).toBe(true);
  });

  // A worker reads the file instead of collecting the names (420 ms of CPU at start); both must give the same set, in the same order.
  it('holds what collecting the names gives now, in the same order', () => {
    const written = readFileSync(FIRST_NAMES_FILE, 'utf8').split('\n');
    expect(written).toEqual([...collectFirstNames()]);
    expect([...firstNames()]).toEqual(written);
  });

  it('keeps names that are also words only where the curated lists have them, and no place or month', () => {
    const names = firstNames();
    for (const name of ['mark', 'bill', 'maria', 'jose']) expect(names.has(name), name).toBe(true);
    for (const word of ['china', 'april', 'the', 'may', 'jose luis', '']) expect(names.has(word), word).toBe(false);
  });
});
