// The dates gold files are well formed: offsets cover their text, grains come from the contract,
// each value has the ISO form of its grain (and is a real calendar day), the dev/blind split
// follows its rule, and the JSONL matches its hand-typed source.
import { describe, expect, it } from 'vitest';
import type { DateGrain } from '../../../src/types.js';
import { VALUE_FORMS, grainOfValue } from '../../helpers/gold-build.mjs';
import {
  SHARED_PRESENT,
  checkBuild,
  misplaced,
  readJsonl,
  selection,
  sentenceProblems,
  spanProblem,
  type GoldSentence,
  type GoldSpan,
} from '../../helpers/gold-files.js';

interface GoldDate extends GoldSpan {
  value: string | null;
  grain: DateGrain;
  relative: boolean;
  approximate: boolean;
}
interface GoldLine extends GoldSentence {
  dates: GoldDate[];
}

const here = (f: string) => new URL(f, import.meta.url);
const SETS = {
  dev: readJsonl<GoldLine>(here('dates.dev.jsonl')),
  blind: readJsonl<GoldLine>(here('dates.blind.jsonl')),
};
const count = (lines: GoldLine[]) => lines.reduce((n, l) => n + l.dates.length, 0);

function dateProblems(line: GoldLine): string[] {
  const out: string[] = [];
  line.dates.forEach((d, i) => {
    const at = (what: string) => out.push(`${line.id} #${i} ${d.text}: ${what}`);
    const span = spanProblem(line.text, d);
    if (span) at(span);
    if (i > 0 && d.start < line.dates[i - 1].end) at('not in reading order');
    if (!Object.hasOwn(VALUE_FORMS, d.grain)) at(`grain ${d.grain}`);
    if (d.value !== null && grainOfValue(d.value) !== d.grain)
      at(`value ${d.value} for ${d.grain}`);
    if (typeof d.relative !== 'boolean' || typeof d.approximate !== 'boolean') at('flags');
    if (Object.keys(d).sort().join() !== 'approximate,end,grain,relative,start,text,value') {
      at('fields differ from the contract’s Date');
    }
  });
  return out;
}

describe.each(Object.entries(SETS))('dates.%s.jsonl', (split, lines) => {
  it('has well-formed sentences, ids once each', () => {
    expect(lines.flatMap((l) => sentenceProblems(l).map((p) => `${l.id}: ${p}`))).toEqual([]);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
  });

  it('has spans that cover their text, grains and values in the contract’s forms', () => {
    expect(lines.flatMap(dateProblems)).toEqual([]);
  });

  it(`holds only the selected sentences its split rule sends to ${split}`, () => {
    const ids = lines.map((l) => l.id);
    expect(misplaced(selection(here('selection.txt')), split as 'dev' | 'blind', ids)).toEqual([]);
  });
});

describe('the dates gold set as a whole', () => {
  it('has at least 360 date expressions, at least 140 of them blind', () => {
    expect(count(SETS.dev) + count(SETS.blind)).toBeGreaterThanOrEqual(360);
    expect(count(SETS.blind)).toBeGreaterThanOrEqual(140);
  });

  it('keeps the sentences where the cue found no date (they measure precision)', () => {
    const empty = [...SETS.dev, ...SETS.blind].filter((l) => l.dates.length === 0);
    expect(empty.length).toBeGreaterThan(0);
  });

  it('annotates every selected sentence once, in dev or in blind', () => {
    const all = [...SETS.dev, ...SETS.blind].map((l) => l.id).sort();
    expect(all).toEqual([...selection(here('selection.txt'))].sort());
  });

  it.skipIf(!SHARED_PRESENT)('matches what build.mjs makes from the hand-typed files', () => {
    expect(() => checkBuild(here('build.mjs'))).not.toThrow();
  });
});
