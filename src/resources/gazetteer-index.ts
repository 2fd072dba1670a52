import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from '../types.js';
import type { Gazetteer, GazetteerEntry, GazetteerHit, NameMatch } from './gazetteer.js';
import { normalizePlaceKey } from './gazetteer-key.js';

/** The index layout this loader reads; scripts/build-gazetteer.mjs writes the same number. */
export const GAZETTEER_FORMAT = 1;

/** Where `npm run build` writes the index: data/gazetteer at the package root (from src/ and dist/ alike). */
export const defaultGazetteerDir = fileURLToPath(new URL('../../data/gazetteer/', import.meta.url));

/** The index is missing or was built by another version of the build script. */
export class GazetteerIndexError extends Error {
  override name = 'GazetteerIndexError';
}

interface Meta {
  format: number;
  countries: Record<string, number>;
}

/** A text file kept whole, with the start of each line: lines are parsed only when read. */
class Lines {
  readonly starts: Uint32Array;
  constructor(readonly text: string) {
    const starts: number[] = [0];
    for (let i = text.indexOf('\n'); i !== -1 && i + 1 < text.length; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.starts = Uint32Array.from(starts);
  }
  get length(): number {
    return this.starts.length;
  }
  line(i: number): string {
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.text.length - (this.text.endsWith('\n') ? 1 : 0);
    return this.text.slice(this.starts[i]!, end);
  }
  /** The first field of line i (the sort key of names.tsv). */
  key(i: number): string {
    const start = this.starts[i]!;
    return this.text.slice(start, this.text.indexOf('\t', start));
  }
}

const numberOrNull = (s: string | undefined): number | null => (s ? Number(s) : null);

function parseEntry(line: string): GazetteerEntry {
  const [id, name, kind, cc, admin1, featureCode, lat, lon, population] = line.split('\t');
  return {
    geonamesId: numberOrNull(id),
    name: name!,
    kind: kind as PlaceKind,
    countryCode: cc || null,
    admin1: admin1 || null,
    featureCode: featureCode!,
    lat: numberOrNull(lat),
    lon: numberOrNull(lon),
    population: Number(population) || 0,
  };
}

function readIndexFile(dir: string, file: string): string {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new GazetteerIndexError(`gazetteer index not found: ${path} is missing; run \`npm run build\` (or \`node scripts/build-gazetteer.mjs\`) to build it`);
  return readFileSync(path, 'utf8');
}

/**
 * The GeoNames gazetteer built by scripts/build-gazetteer.mjs: names looked up by binary search in the
 * sorted names file, entries parsed on first use. Loads in well under a second; throws
 * GazetteerIndexError naming the command to run when the index is missing or stale.
 */
/** How many looked-up names the gazetteer remembers before it starts over. */
const MATCH_CACHE_SIZE = 100_000;

export function loadGazetteerIndex(dir: string = defaultGazetteerDir): Gazetteer {
  const meta = JSON.parse(readIndexFile(dir, 'meta.json')) as Meta;
  if (meta.format !== GAZETTEER_FORMAT)
    throw new GazetteerIndexError(`gazetteer index in ${dir} has format ${meta.format}, expected ${GAZETTEER_FORMAT}; run \`npm run build\` to rebuild it`);
  const names = new Lines(readIndexFile(dir, 'names.tsv'));
  const entryLines = new Lines(readIndexFile(dir, 'entries.tsv'));
  const demonyms = new Map<string, string>(
    readIndexFile(dir, 'demonyms.tsv')
      .split('\n')
      .filter(Boolean)
      .map((l) => l.split('\t') as [string, string]),
  );
  const entries = new Map<number, GazetteerEntry>();
  const entry = (i: number): GazetteerEntry => {
    let e = entries.get(i);
    if (!e) entries.set(i, (e = parseEntry(entryLines.line(i))));
    return e;
  };

  function findKey(key: string): number {
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const k = names.key(mid);
      if (k === key) return mid;
      if (k < key) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }

  function lookUp(name: string): NameMatch | undefined {
    const key = normalizePlaceKey(name);
    const i = key ? findKey(key) : -1;
    if (i < 0) return undefined;
    const [, flags = '', ids = ''] = names.line(i).split('\t');
    const hits: GazetteerHit[] = ids.split(',').map((id) => ({ entry: entry(parseInt(id, 10)), abbreviation: id.endsWith('*') }));
    return { key, hits, commonWord: flags.includes('w'), firstName: flags.includes('p') };
  }

  // Names recur across articles ("Moscow", "U.S.", capitalized sentence starts): answers are
  // kept, up to a bound, so each is normalized and searched once. Matches are shared, never changed.
  const answers = new Map<string, NameMatch | undefined>();
  function match(name: string): NameMatch | undefined {
    if (answers.has(name)) return answers.get(name);
    const found = lookUp(name);
    if (answers.size >= MATCH_CACHE_SIZE) answers.clear();
    answers.set(name, found);
    return found;
  }

  return {
    match,
    lookup: (name) => match(name)?.hits.map((h) => h.entry) ?? [],
    country(code) {
      const line = meta.countries[code.toUpperCase()];
      return line === undefined ? undefined : entry(line);
    },
    countryOfDemonym(word) {
      const key = normalizePlaceKey(word);
      return demonyms.get(key) ?? (key.endsWith('s') ? demonyms.get(key.slice(0, -1)) : undefined);
    },
  };
}
