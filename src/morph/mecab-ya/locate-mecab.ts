import { accessSync, constants } from 'node:fs';
import path from 'node:path';
import { SinmunError } from '../../errors.js';

/** Where MeCab installs usually put the binary, tried after PATH. */
const COMMON_PREFIXES = ['/usr/local', '/usr', '/opt/homebrew', '/opt/local', '/opt/mecab'];

export const MECAB_INSTALL_HINT =
  'install MeCab (Debian/Ubuntu: `apt-get install mecab`; macOS: `brew install mecab`; or ' +
  'mecab-ko from https://bitbucket.org/eunjeon/mecab-ko), or set MECAB_LIB_PATH to the prefix ' +
  'holding bin/mecab — or use the embedded backend, which needs nothing installed';

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * The install prefix of a MeCab binary, as mecab-ya wants it in MECAB_LIB_PATH (it runs
 * `$MECAB_LIB_PATH/bin/mecab`): an explicit MECAB_LIB_PATH, then PATH, then common prefixes.
 */
export function locateMecabPrefix(
  env: NodeJS.ProcessEnv = process.env,
  prefixes: readonly string[] = COMMON_PREFIXES,
): string {
  const candidates: string[] = [];
  if (env.MECAB_LIB_PATH) candidates.push(env.MECAB_LIB_PATH);
  for (const dir of (env.PATH ?? '').split(path.delimiter)) {
    if (dir && path.basename(dir) === 'bin') candidates.push(path.dirname(dir));
  }
  candidates.push(...prefixes);
  const found = candidates.find((prefix) => isExecutable(path.join(prefix, 'bin', 'mecab')));
  if (found === undefined) {
    throw new SinmunError(
      'MECAB_NOT_FOUND',
      `the mecab-ya backend needs MeCab, which was not found: ${MECAB_INSTALL_HINT}`,
    );
  }
  return path.resolve(found);
}

/** Whether a MeCab binary is available (for tests and benchmarks that need one). */
export function hasMecab(): boolean {
  try {
    locateMecabPrefix();
    return true;
  } catch {
    return false;
  }
}
