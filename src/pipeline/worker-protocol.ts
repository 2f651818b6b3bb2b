import type { SerializeSpec } from '../output/serialize.js';
import type { ContentFormat, SourceMeta } from '../io/source.js';
import type { AnalyzerOptions } from '../types.js';
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
