// Bundles src/money (and, when asked, the hand-written corpora) with esbuild, installed with tsup,
// so money benchmarks and evaluations measure the current source without a full build.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));

/** Imports `extractMoney` (and `KO_CASES`, `EN_CASES` with `corpora`) from the checkout at `root`. */
export async function loadMoney({ root = resolve(here, '..'), corpora = false } = {}) {
  const out = mkdtempSync(join(tmpdir(), 'sinmun-money-'));
  const bundle = join(out, 'money.mjs');
  const lines = [`export { extractMoney } from './src/money/index.ts';`];
  if (corpora) {
    lines.push(`export { KO_CASES } from './tests/money/corpus.ko.ts';`);
    lines.push(`export { EN_CASES } from './tests/money/corpus.en.ts';`);
  }
  await build({
    stdin: { contents: lines.join('\n'), resolveDir: root, loader: 'ts' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    outfile: bundle,
    logLevel: 'error',
  });
  try {
    return await import(pathToFileURL(bundle).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
