/** `sinmun enqueue`, `worker --until-empty` and `queue-stats` run in-process against redis-server. */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Command } from 'commander';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registerQueueCommands } from '../../src/cli/queue.js';
import type { QueueStats } from '../../src/queue/index.js';
import { freshQueue, readStream } from './helpers.js';
import { redisServerPath, startRedis, type RedisServer } from './redis-server.js';

const REDIS_SERVER = redisServerPath();
if (!REDIS_SERVER) console.warn('redis-server not found on PATH: queue CLI tests skipped');

async function sinmun(args: string[]): Promise<{ out: string; err: string }> {
  let out = '';
  let err = '';
  const program = new Command('sinmun').exitOverride();
  registerQueueCommands(program, {
    out: (t) => (out += t),
    err: (t) => (err += t),
    untilSignal: () => new Promise(() => {}),
  });
  await program.parseAsync(args, { from: 'user' });
  return { out, err };
}

describe.skipIf(!REDIS_SERVER)('queue CLI (real redis-server)', () => {
  let server: RedisServer;
  let redis: Redis;
  let dir: string;

  beforeAll(async () => {
    server = await startRedis(REDIS_SERVER as string);
    redis = new Redis(server.url);
    dir = mkdtempSync(path.join(tmpdir(), 'sinmun-queue-cli-'));
  });

  afterAll(async () => {
    redis?.disconnect();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  it('enqueues JSONL lines and text files as extract reads them, then drains the queue', async () => {
    const queue = freshQueue('cli');
    const jsonl = path.join(dir, 'feed.jsonl');
    writeFileSync(
      jsonl,
      [
        JSON.stringify({ doc: { key: 'n-1' }, text: '현대차는 2조 원 규모의 투자를 발표했다.' }),
        '{"doc": {"key": "n-2"}, "text": "truncat',
        JSON.stringify({ doc: { key: 'n-3' }, text: 'Apple said it would spend $3 billion.' }),
      ].join('\n') + '\n',
    );
    const txt = path.join(dir, 'story.txt');
    writeFileSync(txt, '카카오는 500억원을 조달했다고 밝혔다.\n');
    const loc = ['--redis', server.url, '--queue', queue];

    const first = await sinmun(['enqueue', ...loc, '--id-field', 'doc.key', '--json', jsonl, txt]);
    expect(JSON.parse(first.out)).toEqual({ added: 4, skipped: 0 });
    const again = await sinmun(['enqueue', ...loc, '--id-field', 'doc.key', jsonl, txt]);
    expect(again.err).toContain('enqueued 0 article(s)');
    expect(again.err).toContain('skipped 4');

    const run = await sinmun(['worker', ...loc, '--until-empty']);
    expect(run.err).toContain('queue empty, finishing jobs in flight');
    expect(run.err).toContain('4 record(s) delivered');

    const records = new Map(
      (await readStream(redis, `${queue}:results`)).map((e) => [e.id, e.record]),
    );
    expect([...records.keys()].sort()).toEqual(['n-1', 'n-3', `${jsonl}:2`, txt].sort());
    expect(records.get('n-1')?.money[0]).toMatchObject({ amount: 2e12, currency: 'KRW' });
    expect(records.get('n-3')?.money[0]).toMatchObject({ amount: 3e9, currency: 'USD' });
    expect(records.get(txt)?.money[0]).toMatchObject({ amount: 5e10, currency: 'KRW' });
    expect(records.get(`${jsonl}:2`)?.error?.code).toBe('PARSE_FAILED');

    const stats = JSON.parse((await sinmun(['queue-stats', ...loc, '--json'])).out) as QueueStats;
    expect(stats).toMatchObject({ waiting: 0, active: 0, failed: 0, deadLetters: 0, delivered: 4 });
    const table = (await sinmun(['queue-stats', ...loc])).out;
    expect(table).toMatch(/^delivered\s+4$/m);
  });
});
