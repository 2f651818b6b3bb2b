#!/usr/bin/env node
// Scores sinmun's dates on a gold JSONL file (one `{ id, published, text, dates: [{ start, end,
// value, grain, relative, approximate }] }` per line, tests/dates/gold/): precision, recall and F
// for exact spans alone and for span + value, and, over the spans both sides agree on, how often
// grain, relative and approximate agree. Dates are read as the analyzer reads them: against the
// line's `published`, outside its money figures. Needs the built package: run `npx tsup` first.
//
// Usage: npm run eval:dates -- GOLD.jsonl [--show-errors N] [--json] [--module PATH]
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { readScorerArgs } from './gold-args.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE = 'usage: eval-dates GOLD.jsonl [--show-errors N] [--json] [--module PATH]';

function parseArgs(argv) {
  return readScorerArgs(argv, USAGE, {
    showErrors: 0,
    module: resolve(here, '../dist/index.js'),
  });
}

const prf = (tp, found, gold) => {
  const p = found ? tp / found : 0;
  const r = gold ? tp / gold : 0;
  return { precision: p, recall: r, f: p + r ? (2 * p * r) / (p + r) : 0, tp, found, gold };
};

const key = (d) => `${d.start}:${d.end}`;

const args = parseArgs(process.argv.slice(2));
const { extractDates, extractMoney } = await import(pathToFileURL(args.module).href);
const lines = readFileSync(args.gold, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

let found = 0;
let gold = 0;
let spanTp = 0;
let valueTp = 0;
const agree = { grain: 0, relative: 0, approximate: 0 };
const errors = [];
for (const line of lines) {
  const lang = /[가-힣]/.test(line.text) ? 'ko' : 'en';
  const money = extractMoney(line.text, { lang });
  const system = extractDates(line.text, { lang, reference: line.published, exclude: money });
  const byKey = new Map(system.map((d) => [key(d), d]));
  const goldKeys = new Set(line.dates.map(key));
  found += system.length;
  gold += line.dates.length;
  for (const g of line.dates) {
    const s = byKey.get(key(g));
    if (!s) {
      errors.push({ kind: 'missed', id: line.id, gold: g, text: line.text });
      continue;
    }
    spanTp++;
    if (s.value === g.value) valueTp++;
    else errors.push({ kind: 'value', id: line.id, gold: g, system: s, text: line.text });
    for (const f of Object.keys(agree)) if (s[f] === g[f]) agree[f]++;
  }
  for (const s of system) {
    if (!goldKeys.has(key(s)))
      errors.push({ kind: 'spurious', id: line.id, system: s, text: line.text });
  }
}

const report = {
  gold: args.gold,
  sentences: lines.length,
  span: prf(spanTp, found, gold),
  spanValue: prf(valueTp, found, gold),
  accuracyOnMatchedSpans: Object.fromEntries(
    Object.entries(agree).map(([k, n]) => [k, spanTp ? n / spanTp : 0]),
  ),
};

if (args.json) {
  console.log(JSON.stringify(report, null, 2));
} else {
  const pct = (x) => x.toFixed(3);
  console.log(`${args.gold}: ${lines.length} sentences, ${gold} gold dates, ${found} found`);
  console.log('                 P      R      F');
  for (const [name, s] of [
    ['span', report.span],
    ['span+value', report.spanValue],
  ]) {
    console.log(`${name.padEnd(12)} ${pct(s.precision)}  ${pct(s.recall)}  ${pct(s.f)}`);
  }
  const acc = report.accuracyOnMatchedSpans;
  console.log(
    `on ${spanTp} matched spans: grain ${pct(acc.grain)}, relative ${pct(acc.relative)}, approximate ${pct(acc.approximate)}`,
  );
}

const show = (d) =>
  d ? `${d.text}|${d.value}|${d.grain}|${d.relative ? 'R' : ''}${d.approximate ? 'A' : ''}` : '';
const context = (e) => {
  const d = e.gold ?? e.system;
  return e.text.slice(Math.max(0, d.start - 20), d.end + 20).replace(/\s+/g, ' ');
};
for (const kind of ['missed', 'spurious', 'value']) {
  const list = errors.filter((e) => e.kind === kind).slice(0, args.showErrors);
  for (const e of list) {
    console.log(
      `${kind.padEnd(8)} ${e.id}  gold ${show(e.gold)}  system ${show(e.system)}  …${context(e)}…`,
    );
  }
}
