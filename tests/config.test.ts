import { describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { ConfigError, defaultConfig, resolveConfig } from '../src/pipeline/config.js';
import { createPipeline } from '../src/pipeline/pipeline.js';
import { stageIds } from '../src/stages/index.js';
import { BIN, ROOT, tempDir } from './helpers/cli.js';

describe('pipeline config', () => {
  it('the shipped pipeline.config.json is valid and equals the defaults', () => {
    const shipped = JSON.parse(readFileSync(join(ROOT, 'pipeline.config.json'), 'utf8'));
    expect(resolveConfig(shipped, stageIds)).toEqual(defaultConfig);
  });

  const bad: Array<[unknown, RegExp]> = [
    [[], /config: expected an object/],
    [{ stages: [] }, /stages: expected a non-empty array/],
    [{ stages: ['read', 'nope'] }, /stages\[1\]: "nope" is not allowed; use one of read, segment/],
    [{ output: { format: 'xml' } }, /output.format: "xml" is not allowed; use one of json, jsonl, csv/],
    [{ output: { dir: '' } }, /output.dir: expected a non-empty string/],
    [{ output: { colour: 1 } }, /output.colour: unknown key; allowed keys are format, dir/],
    [{ concurrency: 0 }, /concurrency: expected a whole number ≥ 1/],
    [{ documentDate: { value: '11/07/2019' } }, /documentDate.value: expected an ISO date/],
    [{ documentDate: { sources: ['guess'] } }, /documentDate.sources\[0\]: "guess" is not allowed/],
    [{ articleTimeoutMs: -1 }, /articleTimeoutMs: expected a whole number ≥ 0/],
    [{ workerHeapMb: 64 }, /workerHeapMb: expected 0 \(V8's own limit\) or a whole number ≥ 128, got 64/],
    [{ workerHeapMb: '1g' }, /workerHeapMb: expected 0 .* got "1g"/],
  ];
  it.each(bad)('rejects %j', (config, message) => {
    expect(() => resolveConfig(config, stageIds)).toThrow(ConfigError);
    expect(() => resolveConfig(config, stageIds)).toThrow(message);
  });

  it('rejects a stage placed before the stage it needs, naming both', () => {
    const config = resolveConfig({ stages: ['read', 'dates', 'segment'] }, stageIds);
    expect(() => createPipeline(config)).toThrow(/stages\[1\]: "dates" reads sentences, so it must come after segment/);
  });

  it('takes 0 for the worker heap limit: V8 keeps its own', () => {
    expect(resolveConfig({ workerHeapMb: 0 }, stageIds).workerHeapMb).toBe(0);
  });

  it('merges a partial config over the defaults', () => {
    const config = resolveConfig({ money: { defaultDollar: 'CAD' } }, stageIds);
    expect(config.money.defaultDollar).toBe('CAD');
    expect(config.stages).toEqual(defaultConfig.stages);
  });
});

describe('stage catalog', () => {
  it('gives every stage with the id, reads and adds of its code, in the default order', async () => {
    const { STAGE_SHAPES } = await import('../src/stages/catalog.js');
    const { allStages } = await import('../src/stages/index.js');
    expect(STAGE_SHAPES).toEqual(allStages.map((s) => ({ id: s.id, reads: s.reads, adds: s.adds })));
  });

  it("`run` loads neither compromise, chrono nor the stages in its main thread (its workers do)", () => {
    const dir = tempDir('hooks-');
    // A module resolve hook that names every module the process loads.
    writeFileSync(join(dir, 'hooks.mjs'), 'export async function resolve(s, c, next) { const r = await next(s, c); process._rawDebug("loaded " + r.url); return r; }\n');
    writeFileSync(join(dir, 'register.mjs'), "import { register } from 'node:module';\nregister('./hooks.mjs', import.meta.url);\n");
    const loaded = (args: string[]) => {
      const r = spawnSync(process.execPath, ['--import', join(dir, 'register.mjs'), BIN, ...args], { cwd: ROOT, encoding: 'utf8' });
      return r.stderr.split('\n').filter((l) => l.startsWith('loaded '));
    };
    const heavy = (urls: string[]) => urls.filter((u) => /node_modules\/(compromise|chrono-node)\/|dist\/(stages\/index|pipeline\/pipeline)\.js/.test(u));
    expect(heavy(loaded(['run', '--help']))).toEqual([]);
    // The probe sees them when they are loaded: `stages` lists the stages from their code.
    expect(heavy(loaded(['stages'])).length).toBeGreaterThan(0);
  });
});
