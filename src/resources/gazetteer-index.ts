import { closeSync, existsSync, fstatSync, openSync, readFileSync, readSync } from 'node:fs';
import { endianness } from 'node:os';
import { join, resolve } from 'node:path';
import { getEnvironmentData, setEnvironmentData } from 'node:worker_threads';
import { fileURLToPath } from 'node:url';
import type { PlaceKind } from '../types.js';
import type { Gazetteer, GazetteerEntry, GazetteerHit, NameMatch } from './gazetteer.js';
import { normalizePlaceKey } from './gazetteer-key.js';

/** The index layout this loader reads; scripts/build-gazetteer.mjs writes the same number. */
export const GAZETTEER_FORMAT = 2;

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

/**
 * A text file kept as its UTF-8 bytes, with the byte offset of each line's start (its `.idx` file,
 * written by the build): a line is decoded only when read, so loading is two reads, no scan, and
 * the text stays outside the JS heap.
 */
class Lines {
  constructor(
    readonly bytes: Buffer,
    readonly starts: Uint32Array,
  ) {}
  get length(): number {
    return this.starts.length;
  }
  line(i: number): string {
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.bytes.length - 1;
    return this.bytes.toString('utf8', this.starts[i]!, end);
  }
  /** `key` (UTF-8) against the first field of line i (the sort key of names.tsv), byte by byte. */
  compareKey(key: Buffer, i: number): number {
    const start = this.starts[i]!;
    return key.compare(this.bytes, start, this.bytes.indexOf(9, start));
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

function readIndexFile(dir: string, file: string): Buffer {
  const path = join(dir, file);
  if (!existsSync(path))
    throw new GazetteerIndexError(`gazetteer index not found: ${path} is missing; run \`npm run build\` (or \`node scripts/build-gazetteer.mjs\`) to build it`);
  return readFileSync(path);
}

/** The files of the index that are large: read once per process when shared (see shareGazetteerIndex). */
const SHARED_FILES = ['names.tsv', 'names.idx', 'entries.tsv', 'entries.idx'] as const;

/** Where a process keeps the shared files of the index in `dir`, for its worker threads. */
function sharedKey(dir: string): string {
  return `news-extract:gazetteer:${resolve(dir)}`;
}

/**
 * A file read straight into a SharedArrayBuffer of its size: no Buffer of the same 20 MB to fill
 * and copy from first, which made sharing cost 2.5 times the CPU (page faults of both, the copy).
 */
function readShared(path: string): SharedArrayBuffer {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    const shared = new SharedArrayBuffer(size);
    const view = new Uint8Array(shared);
    for (let read = 0; read < size; ) {
      const n = readSync(fd, view, read, size - read, read);
      if (n === 0) throw new Error(`${path} ended at byte ${read} of ${size}`);
      read += n;
    }
    return shared;
  } finally {
    closeSync(fd);
  }
}

/**
 * Reads the large files of the index in `dir` once into SharedArrayBuffers and hands them to this
 * thread and every worker thread started after this call (Node's environment data, which shares
 * such buffers rather than copying them): each loadGazetteerIndex of `dir` then uses these bytes
 * instead of reading its own 21 MB. Does nothing when the index is missing or of another format: each worker
 * then reports that itself, as without sharing.
 */
export function shareGazetteerIndex(dir: string = defaultGazetteerDir): void {
  try {
    const meta = JSON.parse(readFileSync(join(dir, 'meta.json'), 'utf8')) as Meta;
    if (meta.format !== GAZETTEER_FORMAT) return;
    const files: Record<string, SharedArrayBuffer> = {};
    for (const file of SHARED_FILES) files[file] = readShared(join(dir, file));
    setEnvironmentData(sharedKey(dir), files);
  } catch {
    // Missing or unreadable: the workers read the files themselves and report what is wrong.
  }
}

/** A file of the index: the process's shared copy when shareGazetteerIndex made one, else read now. */
function indexFileBytes(dir: string, file: string): Buffer {
  const shared = (getEnvironmentData(sharedKey(dir)) as Record<string, SharedArrayBuffer> | undefined)?.[file];
  return shared ? Buffer.from(shared) : readIndexFile(dir, file);
}

/** BASE.tsv with its line starts from BASE.idx (little-endian 32-bit numbers). */
function readLines(dir: string, base: string): Lines {
  const bytes = indexFileBytes(dir, `${base}.tsv`);
  const idx = indexFileBytes(dir, `${base}.idx`);
  const count = idx.length >>> 2;
  // A view when the bytes are aligned on a little-endian machine (the usual case), else a copy.
  const starts =
    endianness() === 'LE' && idx.byteOffset % 4 === 0
      ? new Uint32Array(idx.buffer, idx.byteOffset, count)
      : Uint32Array.from({ length: count }, (_, i) => idx.readUInt32LE(i * 4));
  if (count === 0 || starts[count - 1]! >= bytes.length)
    throw new GazetteerIndexError(`gazetteer index in ${dir}: ${base}.idx does not match ${base}.tsv; run \`npm run build\` to rebuild it`);
  return new Lines(bytes, starts);
}

/** A remembered answer of undefined. */
const NONE = Symbol('none');

/** How many looked-up names the gazetteer remembers before it starts over. */
const MATCH_CACHE_SIZE = 100_000;

/**
 * `answer` with its answers kept, up to MATCH_CACHE_SIZE names (then it starts over): names recur
 * across articles ("Moscow", "U.S.", "Russian", capitalized sentence starts), so each is normalized
 * and searched once. Answers are shared, never changed.
 */
function remembering<T>(answer: (name: string) => T): (name: string) => T {
  // Most names are no place: their answer, undefined, is kept as NONE so that one look-up finds it.
  const answers = new Map<string, T | typeof NONE>();
  return (name) => {
    const known = answers.get(name);
    if (known !== undefined) return known === NONE ? (undefined as T) : known;
    const found = answer(name);
    if (answers.size >= MATCH_CACHE_SIZE) answers.clear();
    answers.set(name, found === undefined ? NONE : found);
    return found;
  };
}

/**
 * The GeoNames gazetteer built by scripts/build-gazetteer.mjs: names looked up by binary search in the
 * sorted names file, entries parsed on first use. Loads with a few reads (no parse, no scan); throws
 * GazetteerIndexError naming the command to run when the index is missing or stale.
 */
export function loadGazetteerIndex(dir: string = defaultGazetteerDir): Gazetteer {
  const meta = JSON.parse(readIndexFile(dir, 'meta.json').toString('utf8')) as Meta;
  if (meta.format !== GAZETTEER_FORMAT)
    throw new GazetteerIndexError(`gazetteer index in ${dir} has format ${meta.format}, expected ${GAZETTEER_FORMAT}; run \`npm run build\` to rebuild it`);
  const names = readLines(dir, 'names');
  const entryLines = readLines(dir, 'entries');
  const demonyms = new Map<string, string>(
    readIndexFile(dir, 'demonyms.tsv')
      .toString('utf8')
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
    const bytes = Buffer.from(key, 'utf8');
    let lo = 0;
    let hi = names.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const order = names.compareKey(bytes, mid);
      if (order === 0) return mid;
      if (order > 0) lo = mid + 1;
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
