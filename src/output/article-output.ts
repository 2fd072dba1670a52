/** The kinds of item a run counts in its summary. */
export type ItemKind = 'dates' | 'people' | 'organizations' | 'places' | 'money' | 'events';
export const ITEM_KINDS: readonly ItemKind[] = ['dates', 'people', 'organizations', 'places', 'money', 'events'];

/**
 * A finished article as `run` writes and counts it: its output texts (one per output file, see
 * `outputTexts`), its items by kind and its error messages. A worker thread makes it, so that the
 * main thread neither receives the article object (a structured clone) nor serializes it: it only
 * writes. Kept apart from the serializers so that the main thread does not load the pipeline.
 */
export interface ArticleOutput {
  id: string;
  texts: string[];
  items: Record<ItemKind, number>;
  failures: Array<{ stage: string; reason: string }>;
}
