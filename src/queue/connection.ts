import { Redis } from 'ioredis';
import type { ConnectionOptions } from 'bullmq';
import { checkRedisUrl, redactUrl, RedisUrlError } from './address.js';

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
