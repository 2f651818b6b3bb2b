/**
 * A queue worker: takes article jobs from BullMQ, analyses them, and delivers each record once
 * per article id (see `sink.ts`). Bad input becomes its error record at once; any other failure
 * is thrown back to BullMQ, which retries with exponential backoff; on the last attempt the
 * article's error record is delivered and a dead letter kept, so it never blocks the queue.
 * A killed worker's jobs lose their lock and are put back by BullMQ's stalled-job check in
 * another worker; the ledger keeps the output to one record per id.
 */
import { setInterval, clearInterval } from 'node:timers';
import { Queue, Worker, type Job } from 'bullmq';
import { SinmunError, toSinmunError, type SinmunErrorCode } from '../errors.js';
import type { AnalyzeManyOptions } from '../pipeline/options.js';
import { errorRecord } from '../record.js';
import type { ArticleRecord } from '../types.js';
import { checkLocation, connectRedis, type RedisLocation } from './connection.js';
import { createEngine, type AnalysisEngine, type EngineOptions } from './engine.js';
import { failureKind } from './failure-kinds.js';
import { fromJobData, type QueueJobData } from './job-data.js';
import { DEFAULT_PREFIX, queueKeys } from './keys.js';
import {
  formatPrometheus,
  newCounters,
  serveMetrics,
  type MetricsServer,
  type WorkerCounters,
} from './metrics.js';
import { createSink, workerName, type ResultsType, type Sink, type SinkTarget } from './sink.js';
import { readQueueStats, type QueueStats } from './stats.js';

/** Instrumentation points, for tests and monitoring; a throw counts as a transient failure. */
export interface QueueWorkerHooks {
  /** Called before each attempt at an article; `attempt` counts from 1. */
  beforeAnalyze?(id: string, attempt: number): void | Promise<void>;
}

export interface QueueWorkerOptions extends RedisLocation, EngineOptions, AnalyzeManyOptions {
  /**
   * Jobs in flight in this process (default: 4, or twice the analysis threads if more): enough
   * that one job's Redis round trips overlap another's analysis.
   */
  concurrency?: number;
  /** A Redis stream or list for the records (default: the stream `<queue>:results`). */
  results?: string;
  /** `stream` (default; entries `id`, `worker`, `record`) or `list` (one record JSON each). */
  resultsType?: ResultsType;
  /** Write records to per-worker JSONL files in this directory instead of Redis. */
  output?: string;
  /** How long a job's lock lasts without renewal, ms (default 30000); a killed worker's jobs are retaken after it. */
  lockDuration?: number;
  /** How often stalled jobs are looked for, ms (default 30000). */
  stalledInterval?: number;
  /** Times a job may be retaken from a dead worker before it fails (default 2). */
  maxStalledCount?: number;
  /** How often the failed set is swept for dead letters not yet delivered, ms (default 60000). */
  sweepInterval?: number;
  /** Serve Prometheus metrics on 127.0.0.1 at this port (0: any free port). */
  metricsPort?: number;
  hooks?: QueueWorkerHooks;
  /** Errors outside any one job (lost connection…); default: printed on standard error. */
  onError?: (err: Error) => void;
}

export interface QueueWorker {
  /** Where records go. */
  readonly description: string;
  readonly counters: Readonly<WorkerCounters>;
  /** The metrics port when `metricsPort` was given. */
  readonly metricsPort: number | null;
  stats(): Promise<QueueStats>;
  /** Stops taking jobs, lets the ones in flight finish, and disconnects. */
  close(): Promise<void>;
}

interface JobResult {
  delivered: boolean;
}

const METRICS_MINUTES = 24 * 60;

export async function createWorker(options: QueueWorkerOptions): Promise<QueueWorker> {
  checkLocation(options);
  const prefix = options.prefix ?? DEFAULT_PREFIX;
  const keys = queueKeys(options.queue, prefix);
  const target: SinkTarget = options.output
    ? { outputDir: options.output }
    : { results: options.results ?? keys.results, type: options.resultsType ?? 'stream' };
  const onError =
    options.onError ?? ((err: Error) => console.error(`sinmun worker: ${err.message}`));
  const analyzeOptions: AnalyzeManyOptions = {
    tokens: options.tokens,
    omitText: options.omitText,
    maxBytes: options.maxBytes,
  };

  const redis = await connectRedis(options.redis);
  const opened: { close(): Promise<void> }[] = [{ close: async () => redis.disconnect() }];
  const closeAll = async () => {
    for (const c of opened.reverse()) await c.close().catch(onError);
  };
  try {
    // Only the analyzer's options travel to the pool's threads (functions such as hooks cannot).
    const engine = await createEngine({
      workers: options.workers,
      workerFile: options.workerFile,
      morphology: options.morphology,
      spacePenalty: options.spacePenalty,
      userDictionary: options.userDictionary,
      dictionaryPath: options.dictionaryPath,
      gazetteer: options.gazetteer,
      maxLength: options.maxLength,
    });
    opened.push(engine);
    const name = workerName();
    const sink = await createSink(redis, keys, target, name);
    opened.push(sink);
    const queue = new Queue<QueueJobData>(options.queue, {
      connection: { url: options.redis },
      prefix,
    });
    opened.push(queue);
    const counters = newCounters();
    const deliverer = new Deliverer(sink, counters, name);

    const processJob = async (job: Job<QueueJobData>): Promise<JobResult> => {
      counters.inFlight++;
      try {
        return await runJob(job, engine, deliverer, options.hooks, analyzeOptions);
      } finally {
        counters.inFlight--;
      }
    };
    const worker = new Worker<QueueJobData, JobResult>(options.queue, processJob, {
      connection: { url: options.redis },
      prefix,
      concurrency: Math.max(1, options.concurrency ?? Math.max(4, engine.threads * 2)),
      lockDuration: options.lockDuration ?? 30_000,
      stalledInterval: options.stalledInterval ?? 30_000,
      maxStalledCount: options.maxStalledCount ?? 2,
      metrics: { maxDataPoints: METRICS_MINUTES },
      autorun: false,
    });
    worker.on('error', onError);
    worker.on('completed', () => counters.jobsCompleted++);
    worker.on('failed', () => counters.attemptsFailed++);

    // Jobs that failed without passing through the last-attempt path (retaken from dead workers
    // too often, or failed while Redis was unreachable) still owe their error record.
    const sweep = (limit: number) => sweepFailed(queue, deliverer, limit).catch(onError);
    await sweep(Infinity);
    const timer = setInterval(() => void sweep(200), options.sweepInterval ?? 60_000);
    timer.unref();
    opened.push({ close: async () => clearInterval(timer) });

    const stats = () => readQueueStats(queue, redis, keys);
    let metrics: MetricsServer | null = null;
    if (options.metricsPort !== undefined) {
      metrics = await serveMetrics(options.metricsPort, async () =>
        formatPrometheus(counters, await stats().catch(() => null)),
      );
      opened.push(metrics);
    }

    void worker.run().catch(onError);
    await worker.waitUntilReady();
    let closing: Promise<void> | null = null;
    return {
      description: sink.description,
      counters,
      metricsPort: metrics?.port ?? null,
      stats,
      close() {
        closing ??= (async () => {
          await worker.close();
          await closeAll();
        })();
        return closing;
      },
    };
  } catch (err) {
    await closeAll();
    throw err;
  }
}

async function runJob(
  job: Job<QueueJobData>,
  engine: AnalysisEngine,
  deliverer: Deliverer,
  hooks: QueueWorkerHooks | undefined,
  analyzeOptions: AnalyzeManyOptions,
): Promise<JobResult> {
  const data = job.data;
  // Done already (enqueued again after completion, or retaken after a kill past delivery).
  if (await deliverer.sink.isDelivered(data.id)) {
    deliverer.counters.duplicatesSkipped++;
    return { delivered: false };
  }
  const attempt = job.attemptsMade + 1;
  const attempts = job.opts.attempts ?? 1;
  let record: ArticleRecord;
  try {
    await hooks?.beforeAnalyze?.(data.id, attempt);
    record = await engine.analyzeSource(fromJobData(data), analyzeOptions);
    if (record.error && failureKind(record.error.code) === 'retry') {
      throw new SinmunError(record.error.code as SinmunErrorCode, record.error.message);
    }
  } catch (err) {
    if (attempt >= attempts) await deliverer.deadLetter(job, err, attempt);
    throw err;
  }
  return { delivered: await deliverer.deliver(record) };
}

class Deliverer {
  constructor(
    readonly sink: Sink,
    readonly counters: WorkerCounters,
    private readonly name: string,
  ) {}

  async deliver(record: ArticleRecord): Promise<boolean> {
    const added = await this.sink.deliver(record);
    if (added) this.counters.recordsDelivered++;
    else this.counters.duplicatesSkipped++;
    return added;
  }

  /** The error record of an article given up on, delivered with its dead letter. */
  async deadLetter(job: Job<QueueJobData>, err: unknown, attempts: number): Promise<void> {
    const cause = toSinmunError(err);
    const error = new SinmunError(
      cause.code,
      `gave up after ${attempts} attempt(s): ${cause.message}`,
    );
    const record = errorRecord(job.data.id, error, job.data.meta?.warnings ?? []);
    if (job.data.meta?.url !== undefined) record.url = job.data.meta.url;
    const added = await this.sink.deliver(record, {
      id: job.data.id,
      jobId: job.id ?? '',
      attempts,
      error: { code: error.code, message: error.message },
      failedAt: new Date().toISOString(),
      worker: this.name,
    });
    if (added) {
      this.counters.recordsDelivered++;
      this.counters.deadLetters++;
    }
  }
}

async function sweepFailed(queue: Queue<QueueJobData>, deliverer: Deliverer, limit: number) {
  const page = 500;
  for (let start = 0; start < limit; start += page) {
    const jobs = await queue.getFailed(start, start + Math.min(page, limit - start) - 1);
    for (const job of jobs) {
      if (!job?.data?.id || (await deliverer.sink.isDelivered(job.data.id))) continue;
      const reason = job.failedReason || 'failed';
      await deliverer.deadLetter(job, new Error(reason), Math.max(1, job.attemptsMade));
    }
    if (jobs.length < page) return;
  }
}
