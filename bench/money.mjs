#!/usr/bin/env node
// Money extraction throughput on the shared Korean corpus (or a file given as the argument), and
// on money-dense text (the hand-written ko/en corpus sentences, repeated), where nearly every
// sentence holds a figure. Bundles src/money with esbuild (installed with tsup) so it measures the
// current source without a full build.
//
// Usage: node bench/money.mjs [FILE] [--rounds N]
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { build } from 'esbuild';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const file =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ??
  fileURLToPath(new URL('../../shared/corpus/ko-news-and-reviews.txt', import.meta.url));

const out = mkdtempSync(join(tmpdir(), 'sinmun-money-bench-'));
const bundle = join(out, 'money.mjs');
await build({
  stdin: {
    contents: [
      `export { extractMoney } from './src/money/index.ts';`,
      `export { KO_CASES } from './tests/money/corpus.ko.ts';`,
      `export { EN_CASES } from './tests/money/corpus.en.ts';`,
    ].join('\n'),
    resolveDir: resolve(here, '..'),
    loader: 'ts',
  },
  bundle: true,
  format: 'esm',
  platform: 'node',
  outfile: bundle,
  logLevel: 'error',
});
const { extractMoney, KO_CASES, EN_CASES } = await import(pathToFileURL(bundle).href);
rmSync(out, { recursive: true, force: true });

function once(text, lines, perLine) {
  const t0 = performance.now();
  let figures = 0;
  if (perLine) for (const line of lines) figures += extractMoney(line).length;
  else figures = extractMoney(text).length;
  return { ms: performance.now() - t0, figures };
}

function measure(label, text, perLine) {
  const lines = text.split('\n');
  const bytes = Buffer.byteLength(text, 'utf8');
  once(text, lines, perLine); // warm-up
  const times = [];
  let figures = 0;
  for (let i = 0; i < rounds; i++) {
    const r = once(text, lines, perLine);
    times.push(r.ms);
    figures = r.figures;
  }
  times.sort((a, b) => a - b);
  const median = times[Math.floor(times.length / 2)];
  const mbps = bytes / 1e6 / (median / 1000);
  console.log(
    `${label.padEnd(22)}: ${(bytes / 1e6).toFixed(2)} MB, ${figures} figures, ` +
      `median ${median.toFixed(1)} ms over ${rounds} rounds → ${mbps.toFixed(1)} MB/s`,
  );
}

const corpus = readFileSync(file, 'utf8');
measure('corpus, per line', corpus, true);
measure('corpus, whole text', corpus, false);
const dense = (cases) =>
  Array.from({ length: 200 }, () => cases.map((c) => c.input).join('\n')).join('\n');
measure('dense ko, per line', dense(KO_CASES), true);
measure('dense en, per line', dense(EN_CASES), true);
