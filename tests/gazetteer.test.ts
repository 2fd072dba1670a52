import { cpSync, mkdtempSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { defaultGazetteerDir, GazetteerIndexError, loadGazetteerIndex, shareGazetteerIndex } from '../src/resources/gazetteer-index.js';
import { isOwnName, normalizePlaceKey } from '../src/resources/gazetteer-key.js';
import { createResources } from '../src/resources/resources.js';
// The build script's copy of the key function: both sides of the index must agree.

const gazetteer = loadGazetteerIndex();
const ids = (name: string) => gazetteer.lookup(name).map((e) => e.geonamesId);

describe('gazetteer keys', () => {
  const cases: Array<[string, string]> = [
    ['St. Petersburg', 'saint petersburg'],
    ['Saint Petersburg', 'saint petersburg'],
    ['Cholpon-Ata', 'cholpon ata'],
    ['U.S.', 'us'],
    ['The Hague', 'hague'],
    ['São Paulo', 'sao paulo'],
    ['Côte d’Ivoire', 'cote divoire'],
    ['Mt. Kenya', 'mount kenya'],
    ['Kraków', 'krakow'],
    ['Køge', 'koge'],
    ['Ysyk-Köl', 'ysyk kol'],
    ['  New   York ', 'new york'],
  ];
  it.each(cases)('%s → %s', (name, key) => {
    expect(normalizePlaceKey(name)).toBe(key);
  });

  it('tells an own name from an alternate one', () => {
    expect(isOwnName('Frankfurt am Main', 'frankfurt')).toBe(true);
    expect(isOwnName('Frankfort', 'frankfurt')).toBe(false);
  });
});

describe('gazetteer lookups', () => {
  it('finds both St. Petersburgs and spells out "St."', () => {
    expect(ids('St. Petersburg')).toEqual(expect.arrayContaining([498817, 4171563]));
    expect(ids('Saint Petersburg')).toEqual(expect.arrayContaining([498817, 4171563]));
  });

  it('knows alternate names and spellings from GeoNames', () => {
    expect(ids('Alma-Ata')).toContain(1526384);
    expect(ids('Almaty')).toContain(1526384);
    expect(ids('Cholpon-Ata')).toEqual([1528512]);
  });

  it('knows countries by their names and abbreviations', () => {
    const kg = gazetteer.lookup('Kyrgyzstan').find((e) => e.kind === 'country');
    expect(kg).toMatchObject({ geonamesId: 1527747, countryCode: 'KG', featureCode: 'PCLI' });
    expect(gazetteer.lookup('Kyrgyz Republic').map((e) => e.countryCode)).toContain('KG');
    expect(gazetteer.country('kg')?.geonamesId).toBe(1527747);
    expect(gazetteer.country('RU')?.name).toBe('Russia');
    const us = gazetteer.match('US')!.hits.find((h) => h.entry.kind === 'country');
    expect(us).toMatchObject({ abbreviation: true, entry: { geonamesId: 6252001 } });
  });

  it('knows first-level regions with their admin1 codes, continents and regions', () => {
    expect(gazetteer.lookup('Florida').find((e) => e.countryCode === 'US')).toMatchObject({ kind: 'admin-region', admin1: 'FL', geonamesId: 4155751 });
    expect(gazetteer.lookup('Europe')[0]).toMatchObject({ kind: 'continent', geonamesId: 6255148 });
    expect(gazetteer.lookup('Central Asia')[0]).toMatchObject({ kind: 'region', geonamesId: null });
  });

  it('gives populated places a kind, coordinates and population', () => {
    const moscow = gazetteer.lookup('Moscow').find((e) => e.countryCode === 'RU' && e.featureCode === 'PPLC');
    expect(moscow).toMatchObject({ geonamesId: 524901, kind: 'city' });
    expect(moscow!.lat).toBeCloseTo(55.75, 1);
    expect(moscow!.lon).toBeCloseTo(37.62, 1);
    expect(moscow!.population).toBeGreaterThan(1_000_000);
  });

  it('flags names that are also English words or first names', () => {
    expect(gazetteer.match('Reading')?.commonWord).toBe(true);
    expect(gazetteer.match('Bath')?.commonWord).toBe(true);
    expect(gazetteer.match('Moscow')?.commonWord).toBe(false);
    expect(gazetteer.match('Jordan')?.firstName).toBe(true);
  });

  it('finds nothing for words that are no place', () => {
    expect(gazetteer.lookup('Xqzzyville')).toEqual([]);
    expect(gazetteer.match('')).toBeUndefined();
  });
});

describe('demonyms', () => {
  const cases: Array<[string, string | undefined]> = [
    ['Kyrgyz', 'KG'],
    ['Kirghiz', 'KG'],
    ['Russian', 'RU'],
    ['Russians', 'RU'],
    ['Kazakh', 'KZ'],
    ['Tajik', 'TJ'],
    ['American', 'US'],
    ['British', 'GB'],
    ['Dominican', 'DO'],
    ['South Korean', 'KR'],
    ['Moscow', undefined],
    ['Bermuda', undefined],
  ];
  it.each(cases)('%s → %s', (word, code) => {
    expect(gazetteer.countryOfDemonym(word)).toBe(code);
  });
});

describe('loading', () => {
  const empty = mkdtempSync(join(tmpdir(), 'gazetteer-'));
  afterAll(() => rmSync(empty, { recursive: true, force: true }));

  it('says which command builds a missing index', () => {
    expect(() => loadGazetteerIndex(empty)).toThrow(GazetteerIndexError);
    expect(() => loadGazetteerIndex(empty)).toThrow(/npm run build/);
  });

  it('refuses line offsets that do not fit their file', () => {
    const copy = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    cpSync(defaultGazetteerDir, copy, { recursive: true });
    truncateSync(join(copy, 'names.tsv'), 1000);
    expect(() => loadGazetteerIndex(copy)).toThrow(/names\.idx does not match names\.tsv.*npm run build/);
    rmSync(copy, { recursive: true, force: true });
  });

  it('hands worker threads the bytes it shared instead of their reading the files again', async () => {
    const copy = mkdtempSync(join(tmpdir(), 'gazetteer-'));
    cpSync(defaultGazetteerDir, copy, { recursive: true });
    shareGazetteerIndex(copy);
    // Gone from disk: a worker that can still look names up is using the shared bytes.
    rmSync(join(copy, 'names.tsv'));
    rmSync(join(copy, 'entries.tsv'));
    const module = pathToFileURL(join(defaultGazetteerDir, '../../dist/resources/gazetteer-index.js')).href;
    const worker = new Worker(
      `const { parentPort, workerData } = require('node:worker_threads');
       import(workerData.module).then(({ loadGazetteerIndex }) => {
         parentPort.postMessage(loadGazetteerIndex(workerData.dir).lookup('Paris').map((e) => e.geonamesId));
       });`,
      { eval: true, workerData: { module, dir: copy } },
    );
    const found = await new Promise((resolve, reject) => worker.once('message', resolve).once('error', reject));
    await worker.terminate();
    expect(found).toEqual(ids('Paris'));
    expect(ids('Paris').length).toBeGreaterThan(0);
    // And this thread too.
    expect(loadGazetteerIndex(copy).lookup('Paris').map((e) => e.geonamesId)).toEqual(ids('Paris'));
    rmSync(copy, { recursive: true, force: true });
  });

  it('loads once per pipeline resources, on first use', () => {
    const resources = createResources();
    expect(resources.gazetteer()).toBe(resources.gazetteer());
    expect(() => createResources({ gazetteerDir: empty }).gazetteer()).toThrow(/npm run build/);
  });
});
