/**
 * Two analysing threads as a pipeline rather than a pool: one tokenizes every article, the other
 * does the rest of every analysis with those morphemes (src/pipeline/stage-worker.ts).
 *
 * Why: each isolate's V8 compiles the hot code it runs, and on a batch of a few thousand
 * articles that compiling is a large share of the work. In a pool both workers compile the whole
 * analyzer; here each compiles only its stage. Prototype on 1,500 articles of ~1,300 characters
 * (three alternating rounds, loaded machine): all threads 11.6–13.5 s CPU against the pool's
 * 13.4–16.4 and one thread's 10.6–12.4, the two stages within ~10% of each other. Records are the
 * same bytes as one analyzer's, in input order.
 */
import { MessageChannel, Worker } from 'node:worker_threads';
import type { Analyzer } from '../analyzer.js';
import type { ArticleSource } from '../io/source.js';
import { serializeRecord, type SerializedRecord, type SerializeSpec } from '../output/serialize.js';
import type { AnalyzerOptions } from '../types.js';
import { toSource } from './normalize.js';
import type { AnalyzeManyOptions, PoolAnalyzeManyOptions } from './options.js';
import { analyzeSource, failedRecord } from './process.js';
import type { ArticleIterable } from './stream.js';
import { mapWindow } from './window.js';
import type {
  StageArticleMessage,
  StageInit,
  StageResults,
  StageSharedMessage,
} from './worker-protocol.js';
import { sharedMemory, workerScript } from './worker-setup.js';
import { StageBalance } from './stage-balance.js';
import { SinmunError } from '../errors.js';

export interface StagedPipelineOptions extends AnalyzerOptions {
  /** The built worker script (default: the one beside the running module, as for a pool). */
  workerFile?: string;
  /** Articles in flight at once (default 16). */
  maxInFlight?: number;
}

export interface StagedPipeline {
  /** Always 2: the morphology thread and the rest. */
  readonly workers: number;
  /** Each record as its output text, in input order (also with `unordered`). */
  analyzeManySerialized(
    source: ArticleIterable,
    options: PoolAnalyzeManyOptions & { serialize: SerializeSpec },
  ): AsyncGenerator<SerializedRecord>;
  close(): Promise<void>;
}

interface Pending {
  source: ArticleSource;
  serialize: SerializeSpec;
  resolve(record: SerializedRecord): void;
}

/**
 * Starts the two stage threads. They load their code while this thread reads the dictionary,
 * which then goes to each of them once (not with every article, as a pool's tasks carry it).
 */
export async function createStagedPipeline(
  options: StagedPipelineOptions = {},
): Promise<StagedPipeline> {
  const { workerFile, maxInFlight, ...analyzerOptions } = options;
  const filename = workerScript(workerFile);
  const { port1, port2 } = new MessageChannel();
  const start = (sinmunStage: StageInit['sinmunStage'], port: StageInit['port']) => {
    const workerData: StageInit = { sinmunStage, options: analyzerOptions, port };
    // Records are short-lived: a bounded young generation, as the pool's (src/pipeline/pool.ts).
    return new Worker(filename, {
      workerData,
      transferList: [port],
      resourceLimits: { maxYoungGenerationSizeMb: 32 },
    });
  };
  const threads = [start('morphology', port1), start('rest', port2)];
  const [morphology, restStage] = threads;
  const balance = new StageBalance(morphology, restStage);
  const pending = new Map<number, Pending>();
  let next = 0;
  let closed = false;
  let broken: Error | undefined;
  let fallback: Promise<Analyzer> | undefined;

  const onResults = (results: StageResults) => {
    for (const { i, ...record } of results) {
      const p = pending.get(i);
      if (!p) continue;
      pending.delete(i);
      p.resolve(record);
    }
  };
  // A thread that fails costs the articles in flight (error records), not the run: the rest
  // are analysed on this thread.
  const fail = (err: unknown) => {
    if (closed || broken) return;
    broken = err instanceof Error ? err : new Error(String(err));
    for (const t of threads) void t.terminate();
    const lost = new SinmunError('INTERNAL', `a pipeline thread stopped: ${broken.message}`);
    for (const p of pending.values())
      p.resolve(serializeRecord(failedRecord(p.source, lost), p.serialize));
    pending.clear();
  };
  for (const t of threads) {
    t.on('message', onResults);
    t.on('error', fail);
    t.on('exit', (code) => fail(new Error(`exit code ${code}`)));
  }

  try {
    const shared = await sharedMemory(analyzerOptions);
    const message: StageSharedMessage = { type: 'shared', shared };
    for (const t of threads) t.postMessage(message);
  } catch (err) {
    closed = true;
    await Promise.all(threads.map((t) => t.terminate()));
    throw err;
  }

  const inProcess = async (source: ArticleSource, opts: AnalyzeManyOptions) => {
    fallback ??= import('../analyzer.js').then(({ createAnalyzer }) =>
      createAnalyzer(analyzerOptions),
    );
    return analyzeSource(await fallback, source, opts);
  };

  const run = async (
    source: ArticleSource,
    opts: AnalyzeManyOptions,
    serialize: SerializeSpec,
  ): Promise<SerializedRecord> => {
    if (source.error) return serializeRecord(failedRecord(source, source.error), serialize);
    if (broken) return serializeRecord(await inProcess(source, opts), serialize);
    const i = next++;
    const { id, text, bytes, format, meta } = source;
    const article: StageArticleMessage = {
      type: 'article',
      i,
      restTokenizes: balance.next(),
      source: { id, text, bytes, format, meta },
      options: opts,
      serialize,
    };
    return new Promise<SerializedRecord>((resolve) => {
      pending.set(i, { source, serialize, resolve });
      try {
        morphology.postMessage(article);
      } catch (err) {
        // An article that cannot be cloned costs itself.
        pending.delete(i);
        resolve(serializeRecord(failedRecord(source, err), serialize));
      }
    });
  };

  return {
    workers: 2,
    analyzeManySerialized(source, opts) {
      const { serialize, ...rest } = opts;
      return mapWindow(source, (item, i) => run(toSource(item, i), rest, serialize), {
        limit: maxInFlight ?? 16,
      });
    },
    async close() {
      if (closed) return;
      closed = true;
      await Promise.all(threads.map((t) => t.terminate()));
      if (fallback) (await fallback).close();
    },
  };
}
