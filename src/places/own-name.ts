import type { GazetteerEntry } from '../resources/gazetteer.js';
import { isOwnKey, ownNameKey } from '../resources/gazetteer-key.js';

/** The key of each gazetteer entry's own name, kept: entries are shared by every article and never change. */
const ownKeys = new WeakMap<GazetteerEntry, string>();

/**
 * Whether `key` is the entry's own name rather than an old or foreign alternate (`isOwnName`).
 * Scoring asks it of every entry a name reaches, in every round, so the entry's key is made once.
 */
export function isEntryOwnName(entry: GazetteerEntry, key: string): boolean {
  return isOwnKey(entryOwnKey(entry), key);
}

/** The key of the entry's own name ("Oklahoma City" → "oklahoma city"), made once per entry. */
export function entryOwnKey(entry: GazetteerEntry): string {
  let own = ownKeys.get(entry);
  if (own === undefined) ownKeys.set(entry, (own = ownNameKey(entry.name)));
  return own;
}
