import { open, readFile, rename, rm, mkdir, type FileHandle } from 'node:fs/promises';
import { createReadStream, existsSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { join } from 'node:path';
import { crc32 } from 'node:zlib';
import { outputWriteError } from '../io/atomic.js';

/**
 * Where a `jsonl` or `csv` run keeps its finished articles until the merge: one chunk file per
 * output file, appended to, and a journal of which article's bytes lie where. A few files
 * whatever the length of the batch; removed once the merged output is complete.
 */
export const RESUME_DIR = '.news-extract-resume';

const JOURNAL = 'journal';
const chunkName = (i: number) => `chunk-${i}`;

/** Where one article's record lies in one chunk: byte offset, byte length, CRC-32 of the bytes. */
type Range = [offset: number, length: number, crc: number];

/**
 * The resume state of one output folder. Each finished article's texts are appended to the
 * chunks first and its journal line after, so a journal line never names bytes that were not
 * written, even after kill -9. On opening, a journal line that is torn, or whose bytes do not
 * match their CRC (a crash of the machine before the page cache reached the disk), is dropped
 * and its article redone.
 */
export class ResumeState {
  private constructor(
    private readonly dir: string,
    private readonly chunks: FileHandle[],
    private readonly sizes: number[],
    private readonly journal: FileHandle,
    private readonly done: Map<string, Range[]>,
  ) {}

  /** Open (or start) the state in `outDir` for `chunkCount` output files; `fresh` forgets what it held. */
  static async open(outDir: string, chunkCount: number, fresh: boolean): Promise<ResumeState> {
    const dir = join(outDir, RESUME_DIR);
    if (fresh) await rm(dir, { recursive: true, force: true });
    await mkdir(dir, { recursive: true });
    const chunks = await Promise.all(Array.from({ length: chunkCount }, (_, i) => open(join(dir, chunkName(i)), 'a+')));
    const sizes = await Promise.all(chunks.map(async (c) => (await c.stat()).size));
    const journalPath = join(dir, JOURNAL);
    const text = existsSync(journalPath) ? await readFile(journalPath, 'utf8') : '';
    const complete = text.slice(0, text.lastIndexOf('\n') + 1);
    const journal = await open(journalPath, 'a');
    // A line torn by a kill would swallow the next one appended after it.
    if (complete.length < text.length) await journal.truncate(Buffer.byteLength(complete));
    const done = new Map<string, Range[]>();
    for (const line of complete.split('\n')) {
      const entry = parseEntry(line, chunkCount);
      if (entry && (await intact(entry.ranges, chunks, sizes))) done.set(entry.id, entry.ranges);
    }
    return new ResumeState(dir, chunks, sizes, journal, done);
  }

  has(id: string): boolean {
    return this.done.has(id);
  }

  /** Append one article's texts, one per output file, then its journal line. */
  async add(id: string, texts: readonly string[]): Promise<void> {
    const ranges: Range[] = [];
    try {
      for (const [i, text] of texts.entries()) {
        const bytes = Buffer.from(text, 'utf8');
        await this.chunks[i]!.write(bytes);
        ranges.push([this.sizes[i]!, bytes.length, crc32(bytes)]);
        this.sizes[i]! += bytes.length;
      }
      await this.journal.write(JSON.stringify([id, ...ranges]) + '\n');
    } catch (error) {
      throw outputWriteError(join(this.dir, JOURNAL), error);
    }
    this.done.set(id, ranges);
  }

  /** The texts of output file `file` for `ids`, in that order, as they were added. */
  async *texts(file: number, ids: readonly string[]): AsyncGenerator<Buffer> {
    for (const id of ids) {
      const range = this.done.get(id)?.[file];
      if (!range) throw new Error(`no finished output for ${id} in ${this.dir}`);
      yield await readRange(this.chunks[file]!, range);
    }
  }

  /** Close the files; with `remove`, delete the state (the merged output is complete). */
  async close(remove: boolean): Promise<void> {
    await Promise.all([...this.chunks, this.journal].map((h) => h.close()));
    if (remove) await rm(this.dir, { recursive: true, force: true });
  }
}

function parseEntry(line: string, chunkCount: number): { id: string; ranges: Range[] } | undefined {
  if (line === '') return undefined;
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch {
    return undefined;
  }
  if (!Array.isArray(value) || typeof value[0] !== 'string' || value.length !== chunkCount + 1) return undefined;
  const ranges = value.slice(1) as unknown[];
  const isRange = (r: unknown): r is Range => Array.isArray(r) && r.length === 3 && r.every((n) => Number.isSafeInteger(n) && n >= 0);
  return ranges.every(isRange) ? { id: value[0], ranges } : undefined;
}

async function readRange(chunk: FileHandle, [offset, length]: Range): Promise<Buffer> {
  const buffer = Buffer.alloc(length);
  let read = 0;
  while (read < length) {
    const { bytesRead } = await chunk.read(buffer, read, length - read, offset + read);
    if (bytesRead === 0) break;
    read += bytesRead;
  }
  return buffer.subarray(0, read);
}

/** Whether every range lies inside its chunk and its bytes still have their CRC. */
async function intact(ranges: readonly Range[], chunks: readonly FileHandle[], sizes: readonly number[]): Promise<boolean> {
  for (const [i, range] of ranges.entries()) {
    if (range[0] + range[1] > sizes[i]!) return false;
    if (crc32(await readRange(chunks[i]!, range)) !== range[2]) return false;
  }
  return true;
}

/**
 * Take a finished JSON Lines output back as resume state, so that re-running a complete run skips
 * its articles: the journal is written from its lines, then the file becomes the state's chunk.
 * A kill in between leaves a journal whose ranges lie outside the (empty) chunk: they are redone.
 */
export async function adoptJsonLines(outDir: string, file: string): Promise<void> {
  const dir = join(outDir, RESUME_DIR);
  await mkdir(dir, { recursive: true });
  const journal = await open(join(dir, JOURNAL), 'w');
  try {
    let offset = 0;
    for await (const line of createInterface({ input: createReadStream(file), crlfDelay: Infinity })) {
      const bytes = Buffer.from(line + '\n', 'utf8');
      const id = /^\{"id":("(?:[^"\\]|\\.)*")/.exec(line)?.[1];
      if (id !== undefined) await journal.write(JSON.stringify([JSON.parse(id) as string, [offset, bytes.length, crc32(bytes)]]) + '\n');
      offset += bytes.length;
    }
  } finally {
    await journal.close();
  }
  await rename(file, join(dir, chunkName(0)));
}
