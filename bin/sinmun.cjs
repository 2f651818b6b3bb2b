#!/usr/bin/env node
'use strict';
// Launcher for the built CLI; all the work is in dist/cli.cjs (src/cli/main.ts), or for
// `sinmun tokenize` in the much smaller dist/tokenize-cli.cjs (src/cli/tokenize-main.ts).
const { existsSync } = require('node:fs');
const path = require('node:path');

const command = process.argv[2];
const entry = command === 'tokenize' ? 'tokenize-cli.cjs' : 'cli.cjs';
if (command === 'extract') {
  // A smaller TurboFan inlining budget (V8's default is 920 bytes of bytecode per function):
  // every isolate, each worker thread's included, compiles the analyzer's hot code again, and on
  // a short batch that compiling is a large part of the run. Counted with callgrind on 300 and
  // 600 articles, 1 worker: the compiler and collector threads' instructions fall by a quarter
  // (1,500 articles: ~11.0 to ~8.4 G), the analysing thread's per-article instructions do not
  // move (+0.6%). Set before the bundle loads; worker threads share the process's flags.
  require('node:v8').setFlagsFromString('--max-inlined-bytecode-size-cumulative=300');
}
const cli = path.join(__dirname, '..', 'dist', entry);
if (!existsSync(cli)) {
  process.stderr.write(
    `sinmun: ${path.relative(process.cwd(), cli) || cli} is missing: the package is not built.\n` +
      'Run `npm run build` (or `npm install`, which builds it) in the sinmun directory first.\n',
  );
  process.exit(2);
}
require(cli).main();
