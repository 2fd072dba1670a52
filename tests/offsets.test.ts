import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import { ROOT } from './helpers/cli.js';
import { articleFiles } from './helpers/articles.js';
import { offsetViolations } from './helpers/spans.js';

const pipeline = createPipeline(resolveConfig({}, stageIds));
const MEANTIME = join(ROOT, '../shared/corpora/meantime/dev.jsonl');

describe('every item carries offsets into the original text', () => {
  const files = articleFiles();
  it.each(files)('%s', (file) => {
    const article = pipeline.process({ id: 'x', source: file, text: readFileSync(file, 'utf8') });
    expect(offsetViolations(article)).toEqual([]);
  });

  describe.skipIf(!existsSync(MEANTIME))('on the MEANTIME dev corpus (../shared/corpora)', () => {
    it('holds for every document', () => {
      const lines = readFileSync(MEANTIME, 'utf8').trim().split('\n');
      for (const line of lines) {
        const doc = JSON.parse(line) as { id: string; text: string; dct: string | null };
        const article = pipeline.process({ id: doc.id, source: 'meantime', text: doc.text, date: doc.dct });
        expect(offsetViolations(article), doc.id).toEqual([]);
      }
    });
  });
});
