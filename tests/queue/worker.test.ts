/**
 * A queue worker inside the test process against a real redis-server: dead letters, bad input,
 * enqueueing twice, JSONL files, metrics and stats.
 */
import { appendFileSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Queue, Worker } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  createWorker,
  enqueue,
  enqueueSources,
  queueStats,
  readOutputDir,
  type DeadLetter,
  type QueueWorker,
  type QueueWorkerOptions,
} from '../../src/queue/index.js';
import { jobIdFor, toJobData } from '../../src/queue/job-data.js';
import { buildWorker } from '../pipeline/built-worker.js';
import { numberedArticles } from './articles.js';
import { freshQueue, readStream, waitFor } from './helpers.js';
import { redisServerPath, startRedis, type RedisServer } from './redis-server.js';

const REDIS_SERVER = redisServerPath();
if (!REDIS_SERVER) console.warn('redis-server not found on PATH: queue worker tests skipped');

describe.skipIf(!REDIS_SERVER)('queue worker (real redis-server)', () => {
  let server: RedisServer;
  let redis: Redis;
  let workers: QueueWorker[] = [];
  const tmpDirs: string[] = [];

  beforeAll(async () => {
    server = await startRedis(REDIS_SERVER as string);
    redis = new Redis(server.url);
  });

  afterEach(async () => {
    for (const w of workers) await w.close();
    workers = [];
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
    for (const d of tmpDirs) rmSync(d, { recursive: true, force: true });
  });

  /** A worker whose hook records every attempt (and can make one fail). */
  async function start(
    queue: string,
    opts: Partial<QueueWorkerOptions> & { failIds?: Set<string> } = {},
  ) {
    const attempts: [string, number][] = [];
    const { failIds, ...rest } = opts;
    const worker = await createWorker({
      redis: server.url,
      queue,
      ...rest,
      hooks: {
        beforeAnalyze(id, attempt) {
          attempts.push([id, attempt]);
          if (failIds?.has(id)) throw new Error(`injected failure for ${id}`);
        },
      },
    });
    workers.push(worker);
    return { worker, attempts };
  }

  const delivered = (queue: string) => redis.scard(`bull:${queue}:sinmun:delivered`);

  it('a poison article is retried with backoff, then ends as a dead letter; the rest flow', async () => {
    const queue = freshQueue('poison');
    const { worker, attempts } = await start(queue, { failIds: new Set(['poison']) });
    const good = numberedArticles(8, 'good');
    await enqueue(
      [
        ...good.slice(0, 4),
        { id: 'poison', text: '오늘 코스피는 강보합으로 마감했다.' },
        ...good.slice(4),
      ],
      {
        redis: server.url,
        queue,
        attempts: 3,
        backoffMs: 100,
      },
    );
    await waitFor('9 deliveries', async () => (await delivered(queue)) === 9);

    expect(attempts.filter(([id]) => id === 'poison').map(([, n]) => n)).toEqual([1, 2, 3]);
    const entries = await readStream(redis, `${queue}:results`);
    expect(entries.length).toBe(9);
    const poison = entries.find((e) => e.id === 'poison')?.record;
    expect(poison?.error?.code).toBe('INTERNAL');
    expect(poison?.error?.message).toContain('gave up after 3 attempt(s)');
    expect(poison?.error?.message).toContain('injected failure for poison');
    for (const art of good) {
      const rec = entries.find((e) => e.id === art.id)?.record;
      expect(rec?.error, art.id).toBeUndefined();
      expect(rec?.money[0]?.amount).toBe(art.amount);
    }

    const dead = (await redis.lrange(`bull:${queue}:sinmun:dead`, 0, -1)).map(
      (s) => JSON.parse(s) as DeadLetter,
    );
    expect(dead.map((d) => [d.id, d.attempts, d.error.code])).toEqual([['poison', 3, 'INTERNAL']]);
    await waitFor('the failed job to settle', async () => (await worker.stats()).failed === 1);
    const stats = await worker.stats();
    expect(stats).toMatchObject({ waiting: 0, active: 0, failed: 1, deadLetters: 1, delivered: 9 });
    expect(worker.counters).toMatchObject({
      recordsDelivered: 9,
      deadLetters: 1,
      attemptsFailed: 3,
    });
  });

  it('bad input gets its error record at once, without retries', async () => {
    const queue = freshQueue('bad');
    const { attempts } = await start(queue);
    async function* sources() {
      yield { id: 'empty.txt', bytes: new Uint8Array(0), meta: {} };
      yield {
        id: 'image.txt',
        bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 1, 2]),
        meta: {},
      };
      yield { id: 'blank', text: '  \n ', meta: {} };
      yield { id: 'ok', text: '한국은행은 기준금리를 동결했다.', meta: {} };
    }
    expect(await enqueueSources(sources(), { redis: server.url, queue, backoffMs: 50 })).toEqual({
      added: 4,
      skipped: 0,
    });
    await waitFor('4 deliveries', async () => (await delivered(queue)) === 4);
    const byId = new Map(
      (await readStream(redis, `${queue}:results`)).map((e) => [e.id, e.record]),
    );
    expect(byId.get('empty.txt')?.error?.code).toBe('EMPTY_INPUT');
    expect(byId.get('image.txt')?.error?.code).toBe('BINARY_INPUT');
    expect(byId.get('blank')?.error?.code).toBe('EMPTY_INPUT');
    expect(byId.get('ok')?.error).toBeUndefined();
    expect(attempts.map(([, n]) => n)).toEqual([1, 1, 1, 1]);
    expect(await redis.llen(`bull:${queue}:sinmun:dead`)).toBe(0);
  });

  it('an id enqueued twice, before or after completion, is analysed once', async () => {
    const queue = freshQueue('twice');
    const articles = numberedArticles(30, 'twice');
    // keepCompleted 0: completed jobs vanish at once, so only the ledger remembers them.
    const opts = { redis: server.url, queue, keepCompleted: 0 };
    expect(await enqueue(articles, opts)).toEqual({ added: 30, skipped: 0 });
    expect(await enqueue([...articles, articles[0]], opts)).toEqual({ added: 0, skipped: 31 });

    const { attempts } = await start(queue);
    await waitFor('30 deliveries', async () => (await delivered(queue)) === 30);
    expect(await enqueue(articles.slice(0, 10), opts)).toEqual({ added: 0, skipped: 10 });

    // A job added behind enqueue's back (a producer racing a completion) is not analysed again.
    const raw = new Queue(queue, { connection: { url: server.url } });
    await raw.add('article', toJobData({ id: articles[5].id, text: articles[5].text, meta: {} }), {
      jobId: jobIdFor(articles[5].id),
    });
    await waitFor(
      'the extra job to finish',
      async () => (await raw.getJobState(jobIdFor(articles[5].id))) === 'completed',
    );
    const extra = await raw.getJob(jobIdFor(articles[5].id));
    expect(extra?.returnvalue).toEqual({ delivered: false });
    await raw.close();

    expect(attempts.length).toBe(30);
    expect(new Set(attempts.map(([id]) => id)).size).toBe(30);
    expect(await redis.xlen(`${queue}:results`)).toBe(30);
  });

  it('JSONL files: one line per id, read back once; metrics and stats agree', async () => {
    const queue = freshQueue('files');
    const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-queue-out-'));
    tmpDirs.push(dir);
    const { worker } = await start(queue, { output: dir, metricsPort: 0 });
    const articles = numberedArticles(20, 'file');
    await enqueue(articles, { redis: server.url, queue });
    await waitFor('20 deliveries', async () => (await delivered(queue)) === 20);

    const read = await readOutputDir(dir);
    expect(read).toMatchObject({ duplicates: 0, broken: 0 });
    expect(read.records.map((r) => r.id).sort()).toEqual(articles.map((a) => a.id).sort());
    expect(await redis.exists(`${queue}:results`)).toBe(0);

    // What a kill between append and mark could leave: a second copy; and a line cut short.
    const file = path.join(dir, readdirSync(dir)[0]);
    appendFileSync(file, JSON.stringify(read.records[3]) + '\n{"id":"file:9","lang":"k');
    const again = await readOutputDir(dir);
    expect(again.records.length).toBe(20);
    expect(again).toMatchObject({ duplicates: 1, broken: 1 });

    const res = await fetch(`http://127.0.0.1:${worker.metricsPort}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('# TYPE sinmun_worker_records_delivered_total counter');
    expect(text).toMatch(/^sinmun_worker_records_delivered_total 20$/m);
    expect(text).toMatch(
      new RegExp(`^sinmun_queue_jobs\\{queue="${queue}",state="waiting"\\} 0$`, 'm'),
    );
    expect(text).toMatch(
      new RegExp(`^sinmun_queue_records_delivered_total\\{queue="${queue}"\\} 20$`, 'm'),
    );

    await waitFor('completions to be counted', async () => (await worker.stats()).completed === 20);
    const stats = await queueStats({ redis: server.url, queue });
    expect(stats).toMatchObject({ waiting: 0, active: 0, completed: 20, failed: 0, delivered: 20 });
    expect(stats.deliveredLastMinute).toBe(20);
  });

  it('analyses on a pool of worker threads with --workers 2', async () => {
    const queue = freshQueue('pool');
    const { worker, attempts } = await start(queue, {
      workers: 2,
      workerFile: await buildWorker(),
    });
    const articles = numberedArticles(40, 'pool');
    await enqueue(articles, { redis: server.url, queue });
    await waitFor('40 deliveries', async () => (await delivered(queue)) === 40);
    const byId = new Map(
      (await readStream(redis, `${queue}:results`)).map((e) => [e.id, e.record]),
    );
    for (const art of articles) {
      expect(
        byId.get(art.id)?.money.map((m) => [m.amount, m.currency]),
        art.id,
      ).toEqual([[art.amount, art.currency]]);
    }
    expect(attempts.length).toBe(40);
    expect(worker.counters.recordsDelivered).toBe(40);
  });

  it('a job that failed outside the last-attempt path still gets its dead letter', async () => {
    const queue = freshQueue('sweep');
    // A plain BullMQ worker fails the job for good without delivering anything, as when a job
    // is retaken from dead workers too often and BullMQ fails it in its stalled-job check.
    await enqueue([{ id: 'lost', text: '정부는 3조 원의 추경을 편성했다.' }], {
      redis: server.url,
      queue,
      attempts: 1,
    });
    const plain = new Worker(
      queue,
      async () => {
        throw new Error('job stalled more than allowable limit');
      },
      { connection: { url: server.url } },
    );
    await waitFor('the job to fail', async () => (await redis.zcard(`bull:${queue}:failed`)) === 1);
    await plain.close();
    expect(await delivered(queue)).toBe(0);

    await start(queue);
    const entries = await readStream(redis, `${queue}:results`);
    expect(entries.map((e) => [e.id, e.record.error?.code])).toEqual([['lost', 'INTERNAL']]);
    expect(entries[0].record.error?.message).toContain('job stalled more than allowable limit');
    const dead = (await redis.lrange(`bull:${queue}:sinmun:dead`, 0, -1)).map(
      (x) => JSON.parse(x) as DeadLetter,
    );
    expect(dead.map((d) => d.id)).toEqual(['lost']);
  });
});
