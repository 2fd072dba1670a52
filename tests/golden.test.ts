import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createPipeline, toOutput } from '../src/pipeline/pipeline.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { stageIds } from '../src/stages/index.js';
import { diffArticle } from '../src/diff/compare.js';
import { differenceLines, formatArticleDiff } from '../src/diff/report.js';
import { ROOT } from './helpers/cli.js';

/**
 * One folder per case: input.txt, the hand-annotated expected.json (see tests/golden/README.md)
 * and, where the pipeline is known to fall short, known-misses.txt: each known difference on a
 * line, with `#` lines saying why. The case passes when the differences are exactly those:
 * a new miss fails it, and so does a fixed one until its line is removed.
 */
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
    const output = toOutput(pipeline.process({ id, source: `input/${id}.txt`, text })) as Record<string, unknown>;
    // The golden files annotate the events of the typed-trigger lexicon that happened (meetings, visits, deals ...: see
    // tests/golden/README.md); records of any other eventive predicate, statements and denied events are not annotated there.
    const typed = (output.events as Array<{ triggerSource: string; polarity: string }>).filter((e) => e.triggerSource === 'lexicon' && e.polarity === 'positive');
    const actual = { ...output, events: typed };
    const diff = diffArticle(id, expected, actual);
    const knownFile = join(GOLDEN, id, 'known-misses.txt');
    const known = existsSync(knownFile)
      ? readFileSync(knownFile, 'utf8').split('\n').filter((l) => l.trim() !== '' && !l.startsWith('#'))
      : [];
    expect([...differenceLines(diff)].sort(), formatArticleDiff(diff)).toEqual([...known].sort());
  });
});
