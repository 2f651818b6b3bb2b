import { createAnalyzer, type Analyzer } from '../analyzer.js';
import type { AnalyzerOptions } from '../types.js';
import type { WorkerShared } from './worker-protocol.js';

/** A worker thread's analyzer, on the dictionary and gazetteer the main thread shared. */
export function workerAnalyzer(options: AnalyzerOptions, shared: WorkerShared): Promise<Analyzer> {
  return createAnalyzer({
    ...options,
    sharedDictionary: shared.dictionary,
    sharedGazetteer: shared.gazetteer,
  });
}
