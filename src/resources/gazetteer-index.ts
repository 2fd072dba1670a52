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

/** How many looked-up names the gazetteer remembers before it starts over. */
const MATCH_CACHE_SIZE = 100_000;

/**
 * `answer` with its answers kept, up to MATCH_CACHE_SIZE names (then it starts over): names recur
 * across articles ("Moscow", "U.S.", "Russian", capitalized sentence starts), so each is normalized
 * and searched once. Answers are shared, never changed.
 */
function remembering<T>(answer: (name: string) => T): (name: string) => T {
  const answers = new Map<string, T>();
  return (name) => {
    if (answers.has(name)) return answers.get(name) as T;
    const found = answer(name);
    if (answers.size >= MATCH_CACHE_SIZE) answers.clear();
    answers.set(name, found);
    return found;
  };
}

/**
 * The GeoNames gazetteer built by scripts/build-gazetteer.mjs: names looked up by binary search in the
 * sorted names file, entries parsed on first use. Loads in well under a second; throws
 * GazetteerIndexError naming the command to run when the index is missing or stale.
 */
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

  function demonymOf(word: string): string | undefined {
    const key = normalizePlaceKey(word);
    return demonyms.get(key) ?? (key.endsWith('s') ? demonyms.get(key.slice(0, -1)) : undefined);
  }

  // Both are asked about most capitalized words of every article.
  const match = remembering(lookUp);
  const countryOfDemonym = remembering(demonymOf);

  return {
    match,
    lookup: (name) => match(name)?.hits.map((h) => h.entry) ?? [],
    country(code) {
      const line = meta.countries[code.toUpperCase()];
      return line === undefined ? undefined : entry(line);
    },
    countryOfDemonym,
  };
}
