/**
 * Delivery of records, exactly once per article id. The ledger is a Redis set of delivered ids;
 * for a Redis stream or list the set, the results, the dead-letter list and the rate counter are
 * written by one Lua script, which Redis runs atomically: a second delivery of an id (a job run
 * again after its worker was killed, an article enqueued twice) adds nothing.
 *
 * JSONL files cannot take part in a Redis transaction, so there the order is: check the ledger,
 * append the line (one write, O_APPEND), then mark the id. A worker killed between the append and
 * the mark loses nothing but may leave a second copy of that one line, which `readOutputDir`
 * drops (first copy wins).
 */
import { mkdir, open, type FileHandle } from 'node:fs/promises';
import { hostname } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import type { ArticleRecord } from '../types.js';
import { RATE_TTL_SECONDS, rateKey, type QueueKeys } from './keys.js';

export type ResultsType = 'stream' | 'list';

/** Where records go: a Redis stream or list, or a directory of per-worker JSONL files. */
export type SinkTarget = { results: string; type: ResultsType } | { outputDir: string };

/** One article that failed every attempt, as kept in the dead-letter list. */
export interface DeadLetter {
  id: string;
  jobId: string;
  attempts: number;
  error: { code: string; message: string };
  failedAt: string;
  worker: string;
}

export interface Sink {
  /** Where records go, for messages. */
  readonly description: string;
  isDelivered(id: string): Promise<boolean>;
  /** Delivers `record` (and `dead`, for a dead letter) unless its id was delivered; true if it was new. */
  deliver(record: ArticleRecord, dead?: DeadLetter): Promise<boolean>;
  close(): Promise<void>;
}

const DELIVER_SCRIPT = `
if redis.call('SADD', KEYS[1], ARGV[1]) == 0 then return 0 end
local mode = ARGV[3]
if mode == 'stream' then
  redis.call('XADD', KEYS[2], '*', 'id', ARGV[1], 'worker', ARGV[6], 'record', ARGV[2])
elseif mode == 'list' then
  redis.call('RPUSH', KEYS[2], ARGV[2])
end
if ARGV[4] ~= '' then redis.call('RPUSH', KEYS[3], ARGV[4]) end
redis.call('INCR', KEYS[4])
redis.call('EXPIRE', KEYS[4], tonumber(ARGV[5]))
return 1
`;

interface DeliveringRedis extends Redis {
  sinmunDeliver(
    delivered: string,
    results: string,
    dead: string,
    rate: string,
    id: string,
    record: string,
    mode: string,
    deadLetter: string,
    rateTtl: number,
    worker: string,
  ): Promise<number>;
}

function withDeliver(redis: Redis): DeliveringRedis {
  const r = redis as DeliveringRedis;
  if (typeof r.sinmunDeliver !== 'function') {
    redis.defineCommand('sinmunDeliver', { numberOfKeys: 4, lua: DELIVER_SCRIPT });
  }
  return r;
}

/** The name a worker process goes by in results and dead letters. */
export function workerName(): string {
  return `${hostname()}:${process.pid}`;
}

export async function createSink(
  redis: Redis,
  keys: QueueKeys,
  target: SinkTarget,
  worker = workerName(),
): Promise<Sink> {
  const r = withDeliver(redis);
  const mark = (id: string, mode: string, resultsKey: string, json: string, dead?: DeadLetter) =>
    r.sinmunDeliver(
      keys.delivered,
      resultsKey,
      keys.dead,
      rateKey(keys, Math.floor(Date.now() / 1000)),
      id,
      json,
      mode,
      dead ? JSON.stringify(dead) : '',
      RATE_TTL_SECONDS,
      worker,
    );
  const isDelivered = async (id: string) => (await redis.sismember(keys.delivered, id)) === 1;

  if ('results' in target) {
    return {
      description: `Redis ${target.type} ${target.results}`,
      isDelivered,
      async deliver(record, dead) {
        const added = await mark(
          record.id,
          target.type,
          target.results,
          JSON.stringify(record),
          dead,
        );
        return added === 1;
      },
      async close() {},
    };
  }

  await mkdir(target.outputDir, { recursive: true });
  const file = path.join(target.outputDir, `worker-${worker.replace(/[^\w.-]+/g, '-')}.jsonl`);
  const handle: FileHandle = await open(file, 'a');
  return {
    description: `JSONL file ${file}`,
    isDelivered,
    async deliver(record, dead) {
      if (await isDelivered(record.id)) return false;
      // One write per line: with O_APPEND the kernel places it whole at the end of the file.
      await handle.write(JSON.stringify(record) + '\n');
      await mark(record.id, 'mark', keys.delivered, '', dead);
      return true;
    },
    async close() {
      await handle.close();
    },
  };
}
