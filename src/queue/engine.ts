/**
 * What turns a job's article source into a record in a queue worker: the analyzer in this
 * process for one worker, or the pipeline's worker-thread pool (one shared dictionary) for more.
 */
import { createAnalyzer } from '../analyzer.js';
import type { ArticleSource } from '../io/source.js';
import type { AnalyzeManyOptions } from '../pipeline/options.js';
import { createPool } from '../pipeline/pool.js';
import { analyzeSource } from '../pipeline/process.js';
import type { AnalyzerOptions, ArticleRecord } from '../types.js';

export interface AnalysisEngine {
  readonly threads: number;
  /** The record for a source; failures come back as error records, never as rejections. */
  analyzeSource(source: ArticleSource, options: AnalyzeManyOptions): Promise<ArticleRecord>;
  close(): Promise<void>;
}

export interface EngineOptions extends AnalyzerOptions {
  /** Analysis threads: 1 analyses in this process, more start a worker-thread pool. */
  workers?: number;
  /** The pool's built worker script, when running from the TypeScript sources. */
  workerFile?: string;
}

export async function createEngine(options: EngineOptions): Promise<AnalysisEngine> {
  const { workers = 1, workerFile, ...analyzerOptions } = options;
  if (workers > 1) {
    const pool = await createPool({ ...analyzerOptions, workers, workerFile });
    return {
      threads: pool.workers,
      analyzeSource: (source, opts) => pool.analyzeSource(source, opts),
      close: () => pool.close(),
    };
  }
  const analyzer = await createAnalyzer(analyzerOptions);
  return {
    threads: 1,
    analyzeSource: async (source, opts) => analyzeSource(analyzer, source, opts),
    close: async () => analyzer.close(),
  };
}
