/** Redis connections from a URL (`redis://host:port/db`, `rediss://` for TLS). */
import { Redis } from 'ioredis';
import { SinmunError } from '../errors.js';

export interface RedisLocation {
  /** A Redis URL, e.g. `redis://127.0.0.1:6379/0`. */
  redis: string;
  /** The BullMQ queue name (no `:`). */
  queue: string;
  /** BullMQ's key prefix (default `bull`); sinmun's own keys live under it too. */
  prefix?: string;
}

export function checkLocation({ redis, queue }: RedisLocation): void {
  if (!/^rediss?:\/\//.test(redis)) {
    throw new SinmunError(
      'INVALID_INPUT',
      `not a Redis URL: "${redis}" (expected redis://host:port)`,
    );
  }
  if (!queue || queue.includes(':')) {
    throw new SinmunError('INVALID_INPUT', `invalid queue name "${queue}" (non-empty, no ":")`);
  }
}

/** A plain client for sinmun's own keys; BullMQ opens its own connections from `{ url }`. */
export async function connectRedis(url: string): Promise<Redis> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 3 });
  try {
    await client.connect();
  } catch (err) {
    client.disconnect();
    throw new SinmunError('READ_FAILED', `cannot connect to Redis at ${url}: ${String(err)}`, {
      cause: err,
    });
  }
  return client;
}
