import type { Offsets } from '../spans.js';
import type { DateMention, MoneyMention } from '../types.js';
import type { Mention, Trigger } from './model.js';

/**
 * Items grouped by the sentence they touch, made once an article: `of(sentence)` is every item
 * that overlaps it, in text order, so that each event looks only at its own sentence's items
 * instead of scanning the whole article's ("5 dates, 40 mentions" per sentence, not 2,000).
 * An item across a sentence break belongs to both sentences.
 */
export function bySentence<T>(sentences: readonly Offsets[], items: readonly T[], spanOf: (item: T) => Offsets): (sentenceIndex: number) => readonly T[] {
  const sorted = [...items].sort((a, b) => spanOf(a).start - spanOf(b).start);
  const groups: T[][] = sentences.map(() => []);
  // Sentences are in text order and do not overlap: walk both lists once.
  let first = 0;
  sentences.forEach((sentence, i) => {
    while (first < sorted.length && spanOf(sorted[first]!).end <= sentence.start) first++;
    for (let k = first; k < sorted.length && spanOf(sorted[k]!).start < sentence.end; k++) if (spanOf(sorted[k]!).end > sentence.start) groups[i]!.push(sorted[k]!);
  });
  return (sentenceIndex) => groups[sentenceIndex] ?? [];
}

/** Within `span`: the items of a sentence's group that lie inside one clause or sentence. */
export const inside = <T extends Offsets>(items: readonly T[], span: Offsets): T[] => items.filter((x) => x.start >= span.start && x.end <= span.end);

/** What one sentence holds of the article's items, each list in text order. */
export interface SentenceItems {
  mentions: readonly Mention[];
  dates: readonly DateMention[];
  money: readonly MoneyMention[];
  /** The light-verb phrases of the sentence ("held talks"). */
  phrases: readonly Trigger[];
}
