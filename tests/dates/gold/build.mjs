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
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  VALUE_FORMS,
  checkSplit,
  fields,
  grainOfValue,
  locate,
  readBlocks,
  writeJsonl,
} from '../../helpers/gold-build.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const args = new Set(process.argv.slice(2));

function build(split) {
  const blocks = readBlocks(resolve(here, `dates.${split}.txt`));
  const out = blocks.map(({ sentence, rows }) => {
    const dates = rows.map((row) => {
      const w = row.where;
      const [surface, value, grain, flags] = fields(row, 4);
      if (!Object.hasOwn(VALUE_FORMS, grain)) throw new Error(`${w}: grain ${grain}`);
      if (value !== 'null' && grainOfValue(value) !== grain) {
        throw new Error(`${w}: value ${value} is not a ${grain}`);
      }
      if (!/^(-|R|A|RA)$/.test(flags)) throw new Error(`${w}: flags ${flags}`);
      return {
        ...locate(sentence.text, surface, w),
        value: value === 'null' ? null : value,
        grain,
        relative: flags.includes('R'),
        approximate: flags.includes('A'),
      };
    });
    for (let i = 1; i < dates.length; i++) {
      if (dates[i].start < dates[i - 1].end) {
        throw new Error(`${rows[i].where}: dates out of reading order or overlapping`);
      }
    }
    return { ...sentence, dates };
  });
  return { blocks, out };
}

const selection = readFileSync(resolve(here, 'selection.txt'), 'utf8')
  .split('\n')
  .map((l) => l.replace(/#.*/, '').trim())
  .filter(Boolean);
const built = { dev: build('dev'), blind: build('blind') };
checkSplit(selection, { dev: built.dev.blocks, blind: built.blind.blocks });
for (const [split, { out }] of Object.entries(built)) {
  writeJsonl(resolve(here, `dates.${split}.jsonl`), out, args.has('--check'));
  const count = out.reduce((n, s) => n + s.dates.length, 0);
  console.log(`${split}: ${out.length} sentences, ${count} dates`);
  if (args.has('--show')) {
    for (const s of out) {
      console.log(`\n${s.id}  ${s.text}`);
      for (const d of s.dates) {
        const flags = `${d.relative ? 'R' : ''}${d.approximate ? 'A' : ''}`;
        console.log(`  [${d.text}] ${d.value} ${d.grain} ${flags}`);
      }
    }
  }
}
