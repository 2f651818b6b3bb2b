/** The state of a queue, for `sinmun queue-stats` and the worker's metrics. */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { checkLocation, connectRedis, type RedisLocation } from './connection.js';
import { DEFAULT_PREFIX, queueKeys, rateKey, type QueueKeys } from './keys.js';

export interface QueueStats {
  queue: string;
  /** Jobs waiting to be taken (including prioritized ones). */
  waiting: number;
  active: number;
  /** Jobs completed since the queue was created (BullMQ's metrics, kept by sinmun workers). */
  completed: number;
  /** Jobs in the failed set: their last attempt failed (dead letters and not-yet-swept ones). */
  failed: number;
  /** Jobs waiting for a retry after a failed attempt (backoff), or scheduled. */
  delayed: number;
  /** Entries of the dead-letter list. */
  deadLetters: number;
  /** Article ids whose record was delivered (the exactly-once ledger). */
  delivered: number;
  /** Records delivered in the last 60 seconds. */
  deliveredLastMinute: number;
  /** `deliveredLastMinute / 60`, records per second. */
  throughput: number;
}

export async function readQueueStats(
  queue: Queue,
  redis: Redis,
  keys: QueueKeys,
  now = Date.now(),
): Promise<QueueStats> {
  const second = Math.floor(now / 1000);
  const rateKeys = Array.from({ length: 60 }, (_, i) => rateKey(keys, second - i));
  const [counts, completed, deadLetters, delivered, rates] = await Promise.all([
    queue.getJobCounts('waiting', 'prioritized', 'active', 'completed', 'failed', 'delayed'),
    queue.getMetrics('completed', 0, 0),
    redis.llen(keys.dead),
    redis.scard(keys.delivered),
    redis.mget(...rateKeys),
  ]);
  const deliveredLastMinute = rates.reduce((sum, v) => sum + (v ? Number(v) : 0), 0);
  return {
    queue: queue.name,
    waiting: (counts.waiting ?? 0) + (counts.prioritized ?? 0),
    active: counts.active ?? 0,
    // Workers keep the count in BullMQ's metrics; without them, the completed jobs still kept.
    completed: Math.max(completed.meta.count, counts.completed ?? 0),
    failed: counts.failed ?? 0,
    delayed: counts.delayed ?? 0,
    deadLetters,
    delivered,
    deliveredLastMinute,
    throughput: Math.round((deliveredLastMinute / 60) * 100) / 100,
  };
}

/** Connects, reads the stats of one queue, and disconnects. */
export async function queueStats(location: RedisLocation): Promise<QueueStats> {
  checkLocation(location);
  const prefix = location.prefix ?? DEFAULT_PREFIX;
  const redis = await connectRedis(location.redis);
  const queue = new Queue(location.queue, { connection: { url: location.redis }, prefix });
  try {
    return await readQueueStats(queue, redis, queueKeys(location.queue, prefix));
  } finally {
    await queue.close();
    redis.disconnect();
  }
}

/** The stats as aligned `name value` lines for a terminal. */
export function formatQueueStats(stats: QueueStats): string {
  const rows: [string, string | number][] = [
    ['queue', stats.queue],
    ['waiting', stats.waiting],
    ['active', stats.active],
    ['delayed', stats.delayed],
    ['completed', stats.completed],
    ['failed', stats.failed],
    ['dead letters', stats.deadLetters],
    ['delivered', stats.delivered],
    ['last minute', `${stats.deliveredLastMinute} records (${stats.throughput}/s)`],
  ];
  const width = Math.max(...rows.map(([k]) => k.length));
  return rows.map(([k, v]) => `${k.padEnd(width)}  ${v}`).join('\n') + '\n';
}
