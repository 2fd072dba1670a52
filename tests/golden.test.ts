import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, toOutput } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import { diffArticle } from '../src/diff/compare.js';
import { formatArticleDiff } from '../src/diff/report.js';
import { ROOT } from './helpers/cli.js';

/** One folder per case: input.txt and the hand-annotated expected.json (see tests/golden/README.md). */
const GOLDEN = join(ROOT, 'tests/golden');
const cases = readdirSync(GOLDEN, { withFileTypes: true })
  .filter((d) => d.isDirectory() && existsSync(join(GOLDEN, d.name, 'expected.json')))
  .map((d) => d.name);
const pipeline = createPipeline(resolveConfig({}, stageIds));

describe('golden files', () => {
  it('has cases', () => expect(cases.length).toBeGreaterThan(0));

  it.each(cases)('%s', (id) => {
    const text = readFileSync(join(GOLDEN, id, 'input.txt'), 'utf8');
    const expected = JSON.parse(readFileSync(join(GOLDEN, id, 'expected.json'), 'utf8')) as Record<string, unknown>;
    expect(expected.text, 'expected.json holds the input text').toBe(text);
    const shipped = join(ROOT, 'input', `${id}.txt`);
    if (existsSync(shipped)) expect(readFileSync(shipped, 'utf8'), 'input/ holds the same article').toBe(text);
    const actual = toOutput(pipeline.process({ id, source: `input/${id}.txt`, text }));
    const diff = diffArticle(id, expected, actual);
    expect(diff.equal, formatArticleDiff(diff)).toBe(true);
  });
});
