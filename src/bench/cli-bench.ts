/**
 * `npm run bench:cli`: what a user gets, timed. The built CLI runs a generated JSON Lines batch
 * from a cold process, with 1 and 2 workers, in turns with a cold process that only loops
 * compromise over the same texts (the floor), so that other load on the machine weighs on every
 * side alike. Prints wall times, ratios, the time to the first finished article on disk, and the
 * peak RSS of each process tree. Prints figures; nothing is asserted.
 *
 *   npm run bench:cli -- --articles 500,2000 --rounds 2
 *   npm run bench:cli -- --baseline ../other-checkout   (that build's CLI too, as base-1 and base-2)
 *   npm run bench:cli -- --ceiling   (compromise alone in 1 and 2 worker threads too, as threads-1 and threads-2)
 */
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { writeBenchBatch } from './cli-batch.js';
import { sampleTreeRss, type CpuByThread } from './process-tree.js';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(ROOT, 'dist/cli/main.js');
const LOOP = join(ROOT, 'dist/bench/compromise-loop.js');
const THREADS = join(ROOT, 'dist/bench/compromise-threads.js');

interface Turn {
  seconds: number;
  /** Seconds from the start to the first finished article on disk (the CLI only). */
  firstOutput: number | null;
  peakRss: number;
  /** CPU time of the process tree (user + system, every thread), as last sampled before it ended. */
  cpuSeconds: number;
  /** The same CPU time by thread: main thread, pipeline workers, V8's and libuv's helpers (compiler, GC). */
  cpuByThread: CpuByThread;
  /** sha256 of the merged articles.jsonl (the CLI only). */
  digest: string | null;
}

/** threads-N: compromise alone in N worker threads sharing the batch, the ceiling for the CLI's N workers. */
type Side = 'compromise' | 'cli-1' | 'cli-2' | 'base-1' | 'base-2' | 'threads-1' | 'threads-2';

const { values } = parseArgs({
  options: { articles: { type: 'string', default: '2000' }, rounds: { type: 'string', default: '2' }, baseline: { type: 'string' }, ceiling: { type: 'boolean', default: false } },
});
/** Another build of the CLI (a checkout with dist/ built) timed in the same turns, to compare before and after. */
const BASELINE_BIN = values.baseline === undefined ? undefined : join(values.baseline, 'dist/cli/main.js');
const SIDES: Side[] = [
  'compromise',
  'cli-1',
  'cli-2',
  ...(BASELINE_BIN ? (['base-1', 'base-2'] as const) : []),
  ...(values.ceiling ? (['threads-1', 'threads-2'] as const) : []),
];
const isCli = (side: Side) => side.startsWith('cli') || side.startsWith('base');

/** Run one side from a cold process and measure it. */
async function runSide(side: Side, batch: string): Promise<Turn> {
  const out = mkdtempSync(join(tmpdir(), 'bench-cli-out-'));
  const bin = side.startsWith('base') ? BASELINE_BIN! : BIN;
  const args =
    side === 'compromise' ? [LOOP, batch] : side.startsWith('threads') ? [THREADS, batch, side.slice(-1)] : [bin, 'run', batch, '--out', out, '--format', 'jsonl', '--workers', side.slice(-1)];
  // Where the first finished article lands: the journal, or an older build's parts folder.
  const journal = join(out, '.news-extract-resume', 'journal');
  const parts = join(out, '.news-extract-parts');
  const merged = join(out, 'articles.jsonl');
  const started = performance.now();
  const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const rss = sampleTreeRss(child.pid!);
  let firstOutput: number | null = null;
  const watch = setInterval(() => {
    if (firstOutput === null && ((existsSync(journal) && statSync(journal).size > 0) || (existsSync(parts) && readdirSync(parts).length > 0) || existsSync(merged))) firstOutput = (performance.now() - started) / 1000;
  }, 10);
  let stderr = '';
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  const seconds = (performance.now() - started) / 1000;
  clearInterval(watch);
  const { peakRss, cpuSeconds, cpuByThread } = rss.stop();
  if (code !== 0) throw new Error(`${side} exited ${code}: ${stderr.slice(-2000)}`);
  const digest = isCli(side) ? createHash('sha256').update(readFileSync(merged)).digest('hex') : null;
  rmSync(out, { recursive: true, force: true });
  return { seconds, firstOutput: isCli(side) ? firstOutput : null, peakRss, cpuSeconds, cpuByThread, digest };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)]!;
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`;
const range = (xs: number[], digits = 2) => (xs.length === 1 ? xs[0]!.toFixed(digits) : `${Math.min(...xs).toFixed(digits)}–${Math.max(...xs).toFixed(digits)}`);

/** Every side for `rounds` rounds, the order rotated each round; the figures for one batch size. */
async function benchSize(count: number, rounds: number): Promise<Record<Side, Turn[]>> {
  const dir = mkdtempSync(join(tmpdir(), 'bench-cli-'));
  const batch = join(dir, 'batch.jsonl');
  const { origin, words, bytes } = writeBenchBatch(ROOT, batch, count);
  console.log(`\n${count} articles, ${words.toLocaleString('en')} words, ${(bytes / 1e6).toFixed(1)} MB of JSON Lines from ${origin}; ${rounds} round(s)`);
  const turns: Record<Side, Turn[]> = { compromise: [], 'cli-1': [], 'cli-2': [], 'base-1': [], 'base-2': [], 'threads-1': [], 'threads-2': [] };
  for (let r = 0; r < rounds; r++) {
    for (let k = 0; k < SIDES.length; k++) {
      const side = SIDES[(k + r) % SIDES.length]!;
      const t = await runSide(side, batch);
      turns[side].push(t);
      const first = t.firstOutput === null ? '' : `, first output ${t.firstOutput.toFixed(2)} s`;
      const { main, workers, helpers } = t.cpuByThread;
      const threads = side === 'compromise' ? `main ${main.toFixed(1)}, helpers ${helpers.toFixed(1)}` : `main ${main.toFixed(1)}, workers ${workers.toFixed(1)}, helpers ${helpers.toFixed(1)}`;
      console.log(`  round ${r + 1} ${side.padEnd(10)} ${t.seconds.toFixed(2)} s (${(words / t.seconds).toFixed(0)} words/s), CPU ${t.cpuSeconds.toFixed(1)} s (${threads}), peak RSS ${mb(t.peakRss)}${first}, load ${loadavg()[0]!.toFixed(1)}`);
    }
  }
  rmSync(dir, { recursive: true, force: true });
  // Ratios are taken within a round, where the sides ran next to each other.
  const vsCompromise = turns['cli-1'].map((t, r) => turns.compromise[r]!.seconds / t.seconds);
  const twoVsOne = turns['cli-2'].map((t, r) => turns['cli-1'][r]!.seconds / t.seconds);
  const digests = new Set([...turns['cli-1'], ...turns['cli-2'], ...turns['base-1'], ...turns['base-2']].map((t) => t.digest));
  console.log(`  1 worker ÷ compromise alone: ${range(vsCompromise)} (median ${median(vsCompromise).toFixed(2)})`);
  console.log(`  2 workers ÷ 1 worker: ${range(twoVsOne)} (median ${median(twoVsOne).toFixed(2)})`);
  // CPU time is less swayed by other load than wall time: the work each side does for the batch.
  const cpuVsCompromise = turns['cli-1'].map((t, r) => turns.compromise[r]!.cpuSeconds / t.cpuSeconds);
  console.log(`  CPU time, compromise alone ÷ 1 worker: ${range(cpuVsCompromise)}`);
  for (const side of SIDES) console.log(`  peak RSS ${side}: ${turns[side].map((t) => mb(t.peakRss)).join(', ')}`);
  if (BASELINE_BIN) {
    const baseVsCompromise = turns['base-1'].map((t, r) => turns.compromise[r]!.seconds / t.seconds);
    const baseTwoVsOne = turns['base-2'].map((t, r) => turns['base-1'][r]!.seconds / t.seconds);
    console.log(`  baseline: 1 worker ÷ compromise alone ${range(baseVsCompromise)}; 2 workers ÷ 1 ${range(baseTwoVsOne)}`);
    for (const n of ['1', '2'] as const)
      console.log(`  this build ÷ baseline, ${n} worker(s): ${range(turns[`base-${n}`].map((t, r) => t.seconds / turns[`cli-${n}`][r]!.seconds))}`);
  }
  if (values.ceiling) {
    const ceiling = turns['threads-2'].map((t, r) => turns['threads-1'][r]!.seconds / t.seconds);
    console.log(`  ceiling, compromise alone in 2 threads ÷ 1 thread: ${range(ceiling)} (median ${median(ceiling).toFixed(2)})`);
  }
  for (const side of SIDES.filter(isCli)) console.log(`  first output ${side}: ${range(turns[side].map((t) => t.firstOutput ?? NaN))} s`);
  console.log(`  output byte-identical for 1 and 2 workers${BASELINE_BIN ? ' and the baseline' : ''}: ${digests.size === 1 ? 'yes' : 'NO'}`);
  return turns;
}

const sizes = values.articles.split(',').map(Number);
const rounds = Number(values.rounds);
const results: Array<[number, Record<Side, Turn[]>]> = [];
for (const size of sizes) results.push([size, await benchSize(size, rounds)]);
if (results.length > 1) {
  const [small, large] = [results[0]!, results[results.length - 1]!];
  for (const side of ['cli-1', 'cli-2'] as const) {
    const peak = (r: Record<Side, Turn[]>) => Math.max(...r[side].map((t) => t.peakRss));
    console.log(`peak RSS ${side}, ${large[0]} ÷ ${small[0]} articles: ${(peak(large[1]) / peak(small[1])).toFixed(2)}`);
  }
}
