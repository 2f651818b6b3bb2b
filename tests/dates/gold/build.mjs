#!/usr/bin/env node
// Builds dates.{dev,blind}.jsonl from the hand-typed dates.{dev,blind}.txt and the source
// sentences (../shared). Every value was typed by a person reading the sentence; this script only
// turns typed substrings into offsets and checks the shape.
//
// Usage: node tests/dates/gold/build.mjs [--check] [--show]
//
// One annotation line per date expression, in reading order, four fields split by `|`:
//   text | value (or null) | grain | flags
// flags: `R` relative (resolved against `published` or needing it), `A` approximate, `-` neither.
// A surface that occurs more than once is written `text@n` (its n-th occurrence). A sentence
// with no date is a `== id` line with no rows.
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { VALUE_FORMS, buildSet, fields, grainOfValue, locate } from '../../helpers/gold-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));

/** One sentence's dates from its typed rows. */
function annotate({ text }, rows) {
  return rows.map((row) => {
    const w = row.where;
    const [surface, value, grain, flags] = fields(row, 4);
    if (!Object.hasOwn(VALUE_FORMS, grain)) throw new Error(`${w}: grain ${grain}`);
    if (value !== 'null' && grainOfValue(value) !== grain) {
      throw new Error(`${w}: value ${value} is not a ${grain}`);
    }
    if (!/^(-|R|A|RA)$/.test(flags)) throw new Error(`${w}: flags ${flags}`);
    return {
      ...locate(text, surface, w),
      value: value === 'null' ? null : value,
      grain,
      relative: flags.includes('R'),
      approximate: flags.includes('A'),
    };
  });
}

buildSet({
  dir: here,
  prefix: 'dates',
  key: 'dates',
  annotate,
  show: (d) =>
    `[${d.text}] ${d.value} ${d.grain} ${d.relative ? 'R' : ''}${d.approximate ? 'A' : ''}`,
});
