import { readFileSync, readdirSync } from 'node:fs';
import compromiseSource from 'compromise';
import nlp from '../src/pipeline/nlp.js';
import { describe, expect, it } from 'vitest';
import { createArticleContext, parse } from '../src/pipeline/context.js';
import { resolveConfig } from '../src/pipeline/config.js';
import { createResources } from '../src/resources/resources.js';
import { stageIds } from '../src/stages/index.js';

const article = readFileSync(new URL('../input/russia-kyrgyzstan-2019-07-11.txt', import.meta.url), 'utf8');

describe('the shared parse', () => {
  it("takes compromise from its single-file build, which tags as compromise's source modules do", () => {
    // The build is not the instance `import 'compromise'` gives: a plugin or a change to one's world does not reach the other.
    expect(nlp).not.toBe(compromiseSource);
    expect(nlp.version).toBe(compromiseSource.version);
    const json = (doc: ReturnType<typeof nlp>) => doc.json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; offset: object }> }>;
    const terms = (doc: ReturnType<typeof json>) => doc.flatMap((s) => s.terms.map((t) => [t.text, t.tags, t.offset]));
    const fromBuild = terms(json(nlp(article)));
    expect(fromBuild.length).toBeGreaterThan(100);
    expect(fromBuild).toEqual(terms(json(compromiseSource(article))));
  });

  it('is the only compromise the pipeline loads: no module of src/ but the benches imports compromise itself', () => {
    // A second instance would not have the shared parse's sweep, and would load compromise twice per thread.
    const src = new URL('../src/', import.meta.url);
    const files = (readdirSync(src, { recursive: true }) as string[]).filter((f) => f.endsWith('.ts') && !f.startsWith('bench') && f !== 'pipeline/nlp.ts');
    expect(files.length).toBeGreaterThan(50);
    // Types may come from 'compromise'; values only through src/pipeline/nlp.ts.
    const importers = files.filter((f) => /^import (?!type )[^;]*from 'compromise'|import\('compromise'\)|require\('compromise'\)/m.test(readFileSync(new URL(f, src), 'utf8')));
    expect(importers).toEqual([]);
  });

  it('tags every term as compromise does, without the phrase chunker, and leaves compromise as it was', () => {
    const hooks = nlp.world().hooks;
    const ours = parse(article).json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; chunk?: string }> }>;
    const theirs = nlp(article).json({ offset: true }) as Array<{ terms: Array<{ text: string; tags: string[]; chunk?: string }> }>;
    expect(nlp.world().hooks).toBe(hooks);
    const terms = (doc: typeof ours) => doc.flatMap((s) => s.terms.map((t) => [t.text, t.tags]));
    expect(terms(ours)).toEqual(terms(theirs));
    // compromise's chunker gives most terms a chunk; without it only a few have one, from the tagger.
    const chunked = (doc: typeof ours) => doc.flatMap((s) => s.terms).filter((t) => t.chunk).length;
    expect(chunked(ours)).toBeLessThan(chunked(theirs) / 2);
  });

  it('gives term records whose offsets point at their text in the article', () => {
    const ctx = createArticleContext({ text: article }, resolveConfig({}, stageIds), createResources());
    const terms = ctx.docJson().flatMap((s) => s.terms);
    expect(terms.length).toBeGreaterThan(100);
    for (const t of terms) expect(article.slice(t.offset.start, t.offset.start + t.offset.length)).toBe(t.text);
    expect(terms.find((t) => t.text === 'Moscow')?.tags.has('Place')).toBe(true);
  });
});
