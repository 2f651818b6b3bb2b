#!/usr/bin/env node
'use strict';
// Launcher for the built CLI; all the work is in dist/cli.cjs (src/cli/main.ts), or for
// `sinmun tokenize` in the much smaller dist/tokenize-cli.cjs (src/cli/tokenize-main.ts).
const { existsSync } = require('node:fs');
const path = require('node:path');

const entry = process.argv[2] === 'tokenize' ? 'tokenize-cli.cjs' : 'cli.cjs';
const cli = path.join(__dirname, '..', 'dist', entry);
if (!existsSync(cli)) {
  process.stderr.write(
    `sinmun: ${path.relative(process.cwd(), cli) || cli} is missing: the package is not built.\n` +
      'Run `npm run build` (or `npm install`, which builds it) in the sinmun directory first.\n',
  );
  process.exit(2);
}
require(cli).main();
