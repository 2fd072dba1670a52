import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { cli, tempDir } from './helpers/cli.js';

/** A folder of small, varied articles built from sentence patterns (no two alike). */
function corpus(n: number): string {
  const dir = tempDir('corpus-');
  const cities = ['Paris', 'Berlin', 'Tokyo', 'Nairobi', 'Lima', 'Oslo'];
  for (let i = 0; i < n; i++) {
    const city = cities[i % cities.length]!;
    const text = `${city.toUpperCase()}, March ${(i % 27) + 1}, 2021 (Wire) - Officials in ${city} said on Tuesday that exports rose to $${i + 1}.5 billion in 2020.\n\nThe minister, Anna Berg, met traders on Monday.\n`;
    writeFileSync(join(dir, `article-${String(i).padStart(3, '0')}.txt`), text);
  }
  return dir;
}

const read = (dir: string) =>
  Object.fromEntries(readdirSync(dir).filter((f) => !f.startsWith('.')).sort().map((f) => [f, readFileSync(join(dir, f), 'utf8')]));

describe('run on worker threads', () => {
  const input = corpus(12);

  it('gives byte-identical output on one worker and on two, in every format', () => {
    for (const format of ['json', 'jsonl', 'csv']) {
      const one = tempDir();
      const two = tempDir();
      expect(cli(['run', input, '--out', one, '--format', format, '--workers', '1']).status).toBe(0);
      expect(cli(['run', input, '--out', two, '--format', format, '--workers', '2']).status).toBe(0);
      expect(read(two), format).toEqual(read(one));
    }
  }, 300_000);

  it('writes JSON Lines in input order', () => {
    const out = tempDir();
    cli(['run', input, '--out', out, '--format', 'jsonl', '--workers', '2']);
    const ids = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l).id);
    expect(ids).toEqual(Array.from({ length: 12 }, (_, i) => `article-${String(i).padStart(3, '0')}`));
  });

  it('resumes: a re-run skips complete outputs and redoes the rest; --force redoes all', () => {
    const out = tempDir();
    expect(cli(['run', input, '--out', out]).status).toBe(0);
    const before = read(out);
    rmSync(join(out, 'article-004.json'));
    rmSync(join(out, 'article-009.json'));
    const again = cli(['run', input, '--out', out]);
    expect(again.stderr).toMatch(/articles: 2 processed, 10 already done, 0 failed/);
    expect(read(out)).toEqual(before);
    expect(cli(['run', input, '--out', out, '--force']).stderr).toMatch(/articles: 12 processed, 0 already done/);
  });

  it('leaves only its outputs and errors.jsonl after a jsonl or csv run, and a re-run gives the same bytes', () => {
    for (const format of ['jsonl', 'csv']) {
      const out = tempDir();
      expect(cli(['run', input, '--out', out, '--format', format]).status).toBe(0);
      const files = format === 'jsonl' ? ['articles.jsonl', 'errors.jsonl'] : ['errors.jsonl', 'events.csv', 'mentions.csv'];
      expect(readdirSync(out).sort(), format).toEqual(files);
      const first = read(out);
      const again = cli(['run', input, '--out', out, '--format', format]);
      expect(again.status, format).toBe(0);
      // A finished JSON Lines output is its own resume state; a finished CSV run is redone.
      expect(again.stderr, format).toMatch(format === 'jsonl' ? /articles: 0 processed, 12 already done/ : /articles: 12 processed, 0 already done/);
      expect(read(out), format).toEqual(first);
      expect(readdirSync(out).sort(), format).toEqual(files);
    }
  }, 300_000);

  it('a re-run of a finished jsonl run with more articles processes only the new ones, in input order', () => {
    const some = join(input, 'article-00[0-4].txt');
    const whole = tempDir();
    cli(['run', input, '--out', whole, '--format', 'jsonl']);
    const out = tempDir();
    cli(['run', some, '--out', out, '--format', 'jsonl']);
    const again = cli(['run', input, '--out', out, '--format', 'jsonl']);
    expect(again.stderr).toMatch(/articles: 7 processed, 5 already done/);
    expect(read(out)).toEqual(read(whole));
  }, 300_000);

  it('splits a run into shards whose outputs together equal the whole', () => {
    const whole = tempDir();
    cli(['run', input, '--out', whole]);
    const shards = [0, 1, 2].map((i) => {
      const out = tempDir();
      expect(cli(['run', input, '--out', out, '--shard', `${i}/3`]).status).toBe(0);
      return read(out);
    });
    const merged: Record<string, string> = {};
    for (const s of shards) for (const [f, text] of Object.entries(s)) if (f !== 'errors.jsonl') {
      expect(merged[f], `${f} in two shards`).toBeUndefined();
      merged[f] = text;
    }
    const { ['errors.jsonl']: _, ...expected } = read(whole);
    expect(merged).toEqual(expected);
    expect(cli(['run', input, '--shard', '3/3']).status).toBe(2);
  }, 300_000);

  it('turns an article over the time limit into an error record and goes on', () => {
    const dir = tempDir();
    const config = join(dir, 'config.json');
    writeFileSync(config, JSON.stringify({ articleTimeoutMs: 1 }));
    const out = tempDir();
    const r = cli(['run', input, '--out', out, '--config', config]);
    expect(r.status).toBe(1);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.length).toBeGreaterThan(0);
    for (const e of errors) expect(e.reason).toMatch(/time limit of 1 ms/);
    expect(readdirSync(out).filter((f) => f.endsWith('.partial'))).toEqual([]);
  });

  it('refuses an article too long for the heap cap before a thread takes it', () => {
    const dir = tempDir('too-long-');
    const paragraph = 'OSLO, March 3, 2021 (Wire) - Officials in Oslo said on Tuesday that exports rose to $2.5 billion in 2020.\n\n';
    // 1.1 million characters: more than 128 MB holds at 200 bytes a character. Had a thread taken
    // it, its 1 ms time limit would have run out first and the reason would be the time limit.
    writeFileSync(join(dir, 'long.txt'), paragraph.repeat(10_000));
    writeFileSync(join(dir, 'short.txt'), 'OSLO, March 3, 2021 - Exports rose.\n');
    const config = join(tempDir(), 'config.json');
    writeFileSync(config, JSON.stringify({ workerHeapMb: 128, articleTimeoutMs: 1 }));
    const out = tempDir();
    const r = cli(['run', dir, '--out', out, '--config', config]);
    expect(r.status, r.stderr).toBe(1);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.find((e) => e.id === 'long')?.reason).toBe("needed more memory than a worker's heap limit of 128 MB (workerHeapMb)");
  });

  it('turns an article that fills a worker\'s heap into an error record; the next article still runs', () => {
    const dir = tempDir('heap-');
    const paragraph = 'OSLO, March 3, 2021 (Wire) - Officials in Oslo said on Tuesday that exports rose to $2.5 billion in 2020. The minister, Anna Berg, met traders on Monday.\n\n';
    // About 100,000 words: the pipeline's parse of it alone needs more than 128 MB.
    writeFileSync(join(dir, 'long.txt'), paragraph.repeat(4000));
    writeFileSync(join(dir, 'short.txt'), paragraph);
    const config = join(tempDir(), 'config.json');
    writeFileSync(config, JSON.stringify({ workerHeapMb: 128 }));
    const out = tempDir();
    const r = cli(['run', dir, '--out', out, '--config', config]);
    expect(r.status, r.stderr).toBe(1);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(errors.map((e) => [e.id, e.reason])).toEqual([['long', "needed more memory than a worker's heap limit of 128 MB (workerHeapMb)"]]);
    expect(readdirSync(out).sort()).toEqual(['errors.jsonl', 'short.json']);
    // The parse that fills the heap takes 20-40 s on a quiet machine and over a minute when the
    // two cores are shared, so the limit is the CLI batch tests' 300 s, not the default 60 s.
  }, 300_000);
});
