#!/usr/bin/env node
// Builds money-context.{dev,blind}.jsonl from the hand-typed money-context.{dev,blind}.txt and the
// source sentences (../shared). Every value in the output was typed by a person reading the
// sentence; this script only turns typed substrings into offsets and checks the shape.
//
// Usage: node tests/context/gold/build.mjs [--check] [--show]
//   --check  do not write; exit 1 if a committed JSONL differs from a fresh build
//   --show   print each sentence with its figures, for proof-reading
//
// One annotation line per top-level figure, in reading order, seven fields split by `|`:
//   text | amount CUR | equivalents | subject | measure | period | change
//   equivalents: `-` or `text=amount CUR ; text=amount CUR`
//   subject:     `-` or `text E` (a named entity) / `text N` (a described owner, 중국 정부)
//   period:      `-` or `text = value` (value `null` when it cannot be resolved)
//   change:      `-` or `up|down [from=i] [pct=x]`, `i` the index of the earlier figure
// A surface that occurs more than once is written `text@n` (its n-th occurrence).
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildSet, fields, grainOfValue, locate } from '../../helpers/gold-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const MEASURES = new Set(
  [
    ...readFileSync(resolve(here, '../../../src/types.ts'), 'utf8').matchAll(
      /MONEY_MEASURES = \[([^\]]*)\]/g,
    ),
  ].flatMap((m) => [...m[1].matchAll(/'([a-z_]+)'/g)].map((x) => x[1])),
);

/** `123`, `0.128` or `null` as typed; the number must survive a round trip unchanged. */
function amountOf(typed, where) {
  if (typed === 'null') return null;
  if (!/^\d+(\.\d+)?$/.test(typed) || String(Number(typed)) !== typed) {
    throw new Error(`${where}: amount ${typed} is not an exact plain number`);
  }
  return Number(typed);
}

function currencyOf(typed, where) {
  if (typed === 'null') return null;
  if (!/^[A-Z]{3}$/.test(typed)) throw new Error(`${where}: currency ${typed}`);
  return typed;
}

/** `text=amount CUR` → a money base with its offsets. */
function figure(text, typed, where) {
  const m = /^(.+)=(\S+) (\S+)$/.exec(typed);
  if (!m) throw new Error(`${where}: equivalent "${typed}" is not text=amount CUR`);
  return {
    ...locate(text, m[1].trim(), where),
    amount: amountOf(m[2], where),
    currency: currencyOf(m[3], where),
  };
}

function changeOf(typed, index, count, where) {
  if (typed === '-') return null;
  const [direction, ...opts] = typed.split(/\s+/);
  if (direction !== 'up' && direction !== 'down') throw new Error(`${where}: change ${typed}`);
  const change = { direction, from: null, percent: null };
  for (const opt of opts) {
    const m = /^(from|pct)=(\d+(?:\.\d+)?)$/.exec(opt);
    if (!m) throw new Error(`${where}: change option ${opt}`);
    if (m[1] === 'from') change.from = Number(m[2]);
    else change.percent = Number(m[2]);
  }
  if (change.from !== null && (change.from === index || change.from >= count)) {
    throw new Error(`${where}: change.from ${change.from} is not another figure of this line`);
  }
  return change;
}

/** One sentence's figures from its typed rows. */
function annotate({ text }, rows) {
  return rows.map((row, index) => {
    const w = row.where;
    const [surface, amountCur, eqs, subj, measure, period, change] = fields(row, 7);
    const [amount, currency] = amountCur.split(/\s+/);
    const subject =
      subj === '-'
        ? null
        : (() => {
            const m = /^(.+) ([EN])$/.exec(subj);
            if (!m) throw new Error(`${w}: subject "${subj}" needs E or N`);
            return { ...locate(text, m[1], w), isEntity: m[2] === 'E' };
          })();
    if (measure !== '-' && !MEASURES.has(measure)) throw new Error(`${w}: measure ${measure}`);
    const p = period === '-' ? null : /^(.+?) = (\S+)$/.exec(period);
    if (period !== '-' && !p) throw new Error(`${w}: period "${period}" is not text = value`);
    if (p && p[2] !== 'null' && grainOfValue(p[2]) === null) {
      throw new Error(`${w}: period value ${p[2]} has none of the contract's forms`);
    }
    return {
      ...locate(text, surface, w),
      amount: amountOf(amount, w),
      currency: currencyOf(currency, w),
      equivalents: eqs === '-' ? [] : eqs.split(';').map((e) => figure(text, e.trim(), w)),
      subject: subject && { start: subject.start, end: subject.end, text: subject.text },
      subjectIsEntity: subject ? subject.isEntity : false,
      measure: measure === '-' ? null : measure,
      period: p && { ...locate(text, p[1], w), value: p[2] === 'null' ? null : p[2] },
      change: changeOf(change, index, rows.length, w),
    };
  });
}

buildSet({
  dir: here,
  prefix: 'money-context',
  key: 'money',
  unit: 'figures',
  annotate,
  show: (m, i) =>
    `${i} [${m.text}] ${m.amount} ${m.currency}` +
    m.equivalents.map((e) => ` (=${e.text} ${e.amount} ${e.currency})`).join('') +
    ` subj=${m.subject?.text ?? '-'} ${m.measure ?? '-'}` +
    ` period=${m.period ? `${m.period.text}→${m.period.value}` : '-'}` +
    ` change=${m.change ? JSON.stringify(m.change) : '-'}`,
});
