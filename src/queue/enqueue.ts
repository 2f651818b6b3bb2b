/**
 * Producing jobs: one BullMQ job per article, its job id derived from the article id, so that
 * BullMQ itself refuses a second job for an id while the first exists. Completed jobs are removed
 * (their data is the article text), so after completion the delivered-id ledger is what says an
 * id is done: an article whose id is in the ledger, or has a job, is skipped; the worker checks
 * the ledger again before analysing, which covers an enqueue racing a completion.
 */
import { Queue, type JobsOptions } from 'bullmq';
import type { ArticleSource } from '../io/source.js';
import { toSource } from '../pipeline/normalize.js';
import type { ArticleIterable } from '../pipeline/stream.js';
import { checkLocation, connectRedis, type RedisLocation } from './connection.js';
import { jobIdFor, toJobData, type QueueJobData } from './job-data.js';
import { DEFAULT_PREFIX, queueKeys } from './keys.js';

export interface EnqueueOptions extends RedisLocation {
  /** Attempts per article before it becomes a dead letter (default 3). */
  attempts?: number;
  /** First retry delay in ms, doubled each attempt (default 1000). */
  backoffMs?: number;
  /** Completed jobs kept for inspection (default 1000); the ledger outlives them. */
  keepCompleted?: number;
  /** Articles sent to Redis per round trip (default 500). */
  batchSize?: number;
}

export interface EnqueueResult {
  /** New jobs. */
  added: number;
  /** Articles whose id was already queued, running, delivered or seen earlier in this call. */
  skipped: number;
}

export const DEFAULT_ATTEMPTS = 3;
export const DEFAULT_BACKOFF_MS = 1000;

export function jobOptions(options: EnqueueOptions): JobsOptions {
  return {
    attempts: Math.max(1, options.attempts ?? DEFAULT_ATTEMPTS),
    backoff: { type: 'exponential', delay: options.backoffMs ?? DEFAULT_BACKOFF_MS },
    removeOnComplete: { count: options.keepCompleted ?? 1000 },
    removeOnFail: false,
  };
}

/** Enqueues articles (strings, `ArticleInput`s); resolves when all are in Redis. */
export async function enqueue(
  articles: ArticleIterable,
  options: EnqueueOptions,
): Promise<EnqueueResult> {
  return enqueueSources(asSources(articles), options);
}

async function* asSources(articles: ArticleIterable): AsyncGenerator<ArticleSource> {
  let index = 0;
  for await (const item of articles) yield toSource(item, index++);
}

/** Enqueues article sources as `readSources` yields them (the CLI's path: files, JSONL, stdin). */
export async function enqueueSources(
  sources: AsyncIterable<ArticleSource>,
  options: EnqueueOptions,
): Promise<EnqueueResult> {
  checkLocation(options);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const keys = queueKeys(options.queue, prefix);
  const redis = await connectRedis(options.redis);
  const queue = new Queue<QueueJobData>(options.queue, {
    connection: { url: options.redis },
    prefix,
    defaultJobOptions: jobOptions(options),
  });
  const batchSize = Math.max(1, options.batchSize ?? 500);
  // Ids in the batch being built; earlier batches are already jobs, found by the check above.
  const seen = new Set<string>();
  const result: EnqueueResult = { added: 0, skipped: 0 };

  const flush = async (batch: ArticleSource[]) => {
    if (batch.length === 0) return;
    const check = redis.pipeline();
    for (const s of batch) {
      check.sismember(keys.delivered, s.id);
      check.exists(`${prefix}:${options.queue}:${jobIdFor(s.id)}`);
    }
    const replies = (await check.exec()) ?? [];
    const fresh = batch.filter((_, i) => !replies[2 * i]?.[1] && !replies[2 * i + 1]?.[1]);
    result.skipped += batch.length - fresh.length;
    if (fresh.length === 0) return;
    await queue.addBulk(
      fresh.map((s) => ({ name: 'article', data: toJobData(s), opts: { jobId: jobIdFor(s.id) } })),
    );
    result.added += fresh.length;
  };

  try {
    let batch: ArticleSource[] = [];
    for await (const source of sources) {
      if (seen.has(source.id)) {
        result.skipped++;
        continue;
      }
      seen.add(source.id);
      batch.push(source);
      if (batch.length >= batchSize) {
        await flush(batch);
        batch = [];
        seen.clear();
      }
    }
    await flush(batch);
  } finally {
    await queue.close();
    redis.disconnect();
  }
  return result;
}
