#!/usr/bin/env node
// Scores money extraction against hand-annotated gold: a TSV of `line  text  amount  currency`
// over the lines of a text file (default: the blind gold of the shared corpus's review part).
// A system figure is correct when its line, amount and currency equal a gold figure's (each gold
// figure matched once). Prints precision, recall and F1, and every miss and false figure.
//
// Usage: node bench/eval-money.mjs [--gold FILE] [--text FILE] [--from LINE] [--root CHECKOUT]
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { loadMoney } from './money-bundle.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => {
  const at = args.indexOf(name);
  return at >= 0 ? args[at + 1] : fallback;
};
const goldFile = opt(
  '--gold',
  fileURLToPath(new URL('money-gold/reviews.blind.tsv', import.meta.url)),
);
const textFile = opt(
  '--text',
  fileURLToPath(new URL('../../shared/corpus/ko-news-and-reviews.txt', import.meta.url)),
);
const from = Number(opt('--from', '2984'));
const root = opt('--root', undefined);

const { extractMoney } = await loadMoney(root ? { root } : {});
const gold = readFileSync(goldFile, 'utf8')
  .split('\n')
  .filter((l) => l && !l.startsWith('#'))
  .map((l) => {
    const [line, text, amount, currency] = l.split('\t');
    return { line: Number(line), text, amount: Number(amount), currency, used: false };
  });
const lines = readFileSync(textFile, 'utf8').split('\n');
let system = 0;
let correct = 0;
const wrong = [];
for (let n = from; n <= lines.length; n++) {
  for (const f of extractMoney(lines[n - 1], { lang: 'ko' })) {
    system++;
    const g = gold.find(
      (x) => !x.used && x.line === n && x.amount === f.amount && x.currency === f.currency,
    );
    if (g) {
      g.used = true;
      correct++;
    } else wrong.push(`  false  ${n}\t${f.text}\t${f.amount}\t${f.currency}`);
  }
}
const missed = gold
  .filter((g) => !g.used)
  .map((g) => `  missed ${g.line}\t${g.text}\t${g.amount}\t${g.currency}`);
const p = system ? correct / system : 1;
const r = gold.length ? correct / gold.length : 1;
const f1 = p + r ? (2 * p * r) / (p + r) : 0;
console.log(`gold ${gold.length}, system ${system}, correct ${correct}`);
console.log(`precision ${p.toFixed(3)}  recall ${r.toFixed(3)}  F1 ${f1.toFixed(3)}`);
for (const l of [...missed, ...wrong]) console.log(l);
