import { rmSync } from 'node:fs';
import { defineConfig } from 'tsup';
import { writeBuiltInSnapshot } from './src/entities/gazetteer/snapshot-file.js';
import { writeBuiltInWords } from './src/entities/gazetteer/words-file.js';

export default defineConfig({
  entry: {
    index: 'src/index.ts',
    queue: 'src/queue/index.ts',
    cli: 'src/cli/main.ts',
    // `sinmun tokenize` alone (bin/sinmun.cjs picks it): no extraction code to load and compile.
    'tokenize-cli': 'src/cli/tokenize-main.ts',
    worker: 'src/pipeline/worker.ts',
    // franc alone, required by src/text/language.ts with the first text that needs it.
    franc: 'src/text/franc-bundle.ts',
  },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts', queue: 'src/queue/index.ts' } },
  clean: true,
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // franc and its helpers ship only as ES modules; bundling them (into dist/franc.cjs) lets the
  // CommonJS build and the lazy `require` of src/text/language.ts load on every Node 20 release,
  // including those before require(esm).
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  shims: true,
  // The built-in gazetteer indexed once here, not at every start (src/entities/gazetteer/snapshot.ts).
  onSuccess: async () => {
    // One config gives every entry both formats; only dist/franc.cjs is ever loaded (by
    // `require`, from either build), so its ES module copy would ship 630 KB for nothing.
    for (const file of ['dist/franc.js', 'dist/franc.js.map']) rmSync(file, { force: true });
    writeBuiltInSnapshot();
    writeBuiltInWords();
  },
});
