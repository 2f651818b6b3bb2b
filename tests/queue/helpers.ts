import { Redis } from 'ioredis';
import type { ArticleRecord } from '../../src/types.js';

export async function waitFor(
  what: string,
  check: () => Promise<boolean> | boolean,
  timeoutMs = 20_000,
  everyMs = 50,
): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, everyMs));
  }
}

export interface StreamEntry {
  id: string;
  worker: string;
  record: ArticleRecord;
}

/** Every entry of a results stream, parsed. */
export async function readStream(redis: Redis, key: string): Promise<StreamEntry[]> {
  const entries = await redis.xrange(key, '-', '+');
  return entries.map(([, fields]) => {
    const map = new Map<string, string>();
    for (let i = 0; i < fields.length; i += 2) map.set(fields[i], fields[i + 1]);
    return {
      id: map.get('id') ?? '',
      worker: map.get('worker') ?? '',
      record: JSON.parse(map.get('record') ?? 'null') as ArticleRecord,
    };
  });
}

let counter = 0;
/** A queue name no other test uses. */
export function freshQueue(name: string): string {
  return `${name}-${process.pid}-${++counter}`;
}
