import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../src/pipeline/pipeline.js';
import { resolveConfig } from '../../src/pipeline/config.js';
import { stageIds } from '../../src/stages/index.js';
import type { DateMention } from '../../src/types.js';

const pipeline = createPipeline(resolveConfig({ stages: ['read', 'segment', 'dates'] }, stageIds));

/** The dates stage's items for a text with a reference date (the document date), every span checked against the text. */
export function datesOf(text: string, documentDate: string | null): DateMention[] {
  const article = pipeline.process({ id: 't', source: 't', text, date: documentDate });
  expect(article.messages.filter((m) => m.severity === 'error')).toEqual([]);
  const dates = article.dates ?? [];
  for (const d of dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  return dates;
}

/** [span text, TIMEX3 type, value, mod?]: one expected item of a table row. */
export type TimexRow = [string, DateMention['type'], string, string?];

/** An item as a table row: text, type, value and its mod when it has one. */
export const asRow = (d: DateMention): TimexRow => [d.text, d.type, d.value, ...(d.mod ? [d.mod] : [])] as TimexRow;

/** A table of cases: [document date, text, every item the text holds, in order]. */
export type TimexTable = Array<[string | null, string, TimexRow[]]>;

/** One test per row: the text's date items, as rows, equal the expected ones. */
export const table = (name: string, rows: TimexTable): void => {
  describe(name, () => {
    it.each(rows)('%s: %s', (ref, text, expected) => expect(datesOf(text, ref).map(asRow)).toEqual(expected));
  });
};
