/**
 * The project's fixed split of an annotated corpus into a part to tune on and a part that is only
 * ever reported: every fourth document (0-based line index % 4 === 3) is `test`, the rest `tune`.
 * Fixed by position, not by content, so that it never moves when the code changes.
 */
export type CorpusSplit = 'tune' | 'test';

export const corpusSplits: readonly CorpusSplit[] = ['tune', 'test'];

/** Whether the document at `index` (its 0-based line in the corpus file) belongs to `split`. */
export function inSplit(index: number, split: CorpusSplit): boolean {
  return (index % 4 === 3) === (split === 'test');
}
