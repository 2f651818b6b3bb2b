/**
 * The worker thread script. In a piscina pool it attaches to the dictionary the main thread
 * loaded (shared memory, no copy), builds its analyzer once, and turns each task into a record;
 * started by a staged pipeline (`sinmunStage` in the thread's own `workerData`) it runs one stage.
 */
import { workerData as threadData } from 'node:worker_threads';
import { workerData } from 'piscina';
import type { Analyzer } from '../analyzer.js';
import { serializeRecord } from '../output/serialize.js';
import { analyzeSource } from './process.js';
import { startStage } from './stage-worker.js';
import { workerAnalyzer } from './worker-analyzer.js';
import type { StageInit, WorkerInit, WorkerTask } from './worker-protocol.js';

if ((threadData as Partial<StageInit> | null)?.sinmunStage) startStage(threadData as StageInit);

let analyzer: Promise<Analyzer> | undefined;

export default async function analyzeTask(task: WorkerTask) {
  const init = workerData as WorkerInit;
  analyzer ??= workerAnalyzer(init.options, task.shared);
  const record = analyzeSource(await analyzer, task.source, task.options);
  return task.serialize ? serializeRecord(record, task.serialize) : record;
}
