import { Redis } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';

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

/**
 * BullMQ connection options for a URL. Workers block on Redis and must wait out a Redis restart
 * rather than give up, so commands are retried without limit (BullMQ requires this for workers).
 */
export const connectionOf = (url: string, role: 'worker' | 'client'): ConnectionOptions =>
  role === 'worker' ? { url, maxRetriesPerRequest: null } : { url, maxRetriesPerRequest: 3 };

/**
 * Connect once, without retrying, and PING: a wrong URL or a Redis that is down is reported at
 * once (exit 2) instead of the command waiting on reconnection attempts forever.
 */
export async function pingRedis(url: string, timeoutMs = 5000): Promise<void> {
  checkRedisUrl(url);
  const client = new Redis(url, { lazyConnect: true, connectTimeout: timeoutMs, maxRetriesPerRequest: 0, retryStrategy: () => null, enableOfflineQueue: false });
  let lastError: Error | undefined;
  client.on('error', (error: Error) => (lastError = error));
  try {
    await client.connect();
    await client.ping();
  } catch (error) {
    const reason = lastError?.message || (error as Error).message;
    throw new RedisUrlError(`cannot reach Redis at ${redactUrl(url)}: ${reason}`);
  } finally {
    client.disconnect();
  }
}
