/**
 * What a main thread prepares for its analysing worker threads (the piscina pool's and the
 * staged pipeline's): where the built worker script is, and the memory they share.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { shareGazetteer } from '../entities/index.js';
import { SinmunError } from '../errors.js';
import { Dictionary } from '../morph/dictionary.js';
import type { AnalyzerOptions } from '../types.js';
import type { WorkerShared } from './worker-protocol.js';

/** The dictionary (read off this thread) and the gazetteer's snapshot, as shared memory. */
export async function sharedMemory(options: AnalyzerOptions): Promise<WorkerShared> {
  const gazetteer =
    options.gazetteer === undefined
      ? (options.sharedGazetteer ?? shareGazetteer() ?? undefined)
      : undefined;
  if ((options.morphology ?? 'embedded') !== 'embedded')
    return { dictionary: undefined, gazetteer };
  const dictionary =
    options.sharedDictionary ?? (await Dictionary.loadAsync(options.dictionaryPath)).share();
  return { dictionary, gazetteer };
}

/**
 * The worker script: `workerFile` when given, else the one beside the running module
 * (`dist/worker.js` for the ES module build, `dist/worker.cjs` for the CommonJS one). From the
 * TypeScript sources (tests) there is none: pass `workerFile` (for example a freshly built
 * `dist/worker.js`).
 */
export function workerScript(workerFile?: string): string {
  if (workerFile) return path.resolve(workerFile);
  const here = fileURLToPath(import.meta.url);
  const candidate = path.join(
    path.dirname(here),
    here.endsWith('.cjs') ? 'worker.cjs' : 'worker.js',
  );
  if (!here.endsWith('.ts') && existsSync(candidate)) return candidate;
  throw new SinmunError(
    'INTERNAL',
    `the worker script was not found beside ${here} (looked for ${candidate}); ` +
      'run `npm run build`, or pass `workerFile` to createPool',
  );
}
