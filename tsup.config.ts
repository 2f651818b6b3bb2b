import { defineConfig, type Options } from 'tsup';
import { buildNative } from './native/build.mjs';
import { writeBuiltInSnapshot } from './src/entities/gazetteer/snapshot-file.js';
import { writeBuiltInWords } from './src/entities/gazetteer/words-file.js';

const common: Options = {
  sourcemap: true,
  target: 'node20',
  platform: 'node',
  // franc and its helpers ship only as ES modules; bundling them (into dist/franc.cjs) lets the
  // CommonJS build and the lazy `require` of src/text/language.ts load on every Node 20 release,
  // including those before require(esm).
  noExternal: ['franc', 'trigram-utils', 'n-gram', 'collapse-white-space'],
  shims: true,
};

/**
 * What the second build writes, which the first one's cleaning must leave alone: tsup runs the
 * two builds at once, and cleaning removes every file of `dist` but those named here.
 */
const secondBuildFiles = ['cli', 'tokenize-cli', 'franc']
  .flatMap((name) => [`${name}.cjs`, `${name}.cjs.map`])
  .concat('gazetteer.bin', 'gazetteer-words.bin', 'native/**');

export default defineConfig([
  {
    ...common,
    // What is imported or required as a library: `sinmun`, `sinmun/queue`, and the pool's worker
    // script (`worker.js` beside `index.js`, `worker.cjs` beside `index.cjs`). Only these are ES
    // modules: esbuild splits the ES build into one chunk per set of entries (dynamic imports
    // count as entries) that share code, and with the command line's entries and lazy imports
    // in the same build, `import 'sinmun'` loaded 16 files; now 4.
    entry: {
      index: 'src/index.ts',
      queue: 'src/queue/index.ts',
      worker: 'src/pipeline/worker.ts',
    },
    format: ['esm', 'cjs'],
    dts: { entry: { index: 'src/index.ts', queue: 'src/queue/index.ts' } },
    clean: secondBuildFiles.map((file) => `!${file}`),
  },
  {
    ...common,
    // Started by bin/sinmun.cjs, which requires them: CommonJS only, each one file.
    entry: {
      cli: 'src/cli/main.ts',
      // `sinmun tokenize` alone (bin/sinmun.cjs picks it): no extraction code to load and compile.
      'tokenize-cli': 'src/cli/tokenize-main.ts',
      // franc alone, required by src/text/language.ts with the first text that needs it.
      franc: 'src/text/franc-bundle.ts',
    },
    format: ['cjs'],
    // The built-in gazetteer indexed once here, not at every start (src/entities/gazetteer/snapshot.ts).
    // And the optional mmap addon (native/mmap.c), where a C compiler and Node's headers are.
    onSuccess: async () => {
      writeBuiltInSnapshot();
      writeBuiltInWords();
      buildNative();
    },
  },
]);
