import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { connect, createServer } from 'node:net';
import { join } from 'node:path';
import { Queue } from 'bullmq';
import { BIN, cli, ROOT, tempDir } from './helpers/cli.js';

/*
 * Many machines on one Redis: `queue add`, two `worker`s (the built CLI as child processes, one
 * killed with SIGKILL mid-batch), `queue status`, against a real redis-server on 127.0.0.1.
 */

const IN_CI = process.env.CI === 'true';
const HAVE_REDIS = !spawnSync('redis-server', ['--version']).error;
const MISSING = 'redis-server is not installed; tests/queue.test.ts needs it (apt-get install -y redis-server)';
if (!HAVE_REDIS && !IN_CI) console.warn(`skipping the queue tests: ${MISSING}`);

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Poll until `check` holds, at most `tries` times; never a timing assertion, only a bound. */
async function waitFor(what: string, check: () => Promise<boolean> | boolean, tries = 1200, everyMs = 100): Promise<void> {
  for (let i = 0; i < tries; i++) {
    if (await check()) return;
    await sleep(everyMs);
  }
  throw new Error(`gave up waiting for ${what}`);
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer().once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

const pong = (port: number) =>
  new Promise<boolean>((resolve) => {
    const socket = connect(port, '127.0.0.1', () => socket.write('PING\r\n'));
    socket.setTimeout(1000, () => socket.destroy());
    socket.once('data', (data) => (socket.end(), resolve(data.toString().startsWith('+PONG'))));
    socket.once('error', () => resolve(false));
    socket.once('close', () => resolve(false));
  });

interface RedisServer {
  url: string;
  process: ChildProcess;
}

/** A throw-away redis-server: random free port, no persistence. */
async function startRedis(): Promise<RedisServer> {
  for (let attempt = 0; ; attempt++) {
    const port = await freePort();
    const child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no', '--dir', tempDir('redis-')], { stdio: 'ignore' });
    let exited = false;
    child.once('exit', () => (exited = true));
    try {
      await waitFor(`redis-server on port ${port}`, async () => exited || (await pong(port)), 100);
    } catch (error) {
      child.kill('SIGKILL');
      throw error;
    }
    if (!exited) return { url: `redis://127.0.0.1:${port}`, process: child };
    if (attempt === 2) throw new Error('redis-server would not start (port taken three times?)');
  }
}

interface Worker {
  child: ChildProcess;
  stderr: string;
  exit: Promise<number | null>;
}

/** Every worker started, so none outlives a failed test. */
const workers: Worker[] = [];

/** `news-extract worker` as a child process, the way a machine runs it. */
function startWorker(args: string[]): Worker {
  const child = spawn(process.execPath, [BIN, 'worker', ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
  const worker: Worker = { child, stderr: '', exit: once(child, 'exit').then(([code]) => code as number | null) };
  child.stderr!.on('data', (chunk: Buffer) => (worker.stderr += chunk.toString()));
  workers.push(worker);
  return worker;
}

/** Windows-1252 bytes (curly quotes), read with a warning: the queued job must carry it. */
const CP1252 = Buffer.concat([Buffer.from('PARIS, June 3, 2021 - The minister said: '), Buffer.from([0x93]), Buffer.from('We will pay 2 million euros.'), Buffer.from([0x94]), Buffer.from('\n')]);

function writeCorpus(dir: string): void {
  const people = ['Jane Smith', 'Omar Haddad', 'Li Wei', 'Maria Garcia', 'John Okafor'];
  const places = ['LONDON', 'NAIROBI', 'BERLIN', 'TORONTO', 'MADRID', 'SYDNEY'];
  const lines = Array.from({ length: 29 }, (_, i) => {
    const day = 1 + (i % 27);
    const text =
      `${places[i % places.length]}, March ${day}, 2021 (Wire) - Acme Corp said on Tuesday it had bought a rival for $${i + 1}.5 billion, ` +
      `chief executive ${people[i % people.length]} told reporters. The deal is expected to close in the third quarter.\n\n` +
      // A body long enough that a job lasts a moment: a worker can then be caught holding one.
      'Traders in the city said markets were calm on Monday and waited for more news from the company. '.repeat(80) + '\n';
    return JSON.stringify({ id: `article-${String(i).padStart(2, '0')}`, text, date: `2021-03-${String(day).padStart(2, '0')}` });
  });
  lines.splice(11, 0, '{"id": "bad-line", "text": ');
  writeFileSync(join(dir, 'wire.jsonl'), lines.join('\n') + '\n');
  writeFileSync(join(dir, 'latin.txt'), CP1252);
}

// Every step runs the built CLI, which takes seconds to start on a busy machine: generous bounds.
describe.skipIf(!HAVE_REDIS && !IN_CI)('queue and workers on Redis', { timeout: 120_000 }, () => {
  let redis: RedisServer | undefined;
  let queue: Queue;
  const name = `test-${process.pid}`;
  const inDir = tempDir('queue-in-');
  const runOut = tempDir('queue-run-');
  const queueOut = join(tempDir('queue-out-'), 'shared');
  let killedJobs: string[] = [];
  let survivor: Worker;

  beforeAll(async () => {
    if (!HAVE_REDIS) throw new Error(`${MISSING}: CI (.ci/run) must install it; the test starts its own server`);
    redis = await startRedis();
    queue = new Queue(name, { connection: { url: redis.url } });
    mkdirSync(inDir, { recursive: true });
    writeCorpus(inDir);
  });

  afterAll(async () => {
    for (const w of workers) if (w.child.exitCode === null && w.child.signalCode === null) w.child.kill('SIGKILL');
    await Promise.all(workers.map((w) => w.exit));
    await queue?.close();
    if (redis) {
      redis.process.kill('SIGTERM');
      if (redis.process.exitCode === null) await once(redis.process, 'exit');
    }
  });

  const args = () => ['--redis', redis!.url, '--queue', name];

  it('queue add: one job per article; an unreadable line is reported and not enqueued (exit 1)', async () => {
    const r = cli(['queue', 'add', inDir, ...args()]);
    expect(r.stderr).toMatch(/queued: 30 added, 0 already in the queue, 1 unreadable/);
    expect(r.stderr).toMatch(/wire\.jsonl:12: read: malformed JSON/);
    expect(r.status).toBe(1);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 30 });
  });

  it('queue add of the same articles again adds nothing', async () => {
    const r = cli(['queue', 'add', inDir, ...args()]);
    expect(r.stderr).toMatch(/queued: 0 added, 30 already in the queue, 1 unreadable/);
    expect(await queue.getJobCounts('waiting')).toEqual({ waiting: 30 });
  });

  it('two workers share the queue; the one killed mid-job loses nothing', async () => {
    const workerArgs = (who: string) => [...args(), '--out', queueOut, '--name', who, '--exit-when-empty', '--lock-duration', '2000', '--stalled-interval', '500'];
    const heldBy = async (who: string) => (await queue.getActive()).filter((job) => job.processedBy === who);
    // worker-a starts first, so that worker-b (as slow to start) cannot drain the queue before it
    // holds a job; worker-b joins, and worker-a is killed while it holds jobs (each lasts a moment).
    const doomed = startWorker([...workerArgs('worker-a'), '--concurrency', '2']);
    await waitFor('worker-a to hold a job', async () => (await heldBy('worker-a')).length > 0);
    survivor = startWorker(workerArgs('worker-b'));
    doomed.child.kill('SIGKILL');
    await doomed.exit;
    killedJobs = (await heldBy('worker-a')).map((job) => job.id!);
    expect(killedJobs.length).toBeGreaterThan(0);
    // What a worker killed between writing and renaming leaves behind; redoing the job clears it.
    writeFileSync(join(queueOut, `.${killedJobs[0]}.json.4242.deadbeef.partial`), '{"half": ');
    // A job whose payload is not an article fails at once, without retries.
    await queue.add('article', { id: 'broken', source: 'hand-made', text: 42, date: null }, { jobId: 'broken', attempts: 5 });

    expect(await survivor.exit).toBe(1); // it failed "broken"
    expect(survivor.stderr).toMatch(/broken: bad job: "text" is number, not a string/);
    expect(survivor.stderr).toMatch(/worker-b: \d+ done, 1 failed/);
    for (const id of killedJobs) {
      const job = (await queue.getJob(id))!;
      expect(await job.getState()).toBe('completed');
      expect(job.processedBy).toBe('worker-b');
      expect(job.stalledCounter).toBeGreaterThan(0);
    }
  }, 300_000);

  it('writes each article once, byte for byte what `run` writes, and no temporary file', () => {
    const r = cli(['run', inDir, '--out', runOut]);
    expect(r.status).toBe(1); // the bad line
    const expected = readdirSync(runOut).filter((f) => f.endsWith('.json')).sort();
    expect(expected).toHaveLength(30);
    expect(readdirSync(queueOut, { withFileTypes: true }).map((e) => e.name).sort()).toEqual(expected);
    for (const file of expected) expect(readFileSync(join(queueOut, file)).equals(readFileSync(join(runOut, file))), file).toBe(true);
    expect(JSON.parse(readFileSync(join(queueOut, 'latin.json'), 'utf8')).messages[0]).toMatchObject({ severity: 'warning', stage: 'read', reason: expect.stringMatching(/Windows-1252/) });
  });

  it('queue status: the counts, and the failed article with its reason', () => {
    const r = cli(['queue', 'status', ...args()]);
    expect(r.status).toBe(1); // some article failed
    expect(r.stdout).toMatch(/^waiting +0$/m);
    expect(r.stdout).toMatch(/^active +0$/m);
    expect(r.stdout).toMatch(/^done +30$/m);
    expect(r.stdout).toMatch(/^failed +1$/m);
    expect(r.stdout).toMatch(/^ {2}broken \(hand-made\): bad job: "text" is number, not a string \[1 attempt, worker-b, /m);
    const json = JSON.parse(cli(['queue', 'status', ...args(), '--json']).stdout);
    expect(json.counts).toEqual({ waiting: 0, active: 0, retrying: 0, done: 30, failed: 1 });
    expect(json.failures).toEqual([expect.objectContaining({ id: 'broken', attempts: 1, worker: 'worker-b', reason: 'bad job: "text" is number, not a string' })]);
  });

  it('a crash (here: a folder where the output goes) is retried after a back-off, then failed with its reason', async () => {
    const crashArgs = ['--redis', redis!.url, '--queue', `${name}-crash`];
    const file = join(tempDir('queue-crash-in-'), 'blocked.txt');
    writeFileSync(file, 'LONDON, May 2, 2020 - Shares fell.\n');
    const out = tempDir('queue-crash-out-');
    mkdirSync(join(out, 'blocked.json'));
    expect(cli(['queue', 'add', file, ...crashArgs, '--attempts', '2']).status).toBe(0);
    const worker = startWorker([...crashArgs, '--out', out, '--exit-when-empty']);
    expect(await worker.exit).toBe(1);
    expect(worker.stderr).toMatch(/blocked: EISDIR.*\(attempt 1 of 2; will retry\)/);
    const status = JSON.parse(cli(['queue', 'status', ...crashArgs, '--json']).stdout);
    expect(status.counts).toMatchObject({ done: 0, failed: 1 });
    expect(status.failures[0]).toMatchObject({ id: 'blocked', attempts: 2, reason: expect.stringMatching(/^EISDIR/) });
    expect(readdirSync(out)).toEqual(['blocked.json']); // no temporary file left by the failed writes
  });

  // An article past a per-article limit would fail again: it fails at once, with the reason.
  const SENTENCE = 'LONDON, May 2, 2020 - Shares in Acme fell 3% to $12 on Monday, Jane Smith said. ';
  it.each([
    // 6,400 words, given 1 ms.
    { limit: 'the time limit', id: 'long', sentences: 400, config: { articleTimeoutMs: 1 }, reason: 'took longer than the time limit of 1 ms (articleTimeoutMs)' },
    // 160,000 words (820,000 characters): more than 128 MB can hold at MIN_HEAP_BYTES_PER_CHAR,
    // so it is refused before a thread takes it (tests/batch.test.ts has one that fills the heap).
    { limit: "a worker's heap", id: 'huge', sentences: 10_000, config: { workerHeapMb: 128 }, reason: "needed more memory than a worker's heap limit of 128 MB (workerHeapMb)" },
  ])('an article past $limit is failed at once, with the reason, and not retried', async ({ id, sentences, config, reason }) => {
    const args = ['--redis', redis!.url, '--queue', `${name}-${id}`];
    const dir = tempDir(`queue-${id}-in-`);
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${id}.txt`), SENTENCE.repeat(sentences));
    const configFile = join(dir, 'limit.config.json');
    writeFileSync(configFile, JSON.stringify(config));
    expect(cli(['queue', 'add', join(dir, `${id}.txt`), ...args, '--attempts', '3']).status).toBe(0);
    const worker = startWorker([...args, '--config', configFile, '--out', tempDir(`queue-${id}-out-`), '--exit-when-empty']);
    expect(await worker.exit, worker.stderr).toBe(1);
    const status = JSON.parse(cli(['queue', 'status', ...args, '--json']).stdout);
    expect(status.counts).toMatchObject({ done: 0, failed: 1 });
    expect(status.failures[0]).toMatchObject({ id, attempts: 1, reason });
  });

  it('a Redis that cannot be reached is a usage error (exit 2), not a hang', async () => {
    const r = cli(['queue', 'status', '--redis', `redis://127.0.0.1:${await freePort()}`]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/cannot reach Redis at redis:\/\/127\.0\.0\.1:\d+/);
    expect(cli(['queue', 'status', '--redis', 'http://example.com']).status).toBe(2);
  });
});
