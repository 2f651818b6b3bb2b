/**
 * The pool's worker thread: attaches to the dictionary the main thread loaded (shared memory, no
 * copy), builds its analyzer once, and turns each task into a record.
 */
import { workerData } from 'piscina';
import { createAnalyzer, type Analyzer } from '../analyzer.js';
import { serializeRecord } from '../output/serialize.js';
import { analyzeSource } from './process.js';
import type { WorkerInit, WorkerTask } from './worker-protocol.js';

let analyzer: Promise<Analyzer> | undefined;

export default async function analyzeTask(task: WorkerTask) {
  const init = workerData as WorkerInit;
  analyzer ??= createAnalyzer({
    ...init.options,
    sharedDictionary: task.shared.dictionary,
    sharedGazetteer: task.shared.gazetteer,
  });
  const record = analyzeSource(await analyzer, task.source, task.options);
  return task.serialize ? serializeRecord(record, task.serialize) : record;
}
