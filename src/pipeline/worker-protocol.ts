import type { SerializeSpec } from '../output/serialize.js';
import type { ContentFormat, SourceMeta } from '../io/source.js';
import type { AnalyzerOptions } from '../types.js';
import type { AnalyzeManyOptions } from './options.js';

/** What every worker is started with: the analyzer's options and the shared dictionary. */
export interface WorkerInit {
  options: AnalyzerOptions;
  sharedDictionary: unknown;
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
  /**
   * Return the record as output text rather than as an object: a string crosses back to the main
   * thread as a plain copy, where a record is structured-cloned there and serialised again.
   */
  serialize?: SerializeSpec;
}
