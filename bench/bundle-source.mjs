// Bundles TypeScript sources of this package with esbuild (installed with tsup) into a module a
// bench can import, so that it measures the current source without a full build. The bundle
// lives inside the package (node_modules/.cache) so that it finds the dictionary package and
// other dependencies the way the library does.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/** `exports`: lines such as `export { extractDates } from './src/dates/index.ts';`. */
export async function importBundled(exports, external = []) {
  const cache = join(root, 'node_modules/.cache');
  mkdirSync(cache, { recursive: true });
  const out = mkdtempSync(join(cache, 'sinmun-bench-'));
  try {
    const outfile = join(out, 'bundle.mjs');
    await build({
      stdin: { contents: exports.join('\n'), resolveDir: root, loader: 'ts' },
      bundle: true,
      format: 'esm',
      platform: 'node',
      outfile,
      logLevel: 'error',
      external,
    });
    return await import(pathToFileURL(outfile).href);
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
