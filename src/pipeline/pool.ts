import { availableParallelism } from 'node:os';
import { Duplex } from 'node:stream';
import { contentId } from '../io/content-id.js';
import { SinmunError, type SinmunErrorCode } from '../errors.js';
import type { ArticleSource } from '../io/source.js';
import { serializeRecord, type SerializedRecord, type SerializeSpec } from '../output/serialize.js';
import { errorRecord } from '../record.js';
import type { AnalyzeMeta, AnalyzerOptions, ArticleRecord } from '../types.js';
import { toSource } from './normalize.js';
import type { AnalyzeManyOptions, PoolAnalyzeManyOptions } from './options.js';
import type { ArticleIterable } from './stream.js';
import { mapWindow } from './window.js';
import type { WorkerInit, WorkerShared, WorkerTask } from './worker-protocol.js';
import { sharedMemory, workerScript } from './worker-setup.js';

export interface PoolOptions extends AnalyzerOptions {
  /** Worker threads (default: the number of cores). */
  workers?: number;
  /** Articles in flight at once in `analyzeMany` (default: 4 per worker). */
  maxInFlight?: number;
  /**
   * The built worker script. Default: `worker.js`/`worker.cjs` beside the running module, which
   * is where the package build puts it.
   */
  workerFile?: string;
}

export interface Pool {
  readonly workers: number;
  /** Like `analyzer.analyze`, on a worker; rejects with a `SinmunError` for bad input. */
  analyze(text: string, meta?: AnalyzeMeta): Promise<ArticleRecord>;
  /** The record for one article source; never rejects (failures become error records). */
  analyzeSource(source: ArticleSource, options?: AnalyzeManyOptions): Promise<ArticleRecord>;
  /** Records for many articles, in input order unless `unordered`; bounded in flight. */
  analyzeMany(
    source: ArticleIterable,
    options?: PoolAnalyzeManyOptions,
  ): AsyncGenerator<ArticleRecord>;
  /**
   * Like `analyzeMany`, but each record arrives as its output text (a JSON line, a JSON value or
   * CSV rows, per `serialize`), made on the worker. Cheaper than records when they are only
   * written out: a string crosses threads as a copy, a record as a structured clone that the
   * main thread would then serialise again.
   */
  analyzeManySerialized(
    source: ArticleIterable,
    options: PoolAnalyzeManyOptions & { serialize: SerializeSpec },
  ): AsyncGenerator<SerializedRecord>;
  /** An object-mode duplex for `stream.pipeline`: articles in, records out (in order). */
  createTransform(options?: PoolAnalyzeManyOptions): Duplex;
  close(): Promise<void>;
}

/**
 * A pool of worker threads (piscina) analysing articles in parallel. The dictionary is loaded
 * once, here, and handed to every worker as shared memory (SharedArrayBuffers), so adding workers
 * adds threads, not dictionaries.
 */
export async function createPool(options: PoolOptions = {}): Promise<Pool> {
  const { workers: requested, maxInFlight, workerFile, ...analyzerOptions } = options;
  const workers = Math.max(1, Math.floor(requested ?? availableParallelism()));
  const filename = workerScript(workerFile);
  const init: WorkerInit = { options: analyzerOptions };
  // piscina is loaded with the first pool, not at import: a single-threaded call never needs it
  const { Piscina } = await import('piscina');
  const piscina = new Piscina<WorkerTask, ArticleRecord | SerializedRecord>({
    filename,
    minThreads: workers,
    maxThreads: workers,
    idleTimeout: Number.MAX_SAFE_INTEGER,
    // A second task waits in the worker's own queue while it analyses the first, so it never
    // idles through a round trip to the main thread between articles (a CPU profile showed each
    // worker ~7% of its time in piscina's wait loop with one task at a time, ~3% with two; on
    // 12,000 articles two workers went from 1.49–1.74× one worker to 1.55–1.81×, median 1.73×)
    concurrentTasksPerWorker: 2,
    workerData: init,
    // Records are short-lived; a bounded young generation per worker keeps the pool's peak RSS
    // near one process's without scavenging too often. On 12,000 articles with 2 workers
    // (alternating runs, after the entity speed-up): 16 MB gave 1.39–1.55× one worker's speed at
    // 1.39–1.49× its RSS, 32 MB 1.49–1.74× at 1.19–1.52× (seven runs, mostly ~1.2×), 64 MB
    // 1.55–1.72× at 1.35–1.42×.
    resourceLimits: { maxYoungGenerationSizeMb: 32 },
  });
  // The workers are starting (loading their code) while libuv's threads read the dictionary, the
  // one thing here that takes long, to share it with them; the gazetteer's snapshot goes along.
  // The dictionary used to be read synchronously here, which blocked this thread ~0.4 s CPU
  // while both workers, already loaded, waited for their first task. The rest of the analyzer
  // lives in the workers: this thread reads and writes.
  let shared: WorkerShared;
  try {
    shared = await sharedMemory(analyzerOptions);
  } catch (err) {
    await piscina.destroy();
    throw err;
  }
  const limit = maxInFlight ?? workers * 4;
  let closed = false;

  function run(source: ArticleSource, opts: AnalyzeManyOptions): Promise<ArticleRecord>;
  function run(
    source: ArticleSource,
    opts: AnalyzeManyOptions,
    serialize: SerializeSpec,
  ): Promise<SerializedRecord>;
  async function run(
    source: ArticleSource,
    opts: AnalyzeManyOptions,
    serialize?: SerializeSpec,
  ): Promise<ArticleRecord | SerializedRecord> {
    // Failures found here become error records on this thread, serialised here when asked.
    const failed = (err: unknown) => {
      const record = errorRecord(source.id, err, source.meta.warnings ?? []);
      return serialize ? serializeRecord(record, serialize) : record;
    };
    if (source.error) return failed(source.error);
    if (closed) return failed(closedError());
    const { id, text, bytes, format, meta } = source;
    try {
      return await piscina.run({
        source: { id, text, bytes, format, meta },
        options: opts,
        shared,
        serialize,
      });
    } catch (err) {
      // A worker that died (or a clone that failed) costs this article, not the run.
      return failed(err);
    }
  }

  const analyzeSource = (source: ArticleSource, opts: AnalyzeManyOptions = {}) => run(source, opts);

  const analyzeMany = (source: ArticleIterable, opts: PoolAnalyzeManyOptions = {}) => {
    const { unordered, ...rest } = opts;
    return mapWindow(source, (item, i) => analyzeSource(toSource(item, i), rest), {
      limit,
      ordered: !unordered,
    });
  };

  const analyzeManySerialized = (
    source: ArticleIterable,
    opts: PoolAnalyzeManyOptions & { serialize: SerializeSpec },
  ) => {
    const { unordered, serialize, ...rest } = opts;
    return mapWindow(source, (item, i) => run(toSource(item, i), rest, serialize), {
      limit,
      ordered: !unordered,
    });
  };

  return {
    workers,
    async analyze(text, meta = {}) {
      if (closed) throw closedError();
      const { tokens, omitText, warnings, id, title, url, published } = meta;
      const source: ArticleSource = {
        id: id ?? (typeof text === 'string' ? contentId(text) : 'input'),
        text,
        format: 'text',
        meta: { title, url, published, warnings },
      };
      const record = await analyzeSource(source, { tokens, omitText });
      if (record.error)
        throw new SinmunError(record.error.code as SinmunErrorCode, record.error.message);
      return record;
    },
    analyzeSource,
    analyzeMany,
    analyzeManySerialized,
    createTransform(opts = {}) {
      return Duplex.from(async function* (input: AsyncIterable<unknown>) {
        yield* analyzeMany(input as ArticleIterable, opts);
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await piscina.destroy();
    },
  };
}

function closedError(): SinmunError {
  return new SinmunError('ANALYZER_CLOSED', 'this pool was closed; create a new one');
}
