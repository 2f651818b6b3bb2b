/**
 * Worker processes against a real redis-server: two workers share 1,000 articles and one is
 * killed outright midway; a worker asked to stop finishes what it holds and exits 0.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { Queue } from 'bullmq';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { enqueue } from '../../src/queue/index.js';
import { numberedArticles } from './articles.js';
import { freshQueue, readStream, waitFor } from './helpers.js';
import { redisServerPath, startRedis, type RedisServer } from './redis-server.js';

const REDIS_SERVER = redisServerPath();
if (!REDIS_SERVER) console.warn('redis-server not found on PATH: queue process tests skipped');

const CLI_CHILD = fileURLToPath(new URL('./cli-child.ts', import.meta.url));
const REPO = fileURLToPath(new URL('../..', import.meta.url));

interface WorkerProcess {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** `sinmun worker` in a child process; resolves once it says it is taking jobs. */
async function startWorker(
  url: string,
  queue: string,
  extra: string[] = [],
): Promise<WorkerProcess> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', CLI_CHILD, 'worker', '--redis', url, '--queue', queue, ...extra],
    { cwd: REPO, stdio: ['ignore', 'ignore', 'pipe'] },
  );
  let err = '';
  child.stderr?.on('data', (chunk: Buffer) => (err += chunk.toString()));
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  await waitFor('the worker to start', () => {
    if (child.exitCode !== null) throw new Error(`worker exited early:\n${err}`);
    return err.includes('sinmun worker: queue');
  });
  return { child, stderr: () => err, exited };
}

/** Short enough that a killed worker's jobs are taken again within a few seconds. */
const FAST_STALLS = ['--lock-duration', '2000', '--stalled-interval', '1000'];

describe.skipIf(!REDIS_SERVER)('queue worker processes (real redis-server)', () => {
  let server: RedisServer;
  let redis: Redis;
  const children: ChildProcess[] = [];

  beforeAll(async () => {
    server = await startRedis(REDIS_SERVER as string);
    redis = new Redis(server.url);
  });

  afterAll(async () => {
    for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
    redis?.disconnect();
    await server?.stop();
  });

  it('two workers, 1,000 articles, one killed midway: every record exactly once', async () => {
    const queue = freshQueue('kill');
    const a = await startWorker(server.url, queue, ['--concurrency', '4', ...FAST_STALLS]);
    const b = await startWorker(server.url, queue, ['--concurrency', '4', ...FAST_STALLS]);
    children.push(a.child, b.child);
    const workerA = `:${a.child.pid}`;

    const articles = numberedArticles(1000);
    expect(await enqueue(articles, { redis: server.url, queue })).toEqual({
      added: 1000,
      skipped: 0,
    });

    const results = `${queue}:results`;
    await waitFor('worker A to deliver some records', async () => {
      const entries = await readStream(redis, results);
      return (
        entries.filter((e) => e.worker.endsWith(workerA)).length >= 50 && entries.length >= 200
      );
    });
    a.child.kill('SIGKILL');
    expect((await a.exited).signal).toBe('SIGKILL');
    const atKill = await redis.xlen(results);
    expect(atKill).toBeLessThan(1000);

    await waitFor('all 1,000 records', async () => (await redis.xlen(results)) >= 1000, 40_000);
    // Let B's stalled checks run a few more times: nothing may arrive twice.
    await new Promise((resolve) => setTimeout(resolve, 2500));

    const entries = await readStream(redis, results);
    expect(entries.length).toBe(1000);
    const byId = new Map(entries.map((e) => [e.id, e]));
    expect(byId.size).toBe(1000);
    for (const art of articles) {
      const entry = byId.get(art.id);
      expect(entry, art.id).toBeDefined();
      expect(entry?.record.id).toBe(art.id);
      expect(entry?.record.error).toBeUndefined();
      expect(entry?.record.money.map((m) => [m.amount, m.currency])).toEqual([
        [art.amount, art.currency],
      ]);
    }
    const fromA = entries.filter((e) => e.worker.endsWith(workerA)).length;
    expect(fromA).toBeGreaterThanOrEqual(50);
    expect(entries.length - fromA).toBeGreaterThan(0);
    expect(await redis.scard(`bull:${queue}:sinmun:delivered`)).toBe(1000);
    expect(await redis.llen(`bull:${queue}:active`)).toBe(0);
    // The kill left jobs active in A, and B took them again through BullMQ's stalled-job check.
    const q = new Queue(queue, { connection: { url: server.url } });
    const jobs = await q.getCompleted(0, 999);
    await q.close();
    expect(jobs.length).toBe(1000);
    expect(jobs.filter((j) => j.stalledCounter > 0).length).toBeGreaterThan(0);

    b.child.kill('SIGTERM');
    expect(await b.exited).toEqual({ code: 0, signal: null });
  });

  it('SIGTERM: finishes the jobs in flight, leaves the rest waiting, exits 0', async () => {
    const queue = freshQueue('term');
    const w = await startWorker(server.url, queue, ['--concurrency', '4']);
    children.push(w.child);
    const articles = numberedArticles(400, 'term');
    await enqueue(articles, { redis: server.url, queue });
    const results = `${queue}:results`;
    await waitFor('some records', async () => (await redis.xlen(results)) >= 20);

    w.child.kill('SIGTERM');
    const exit = await Promise.race([
      w.exited,
      new Promise((resolve) => setTimeout(() => resolve('still running after 15 s'), 15_000)),
    ]);
    expect(exit).toEqual({ code: 0, signal: null });
    expect(w.stderr()).toContain('SIGTERM, finishing jobs in flight');

    // Nothing was left half-done: no job still active, each article either delivered or waiting.
    const delivered = await redis.xlen(results);
    const waiting = await redis.llen(`bull:${queue}:wait`);
    expect(await redis.llen(`bull:${queue}:active`)).toBe(0);
    expect(delivered).toBeLessThan(400);
    expect(delivered + waiting).toBe(400);
    expect(await redis.scard(`bull:${queue}:sinmun:delivered`)).toBe(delivered);
  });
});
