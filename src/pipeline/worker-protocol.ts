import type { MessagePort } from 'node:worker_threads';
import type { SerializedRecord, SerializeSpec } from '../output/serialize.js';
import type { ArticleSource, ContentFormat, SourceMeta } from '../io/source.js';
import type { AnalyzeMeta, AnalyzerOptions } from '../types.js';
import type { AnalyzeManyOptions } from './options.js';

/** What every worker is started with: the analyzer's options. */
export interface WorkerInit {
  options: AnalyzerOptions;
}

/**
 * The memory every worker reads instead of loading its own: the dictionary and the gazetteer's
 * snapshot. It comes with each task rather than at start, so that the workers load their code
 * while the main thread is still reading the dictionary (a SharedArrayBuffer is not copied).
 */
export interface WorkerShared {
  dictionary: unknown;
  gazetteer: unknown;
}

/** One article sent to a worker: a source without an error (those never leave the main thread). */
export interface WorkerTask {
  source: {
    id: string;
    text?: string;
    bytes?: Uint8Array;
    format?: ContentFormat;
    meta: SourceMeta;
  };
  options: AnalyzeManyOptions;
  shared: WorkerShared;
  /**
   * Return the record as output text rather than as an object: a string crosses back to the main
   * thread as a plain copy, where a record is structured-cloned there and serialised again.
   */
  serialize?: SerializeSpec;
}

/**
 * A staged pipeline's worker (src/pipeline/stages.ts), told apart from a piscina worker by
 * `sinmunStage` in the thread's own `workerData`: `morphology` reads articles and tokenizes them,
 * `rest` does the rest of each analysis; `port` joins the two.
 */
export interface StageInit {
  sinmunStage: 'morphology' | 'rest';
  options: AnalyzerOptions;
  port: MessagePort;
}

/** From the main thread to both stages, once: the memory shared with every worker. */
export interface StageSharedMessage {
  type: 'shared';
  shared: WorkerShared;
}

/** From the main thread to the morphology stage: one article, `i` its place in the input. */
export interface StageArticleMessage {
  type: 'article';
  i: number;
  /** Leave the morphemes to the rest stage (src/pipeline/stage-balance.ts). */
  restTokenizes: boolean;
  source: WorkerTask['source'];
  options: AnalyzeManyOptions;
  serialize: SerializeSpec;
}

/** From the morphology stage to the rest: the prepared article and its packed morphemes. */
export interface StageTokensMessage {
  i: number;
  text: string;
  meta: AnalyzeMeta;
  /** Length of the text tokenized (`text` or its start), or -1 when none was. */
  tokenized: number;
  packed: Int32Array | null;
  /** What an error record of this article is made from. */
  failure: Pick<ArticleSource, 'id' | 'meta'>;
  serialize: SerializeSpec;
}

/** From either stage to the main thread: finished articles, as output text. */
export type StageResults = Array<SerializedRecord & { i: number }>;
