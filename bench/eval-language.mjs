#!/usr/bin/env node
// Scores sinmun's language identification on a gold JSONL file (one `{ id, lang, text }` per
// line, tests/text/gold/): accuracy overall, English recall and precision (English is the
// language whose rules sinmun runs, so a sentence given to another Latin language loses its
// entities), and the misses. Needs the built package: run `npx tsup` first.
//
// Usage: npm run eval:language -- GOLD.jsonl [--show-errors N] [--json] [--module PATH]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readScorerArgs } from './gold-args.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE = 'usage: eval-language GOLD.jsonl [--show-errors N] [--json] [--module PATH]';

const args = readScorerArgs(process.argv.slice(2), USAGE, {
  showErrors: 20,
  module: resolve(here, '../dist/index.js'),
});

const { detectLanguage } = await import(pathToFileURL(args.module).href);
const lines = readFileSync(args.gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim() !== '');
const rows = lines.map((l) => JSON.parse(l));

let right = 0;
let goldEn = 0;
let foundEn = 0;
let bothEn = 0;
const misses = [];
for (const row of rows) {
  const { lang } = detectLanguage(row.text);
  if (lang === row.lang) right++;
  else misses.push({ id: row.id, gold: row.lang, found: lang, text: row.text });
  if (row.lang === 'en') goldEn++;
  if (lang === 'en') foundEn++;
  if (lang === 'en' && row.lang === 'en') bothEn++;
}
const ratio = (a, b) => (b ? a / b : 0);
const scores = {
  sentences: rows.length,
  accuracy: ratio(right, rows.length),
  english: { recall: ratio(bothEn, goldEn), precision: ratio(bothEn, foundEn), gold: goldEn },
  misses,
};

if (args.json) console.log(JSON.stringify(scores, null, 2));
else {
  const pct = (x) => (x * 100).toFixed(1) + '%';
  console.log(`${args.gold}: ${rows.length} sentences`);
  console.log(`accuracy          ${pct(scores.accuracy)} (${right}/${rows.length})`);
  console.log(
    `English recall    ${pct(scores.english.recall)} (${bothEn}/${goldEn}), precision ${pct(scores.english.precision)} (${bothEn}/${foundEn})`,
  );
  for (const m of misses.slice(0, args.showErrors))
    console.log(`  ${m.id} gold ${m.gold} found ${m.found}: ${m.text}`);
}
