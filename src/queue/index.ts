/** Distributed workers on a Redis-backed BullMQ queue: enqueue articles, run workers, read stats. */
export { enqueue, enqueueSources, type EnqueueOptions, type EnqueueResult } from './enqueue.js';
export {
  createWorker,
  type QueueWorker,
  type QueueWorkerHooks,
  type QueueWorkerOptions,
} from './worker.js';
export { queueStats, formatQueueStats, type QueueStats } from './stats.js';
export { readOutputDir, type OutputDirRecords } from './output-dir.js';
export type { DeadLetter, ResultsType } from './sink.js';
export type { RedisLocation } from './connection.js';
export { queueKeys, type QueueKeys } from './keys.js';
