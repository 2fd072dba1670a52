import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { cli, ROOT, tempDir } from './helpers/cli.js';

const ARTICLE = join(ROOT, 'input/russia-kyrgyzstan-2019-07-11.txt');
const SHORT = 'WASHINGTON, March 3, 2021 (Wire) - Acme Corp said on Tuesday it had bought a rival for $1.2 billion.\n';

describe('news-extract run', () => {
  it('writes one JSON per article of a folder, an empty error report, and a summary', () => {
    const inDir = tempDir();
    writeFileSync(join(inDir, 'a.txt'), SHORT);
    mkdirSync(join(inDir, 'sub'));
    writeFileSync(join(inDir, 'sub', 'b.txt'), 'LONDON, May 2, 2020 - Shares fell.\n');
    writeFileSync(join(inDir, 'notes.pdf'), 'not an article');
    const out = tempDir();
    const r = cli(['run', inDir, '--out', out]);
    expect(r.status).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['a.json', 'b.json', 'errors.jsonl']);
    expect(readFileSync(join(out, 'errors.jsonl'), 'utf8')).toBe('');
    const a = JSON.parse(readFileSync(join(out, 'a.json'), 'utf8'));
    expect(a.id).toBe('a');
    expect(a.documentDate).toBe('2021-03-03');
    expect(a.text).toBe(SHORT);
    expect(Object.keys(a)).toEqual(expect.arrayContaining(['dates', 'people', 'places', 'money', 'events', 'messages', 'dateline']));
    expect(r.stderr).toMatch(/articles: 2 processed, 0 already done, 0 failed/);
  });

  it('goes on past bad inputs, names each in errors.jsonl, and exits 1', () => {
    const inDir = tempDir();
    writeFileSync(join(inDir, 'good.txt'), SHORT);
    writeFileSync(join(inDir, 'empty.txt'), '');
    writeFileSync(join(inDir, 'image.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
    writeFileSync(join(inDir, 'batch.jsonl'), ['{"id":"j1","text":"Hello from Paris on Monday."}', '{not json', '{"id":"j3"}', '{"id":"j4","text":42}', '{"id":"j1","text":"again"}'].join('\n') + '\n');
    const out = tempDir();
    const r = cli(['run', inDir, join(inDir, 'missing.txt'), '--out', out]);
    expect(r.status).toBe(1);
    const errors = readFileSync(join(out, 'errors.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    const reasons = errors.map((e) => `${e.file.split('/').pop()}:${e.line ?? ''}:${e.reason}`);
    expect(reasons).toEqual([
      'batch.jsonl:2:' + errors[0].reason,
      'batch.jsonl:3:no "text" field',
      'batch.jsonl:4:"text" is number, not a string',
      'batch.jsonl:5:duplicate id "j1": an earlier article has it',
      'empty.txt::empty file',
      'image.txt::binary data, not text',
      'missing.txt::no such file or directory',
    ]);
    expect(errors[0].reason).toMatch(/^malformed JSON/);
    expect(existsSync(join(out, 'good.json'))).toBe(true);
    expect(existsSync(join(out, 'j1.json'))).toBe(true);
    expect(r.stderr).toMatch(/7 failed/);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack traces
  });

  it('writes JSON Lines and CSV that read back', () => {
    const out = tempDir();
    expect(cli(['run', ARTICLE, '--out', out, '--format', 'jsonl']).status).toBe(0);
    const lines = readFileSync(join(out, 'articles.jsonl'), 'utf8').trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(JSON.parse(lines[0]!).id).toBe('russia-kyrgyzstan-2019-07-11');

    const csvOut = tempDir();
    expect(cli(['run', ARTICLE, '--out', csvOut, '--format', 'csv']).status).toBe(0);
    const events = parse(readFileSync(join(csvOut, 'events.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const mentions = parse(readFileSync(join(csvOut, 'mentions.csv'), 'utf8'), { columns: true }) as Record<string, string>[];
    const header = readFileSync(join(csvOut, 'events.csv'), 'utf8').split('\n')[0];
    // The first columns never change; the role, type and modality columns come after them.
    expect(header).toBe(
      'article,id,type,trigger,triggerStart,triggerEnd,date,dateText,participants,places,amounts,start,end,' +
        'aceType,lemma,dateGrain,dateSource,tense,agent,patient,recipient,place,countryCode,amount,currency,modality,source,polarity,triggerSource,mentions,reports',
    );
    // "Putin and Jeenbekov met again on May 14, 2018, in the Black Sea resort city of Sochi."
    const sochi = events.find((e) => e.trigger === 'met' && e.date === '2018-05-14')!;
    expect([sochi.aceType, sochi.dateGrain, sochi.dateSource, sochi.agent, sochi.place, sochi.countryCode, sochi.modality, sochi.polarity]).toEqual([
      'Contact:Meet', 'day', 'explicit', 'Vladimir Putin; Sooronbay Jeenbekov', 'Sochi', 'RU', 'asserted', 'positive',
    ]);
    expect(readFileSync(join(csvOut, 'mentions.csv'), 'utf8').split('\n')[0]).toBe('article,kind,text,value,start,end,detail');
    const text = readFileSync(ARTICLE, 'utf8');
    for (const m of mentions) expect(text.slice(Number(m.start), Number(m.end))).toBe(m.text);
    for (const e of events) expect(text.slice(Number(e.triggerStart), Number(e.triggerEnd))).toBe(e.trigger);
  });

  it('takes a document date from --document-date when the text has none', () => {
    const out = tempDir();
    const r = cli(['run', '-', '--out', out, '--document-date', '2020-02-02'], { input: 'Officials met on Monday.\n' });
    expect(r.status).toBe(0);
    const a = JSON.parse(readFileSync(join(out, 'stdin.json'), 'utf8'));
    expect(a.documentDate).toBe('2020-02-02');
    expect(a.documentDateSource).toBe('option');
  });

  it('stops with exit 2 before any work when the output folder cannot be written', () => {
    const parent = tempDir();
    writeFileSync(join(parent, 'file'), 'x');
    const r = cli(['run', ARTICLE, '--out', join(parent, 'file', 'sub')]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot write to the output folder/);
  });

  it('rejects a broken config with exit 2 naming the key', () => {
    const dir = tempDir();
    const cases: Array<[string, RegExp]> = [
      ['{ "stages": ["read",', /not valid JSON/],
      ['{ "colour": "blue" }', /colour: unknown key/],
      ['{ "concurrency": "four" }', /concurrency: expected a whole number/],
      ['{ "stages": ["read", "segment", "teleport"] }', /stages\[2\]: .*"teleport" is not allowed/],
      ['{ "stages": ["read", "events"] }', /"events" reads sentences.*must come after/],
      ['{ "money": { "defaultDollar": "dollars" } }', /money.defaultDollar: expected an ISO 4217 code/],
    ];
    for (const [json, message] of cases) {
      const file = join(dir, 'bad.json');
      writeFileSync(file, json);
      const r = cli(['run', ARTICLE, '--config', file, '--out', tempDir()]);
      expect(r.status, json).toBe(2);
      expect(r.stderr, json).toMatch(message);
    }
  });
});

describe('news-extract stage and stages', () => {
  it('pipes stages: read | segment | dates', () => {
    const read = cli(['stage', 'read', ARTICLE]);
    expect(read.status).toBe(0);
    const afterRead = JSON.parse(read.stdout);
    expect(afterRead.documentDate).toBe('2019-07-11');
    expect(afterRead.dateline.place).toBe('Moscow');
    const seg = cli(['stage', 'segment'], { input: read.stdout });
    expect(seg.status).toBe(0);
    const afterSeg = JSON.parse(seg.stdout);
    expect(afterSeg.sentences.length).toBeGreaterThan(10);
    const dates = cli(['stage', 'dates'], { input: seg.stdout });
    expect(dates.status).toBe(0);
    expect(Array.isArray(JSON.parse(dates.stdout).dates)).toBe(true);
  });

  it('says what to pipe in when a stage lacks its input', () => {
    const read = cli(['stage', 'read', ARTICLE]);
    const r = cli(['stage', 'events'], { input: read.stdout });
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/reads sentences.*segment/);
    const notJson = cli(['stage', 'dates', ARTICLE]);
    expect(notJson.status).toBe(2);
    expect(notJson.stderr).toMatch(/not JSON/);
  });

  it('lists every stage', () => {
    const r = cli(['stages']);
    expect(r.status).toBe(0);
    for (const id of ['read', 'segment', 'dates', 'money', 'people', 'places', 'events']) expect(r.stdout).toMatch(new RegExp(`^${id}\\s`, 'm'));
  });

  it('exits 2 on an unknown command or option, and prints help and version', () => {
    expect(cli(['frobnicate']).status).toBe(2);
    expect(cli(['run', '--no-such-option']).status).toBe(2);
    expect(cli(['--help']).stdout).toMatch(/news-extract run/);
    expect(cli(['run', '--help']).stdout).toMatch(/--format/);
    expect(cli(['--version']).stdout.trim()).toBe(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version);
  });
});

describe('news-extract diff', () => {
  const article = (dates: unknown[]) => ({ id: 'x', text: 'On May 1, 2020 and 2021.', documentDate: null, dateline: null, dates, people: [], places: [], money: [], events: [] });
  const may = { text: 'May 1, 2020', start: 3, end: 14, type: 'DATE', value: '2020-05-01', grain: 'day' };
  const year = { text: '2021', start: 19, end: 23, type: 'DATE', value: '2021', grain: 'year' };

  it('exits 0 when equal and 1 when items are missing, added or changed, listing each', () => {
    const dir = tempDir();
    const golden = join(dir, 'golden.json');
    writeFileSync(golden, JSON.stringify(article([may, year])));
    const same = join(dir, 'same.json');
    writeFileSync(same, JSON.stringify(article([may, year])));
    expect(cli(['diff', same, golden]).status).toBe(0);

    const other = join(dir, 'x.json');
    writeFileSync(other, JSON.stringify(article([{ ...may, value: '2020-05' }, { text: 'On', start: 0, end: 2, type: 'DATE', value: 'X', grain: 'day' }])));
    const r = cli(['diff', other, golden]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/- missing {2}"2021" \[19, 23\) DATE 2021/);
    expect(r.stdout).toMatch(/\+ added {4}"On" \[0, 2\)/);
    expect(r.stdout).toMatch(/~ changed {2}"May 1, 2020"[\s\S]*value: "2020-05-01" → "2020-05"/);
    expect(r.stdout).toMatch(/dates: 2 golden, 2 actual, 0 correct — P 0.00 R 0.00/);
  });

  it('--update writes actual over golden after showing the diff', () => {
    const dir = tempDir();
    const golden = join(dir, 'g.json');
    const actual = join(dir, 'x.json');
    writeFileSync(golden, JSON.stringify(article([may])));
    writeFileSync(actual, JSON.stringify(article([may, year])));
    const r = cli(['diff', actual, golden, '--update']);
    expect(r.stdout).toMatch(/added/);
    expect(JSON.parse(readFileSync(golden, 'utf8')).dates).toHaveLength(2);
    expect(cli(['diff', actual, golden]).status).toBe(0);
  });

  it('compares folders against <id>/expected.json golden cases', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'golden', 'x'), { recursive: true });
    writeFileSync(join(dir, 'out', 'x.json'), JSON.stringify(article([may])));
    writeFileSync(join(dir, 'golden', 'x', 'expected.json'), JSON.stringify(article([may])));
    const r = cli(['diff', join(dir, 'out'), join(dir, 'golden')]);
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/1 compared, 0 differ/);
  });
});
