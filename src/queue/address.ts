/** Where the queue is: its Redis URL and its name. Nothing here loads BullMQ or ioredis. */

/** The queue name used when none is given (`--queue`). */
export const DEFAULT_QUEUE = 'news-extract';

/** A Redis URL that cannot be used: the CLI reports it and exits 2. */
export class RedisUrlError extends Error {
  override name = 'UsageError';
}

/** The URL with its password hidden, for messages and status output. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}

/** Check a `redis://` or `rediss://` URL before anything connects with it. */
export function checkRedisUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new RedisUrlError(`--redis ${url}: not a URL; expected redis://HOST:PORT (or rediss:// for TLS)`);
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:')
    throw new RedisUrlError(`--redis ${redactUrl(url)}: expected a redis:// or rediss:// URL`);
  return url;
}
