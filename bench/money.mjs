#!/usr/bin/env node
// Money extraction throughput on the shared Korean corpus (or a file given as the argument), and
// on money-dense text (the hand-written ko/en corpus sentences, repeated), where nearly every
// sentence holds a figure. Prints wall time and CPU time (user + system, this process) per round;
// CPU time is the steadier number on a shared machine. `--root DIR` measures another checkout's
// src/money on the same texts (the dense texts always come from this checkout's corpora), so two
// versions can be compared in alternating runs.
//
// Usage: node bench/money.mjs [FILE] [--rounds N] [--root CHECKOUT]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMoney } from './money-bundle.mjs';

const args = process.argv.slice(2);
const valueOf = (name) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : undefined;
};
const rounds = Number(valueOf('--rounds') ?? 5);
const root = valueOf('--root');
const file =
  args.find((a, i) => !a.startsWith('--') && !args[i - 1]?.startsWith('--')) ??
  fileURLToPath(new URL('../../shared/corpus/ko-news-and-reviews.txt', import.meta.url));

const { KO_CASES, EN_CASES } = await loadMoney({ corpora: true });
const { extractMoney } = await loadMoney(root ? { root } : {});

function once(text, lines, perLine) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let figures = 0;
  if (perLine) for (const line of lines) figures += extractMoney(line).length;
  else figures = extractMoney(text).length;
  const cpu = process.cpuUsage(c0);
  return { ms: performance.now() - t0, cpuMs: (cpu.user + cpu.system) / 1000, figures };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function measure(label, text, perLine) {
  const lines = text.split('\n');
  const bytes = Buffer.byteLength(text, 'utf8');
  once(text, lines, perLine); // warm-up
  const wall = [];
  const cpu = [];
  let figures = 0;
  for (let i = 0; i < rounds; i++) {
    const r = once(text, lines, perLine);
    wall.push(r.ms);
    cpu.push(r.cpuMs);
    figures = r.figures;
  }
  const mb = bytes / 1e6;
  console.log(
    `${label.padEnd(22)}: ${mb.toFixed(2)} MB, ${figures} figures, median over ${rounds} rounds: ` +
      `wall ${median(wall).toFixed(1)} ms (${(mb / (median(wall) / 1000)).toFixed(1)} MB/s), ` +
      `CPU ${median(cpu).toFixed(1)} ms (${(mb / (median(cpu) / 1000)).toFixed(1)} MB/s)`,
  );
}

const corpus = readFileSync(file, 'utf8');
measure('corpus, per line', corpus, true);
measure('corpus, whole text', corpus, false);
const dense = (cases) =>
  Array.from({ length: 200 }, () => cases.map((c) => c.input).join('\n')).join('\n');
measure('dense ko, per line', dense(KO_CASES), true);
measure('dense en, per line', dense(EN_CASES), true);
