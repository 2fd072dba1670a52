import type { NlpSentenceJson } from '../pipeline/context.js';

/** Compromise's tags for the words of the article, by the word's start offset. */
export type TagsByOffset = ReadonlyMap<number, ReadonlySet<string>>;

/**
 * compromise's term tags from the shared parse (our copy: compromise objects stop at that
 * boundary), by offset. A hyphenated word is several terms: each keeps its own start.
 */
export function tagsByOffset(sentences: readonly NlpSentenceJson[]): TagsByOffset {
  const map = new Map<number, ReadonlySet<string>>();
  for (const sentence of sentences) {
    for (const term of sentence.terms) map.set(term.offset.start, term.tags);
  }
  return map;
}

/** Whether compromise gave the word starting at `start` any of `tags`. */
export function hasTag(tags: TagsByOffset, start: number, ...wanted: string[]): boolean {
  const set = tags.get(start);
  return set !== undefined && wanted.some((t) => set.has(t));
}
