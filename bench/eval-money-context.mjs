#!/usr/bin/env node
// Money in context against a gold file (tests/context/gold/money-context.*.jsonl): each line's
// text through the built analyzer (dist/, `npm run build` first) with the line's `published`.
//
// Matching rules:
// - A gold figure is found when a top-level figure of the record has exactly its span
//   (start, end). Money P/R/F count found figures against all predicted and all gold top-level
//   figures; "span + amount" also needs the same amount (null = null) and currency.
// - Fields are scored over the found figures only:
//   subject  right when both are null, or both name a span and the spans overlap (the name
//            only or the name with its title are the same owner); `strict` needs equal spans;
//   measure  right when equal (null = null);
//   period   right when both are null, or the spans are equal and the values equal;
//   change   direction right when both are null or both have the same direction; `from` right
//            when it points at the figure matched to gold's `from` (both null counts);
//            `percent` right when equal.
//
// Usage: node bench/eval-money-context.mjs <gold.jsonl> [--errors]
import { readFileSync } from 'node:fs';
import { createAnalyzer } from '../dist/index.js';

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith('--'));
const showErrors = args.includes('--errors');
if (!file) {
  console.error('usage: eval-money-context.mjs <gold.jsonl> [--errors]');
  process.exit(2);
}

const lines = readFileSync(file, 'utf8')
  .split('\n')
  .filter((l) => l.trim())
  .map((l) => JSON.parse(l));

const analyzer = await createAnalyzer();
const overlap = (a, b) => a.start < b.end && b.start < a.end;
const counts = { gold: 0, predicted: 0, found: 0, foundAmount: 0 };
const fields = [
  'subject',
  'subject strict',
  'measure',
  'period',
  'change',
  'change from',
  'percent',
];
const right = Object.fromEntries(fields.map((f) => [f, 0]));
const errors = [];

const spanText = (s) => (s ? `${s.text}@${s.start}` : 'null');

for (const line of lines) {
  const record = analyzer.analyze(line.text, { id: line.id, published: line.published });
  const predicted = record.money;
  counts.gold += line.money.length;
  counts.predicted += predicted.length;
  // gold index → predicted index
  const match = line.money.map((g) =>
    predicted.findIndex((p) => p.start === g.start && p.end === g.end),
  );
  line.money.forEach((g, gi) => {
    const pi = match[gi];
    if (pi < 0) return;
    const p = predicted[pi];
    counts.found++;
    if (p.amount === g.amount && p.currency === g.currency) counts.foundAmount++;
    const verdict = {
      subject:
        (g.subject === null && p.subject === null) ||
        (g.subject !== null && p.subject !== null && overlap(g.subject, p.subject)),
      'subject strict':
        (g.subject === null && p.subject === null) ||
        (g.subject !== null &&
          p.subject !== null &&
          g.subject.start === p.subject.start &&
          g.subject.end === p.subject.end),
      measure: g.measure === p.measure,
      period:
        (g.period === null && p.period === null) ||
        (g.period !== null &&
          p.period !== null &&
          g.period.start === p.period.start &&
          g.period.end === p.period.end &&
          g.period.value === p.period.value),
      change: (g.change?.direction ?? null) === (p.change?.direction ?? null),
      'change from':
        (g.change?.from ?? null) === null
          ? (p.change?.from ?? null) === null
          : p.change?.from === match[g.change.from],
      percent: (g.change?.percent ?? null) === (p.change?.percent ?? null),
    };
    for (const f of fields) if (verdict[f]) right[f]++;
    if (showErrors) {
      const wrong = ['subject', 'measure', 'period', 'change'].filter((f) => !verdict[f]);
      for (const f of wrong) {
        const show = (x) =>
          f === 'subject' || f === 'period' ? spanText(x[f]) : JSON.stringify(x[f]);
        errors.push(`${line.id} ${g.text} ${f}: gold ${show(g)} got ${show(p)}\n    ${line.text}`);
      }
    }
  });
  if (showErrors) {
    line.money.forEach((g, gi) => {
      if (match[gi] < 0) errors.push(`${line.id} missed ${g.text}@${g.start}\n    ${line.text}`);
    });
    for (const p of predicted) {
      if (!line.money.some((g) => g.start === p.start && g.end === p.end))
        errors.push(`${line.id} extra ${p.text}@${p.start}\n    ${line.text}`);
    }
  }
}
analyzer.close();

const pct = (n, d) => (d === 0 ? '—' : `${((100 * n) / d).toFixed(1)}%`);
const prf = (tp) => {
  const p = counts.predicted ? tp / counts.predicted : 0;
  const r = counts.gold ? tp / counts.gold : 0;
  const f = p + r ? (2 * p * r) / (p + r) : 0;
  return `P ${(100 * p).toFixed(1)}  R ${(100 * r).toFixed(1)}  F ${(100 * f).toFixed(1)}`;
};
if (showErrors) console.log(errors.join('\n') + '\n');
console.log(
  `${file}: ${lines.length} lines, ${counts.gold} gold figures, ${counts.predicted} predicted`,
);
console.log(`money span           ${prf(counts.found)}`);
console.log(`money span + amount  ${prf(counts.foundAmount)}`);
console.log(`fields over the ${counts.found} figures found:`);
for (const f of fields) {
  console.log(
    `  ${f.padEnd(15)} ${pct(right[f], counts.found).padStart(6)}  (${right[f]}/${counts.found})`,
  );
}
