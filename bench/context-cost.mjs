#!/usr/bin/env node
// What money in context costs next to morphology: over the shared corpus cut into 10-line
// articles, the CPU time (process.cpuUsage, user + system) of Korean morphology alone against
// that of money + dates + attribution (the entities they read are computed once beforehand and
// not counted). Rounds alternate (morphology, context, morphology, …) so that a busy machine
// weighs on both alike; the ratio of the medians is printed. Runs the build in dist/
// (`npm run bench:context` builds it first).
//
// Usage: node bench/context-cost.mjs [FILE] [--rounds N]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const roundsAt = args.indexOf('--rounds');
const rounds = roundsAt >= 0 ? Number(args[roundsAt + 1]) : 5;
const file =
  args.find((a, i) => !a.startsWith('--') && i !== roundsAt + 1) ??
  fileURLToPath(new URL('../../shared/corpus/ko-news-and-reviews.txt', import.meta.url));

const { createAnalyzer, extractMoney, extractDates, attributeMoney } = await import(
  pathToFileURL(resolve(here, '../dist/index.js')).href
);

const lines = readFileSync(file, 'utf8').split('\n');
const articles = [];
for (let i = 0; i < lines.length; i += 10) articles.push(lines.slice(i, i + 10).join('\n'));

const analyzer = await createAnalyzer();
const published = '2008-07-31';
// The earlier stages attribution reads, computed once and not timed.
const stages = articles.map((text) => {
  const r = analyzer.analyze(text, { published });
  const sentences = r.title ? [r.title, ...r.sentences] : r.sentences;
  return { text, lang: r.lang, sentences, entities: r.entities };
});

const cpu = (fn) => {
  const t0 = process.cpuUsage();
  const n = fn();
  const t = process.cpuUsage(t0);
  return { ms: (t.user + t.system) / 1000, n };
};

const morphology = () => {
  let tokens = 0;
  for (const a of stages) tokens += analyzer.tokenize(a.text).length;
  return tokens;
};

const context = () => {
  let figures = 0;
  for (const a of stages) {
    const money = extractMoney(a.text, { lang: a.lang });
    const dates = extractDates(a.text, { lang: a.lang, reference: published, exclude: money });
    figures += attributeMoney({ ...a, money, dates }).length;
  }
  return figures;
};

// Attribution alone, on money and dates found beforehand.
const found = stages.map((a) => {
  const money = extractMoney(a.text, { lang: a.lang });
  return {
    ...a,
    money,
    dates: extractDates(a.text, { lang: a.lang, reference: published, exclude: money }),
  };
});
const attribution = () => {
  let figures = 0;
  for (const a of found) figures += attributeMoney(a).length;
  return figures;
};

morphology();
context(); // warm-up
const times = { morphology: [], context: [], attribution: [] };
let counts = {};
for (let i = 0; i < rounds; i++) {
  for (const [name, fn] of [
    ['morphology', morphology],
    ['context', context],
    ['attribution', attribution],
  ]) {
    const r = cpu(fn);
    times[name].push(r.ms);
    counts[name] = r.n;
  }
}
analyzer.close();

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const m = median(times.morphology);
const c = median(times.context);
console.log(
  `${articles.length} articles of 10 lines from ${file}, ${rounds} alternating rounds, CPU ms`,
);
console.log(
  `morphology          median ${m.toFixed(0)} ms  (${times.morphology.map((t) => t.toFixed(0)).join(', ')}; ${counts.morphology} tokens)`,
);
console.log(
  `money+dates+context median ${c.toFixed(0)} ms  (${times.context.map((t) => t.toFixed(0)).join(', ')}; ${counts.context} figures)`,
);
const a = median(times.attribution);
console.log(
  `attribution alone   median ${a.toFixed(1)} ms  (${((100 * a) / m).toFixed(2)}% of morphology)`,
);
console.log(`context / morphology ${((100 * c) / m).toFixed(1)}% (target ≤ 15%)`);
