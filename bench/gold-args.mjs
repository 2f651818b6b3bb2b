// The command line every gold-file scorer shares: one GOLD.jsonl, `-h`/`--help`, options with
// values. Each scorer handles its own options in `option(name, value)`, returning true when the
// option is one of its own; `value()` takes the next argument or fails.
import { resolve } from 'node:path';

export function fail(message) {
  console.error(message);
  process.exit(2);
}

/** Reads `argv` into `args.gold` and whatever `option` sets; exits 2 on a usage error. */
export function readGoldArgs(argv, args, usage, option) {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const value = () => {
      if (i + 1 >= argv.length) fail(`${a} needs a value`);
      return argv[++i];
    };
    if (option(a, value)) continue;
    if (a === '-h' || a === '--help') {
      console.log(usage);
      process.exit(0);
    } else if (a.startsWith('--')) fail(`unknown option ${a}`);
    else if (args.gold === null) args.gold = a;
    else fail(`unexpected argument ${a}`);
  }
  if (args.gold === null) fail(usage);
  return args;
}

/**
 * The options every built-package scorer takes: `--show-errors N`, `--json`, `--module PATH`
 * (another build's `dist/index.js`). Returns the parsed `{ gold, showErrors, json, module }`.
 */
export function readScorerArgs(argv, usage, defaults) {
  const args = { gold: null, json: false, ...defaults };
  readGoldArgs(argv, args, usage, (a, value) => {
    if (a === '--show-errors') args.showErrors = Number(value());
    else if (a === '--module') args.module = resolve(value());
    else if (a === '--json') args.json = true;
    else return false;
    return true;
  });
  if (!Number.isInteger(args.showErrors) || args.showErrors < 0) fail('bad --show-errors');
  return args;
}
