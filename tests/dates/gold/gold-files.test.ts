// The dates gold files are well formed (the checks every gold set shares are in
// tests/helpers/gold-files.ts): grains from the contract, each value in the ISO form of its grain
// and a real calendar day, exactly the contract's Date fields, and the no-date sentences kept.
import { describe, expect, it } from 'vitest';
import type { DateGrain } from '../../../src/types.js';
import { VALUE_FORMS, grainOfValue } from '../../helpers/gold-build.mjs';
import {
  describeGoldSet,
  readSet,
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

const dir = new URL('./', import.meta.url);
const sets = readSet<GoldLine>(dir, 'dates');

function dateProblems(line: GoldLine): string[] {
  const out: string[] = [];
  line.dates.forEach((d, i) => {
    const at = (what: string) => out.push(`${line.id} #${i} ${d.text}: ${what}`);
    const span = spanProblem(line.text, d);
    if (span) at(span);
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

describeGoldSet(
  {
    dir,
    prefix: 'dates',
    annotations: (l) => l.dates,
    problems: dateProblems,
    minTotal: 360,
    minBlind: 140,
  },
  sets,
);

describe('dates: sentences without a date', () => {
  it('are kept, so that precision can be measured', () => {
    const empty = [...sets.dev, ...sets.blind].filter((l) => l.dates.length === 0);
    expect(empty.length).toBeGreaterThan(0);
  });
});
