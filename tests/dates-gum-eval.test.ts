import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { evaluateDocuments, loadEvalDocuments } from '../src/eval/evaluate.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const gumPath = (split: 'train' | 'dev') => resolve(repoRoot, `../shared/corpora/gum/${split}.jsonl`);
const present = existsSync(gumPath('train')) && existsSync(gumPath('dev'));

/**
 * GUM scored for dates: its time mentions that carry a TEI date are the gold items. The counts
 * below were made from the corpus files alone (TIME_ENT spans with `attrs.date`; those whose
 * `when` is a date, not a clock time, have a value; `--MM` months with an unspecified year, `-YYYY` years BC), less
 * one for each dateline whose TEI element GUM's entity layer splits into a weekday and a date (34 in train, 4 in dev:
 * src/eval/tei-elements.ts joins them back; 791 and 194 mentions before).
 */
describe.skipIf(!present)('GUM as a dates corpus (skipped: ../shared/corpora/gum/*.jsonl is absent)', () => {
  it.each([
    ['train', 84, 757, 644, 15, 1],
    ['dev', 22, 190, 154, 12, 4],
  ] as const)('%s: %i documents, %i gold dates, %i with a value, %i of no stated year, %i BC', (split, documents, dates, valued, yearless, bc) => {
    const docs = loadEvalDocuments(gumPath(split));
    expect(docs).toHaveLength(documents);
    const gold = docs.flatMap((d) => d.gold.dates);
    expect(gold).toHaveLength(dates);
    expect(gold.filter((g) => g.value !== null)).toHaveLength(valued);
    expect(gold.filter((g) => g.value?.startsWith('XXXX-'))).toHaveLength(yearless);
    expect(gold.filter((g) => g.value?.startsWith('BC'))).toHaveLength(bc);
    expect(gold.every((g) => g.type === undefined)).toBe(true);
  });

  it('scores the pipeline on GUM news with values, and finds most dated news dates', () => {
    const docs = loadEvalDocuments(gumPath('train')).filter(({ doc }) => doc.id.startsWith('GUM_news_'));
    expect(docs.length).toBeGreaterThan(0);
    const result = evaluateDocuments(createPipeline(resolveConfig({}, stageIds)), docs, ['dates']);
    const dates = result.kinds.dates!;
    expect(dates.gold).toBe(docs.reduce((n, d) => n + d.gold.dates.length, 0));
    expect(dates.value).not.toBeNull();
    // A floor, not the figure: the stage found 85% of them by overlap when this test was written.
    expect(dates.relaxed.recall).toBeGreaterThan(0.8);
  });
});
