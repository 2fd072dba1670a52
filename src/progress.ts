import { SingleBar } from 'cli-progress';

/** Reports a batch as it goes: a bar on a terminal, plain lines every few seconds otherwise. */
export interface Progress {
  /** The total is known once every input has been read. */
  setTotal(total: number): void;
  tick(): void;
  stop(): void;
}

const LOG_EVERY_MS = 5000;

export function createProgress(stream: NodeJS.WriteStream = process.stderr, enabled = true): Progress {
  let done = 0;
  let total = 0;
  const started = performance.now();
  const rate = () => done / Math.max(0.001, (performance.now() - started) / 1000);
  if (!enabled) return { setTotal() {}, tick() {}, stop() {} };
  if (stream.isTTY) {
    const bar = new SingleBar({
      stream,
      format: 'news-extract [{bar}] {value}/{total} articles | {speed} articles/s | ETA {eta_formatted}',
      hideCursor: true,
      etaBuffer: 50,
    });
    bar.start(1, 0, { speed: '0' });
    return {
      setTotal(n) {
        total = n;
        bar.setTotal(Math.max(1, n));
      },
      tick() {
        done++;
        bar.update(done, { speed: rate().toFixed(1) });
        if (done > total) bar.setTotal(done);
      },
      stop: () => bar.stop(),
    };
  }
  let lastLog = started;
  return {
    setTotal(n) {
      total = n;
    },
    tick() {
      done++;
      const now = performance.now();
      if (now - lastLog < LOG_EVERY_MS) return;
      lastLog = now;
      const eta = total > done ? `, about ${Math.round((total - done) / rate())} s left` : '';
      stream.write(`progress: ${done}${total ? `/${total}` : ''} articles, ${rate().toFixed(1)} articles/s${eta}\n`);
    },
    stop() {},
  };
}
