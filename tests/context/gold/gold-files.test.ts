// The money-in-context gold files are well formed: offsets cover their text, measures come from the
// contract's closed list, change.from points at another figure of the line, periods carry the
// contract's ISO forms, the dev/blind split follows its rule, and the JSONL matches its
// hand-typed source.
import { describe, expect, it } from 'vitest';
import { MONEY_MEASURES } from '../../../src/types.js';
import { grainOfValue } from '../../helpers/gold-build.mjs';
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

interface GoldFigure extends GoldSpan {
  amount: number | null;
  currency: string | null;
}
interface GoldMoney extends GoldFigure {
  equivalents: GoldFigure[];
  subject: GoldSpan | null;
  subjectIsEntity: boolean;
  measure: string | null;
  period: (GoldSpan & { value: string | null }) | null;
  change: { direction: string; from: number | null; percent: number | null } | null;
}
interface GoldLine extends GoldSentence {
  money: GoldMoney[];
}

const here = (f: string) => new URL(f, import.meta.url);
const SETS = {
  dev: readJsonl<GoldLine>(here('money-context.dev.jsonl')),
  blind: readJsonl<GoldLine>(here('money-context.blind.jsonl')),
};
const MEASURES: readonly string[] = MONEY_MEASURES;

function figureProblems(text: string, f: GoldFigure): string[] {
  const out: string[] = [];
  const span = spanProblem(text, f);
  if (span) out.push(span);
  if (f.amount !== null && !(Number.isFinite(f.amount) && f.amount >= 0)) out.push('amount');
  if (f.currency !== null && !/^[A-Z]{3}$/.test(f.currency)) out.push('currency');
  return out;
}

function moneyProblems(line: GoldLine): string[] {
  const out: string[] = [];
  line.money.forEach((m, i) => {
    const at = (what: string) => out.push(`${line.id} #${i} ${m.text}: ${what}`);
    figureProblems(line.text, m).forEach(at);
    for (const e of m.equivalents)
      figureProblems(line.text, e).forEach((p) => at(`equivalent ${p}`));
    if (i > 0 && m.start < line.money[i - 1].end) at('not in reading order');
    if (m.subject !== null) {
      const p = spanProblem(line.text, m.subject);
      if (p) at(`subject ${p}`);
    } else if (m.subjectIsEntity) at('subjectIsEntity without a subject');
    if (m.measure !== null && !MEASURES.includes(m.measure)) at(`measure ${m.measure}`);
    if (m.period !== null) {
      const p = spanProblem(line.text, m.period);
      if (p) at(`period ${p}`);
      if (m.period.value !== null && grainOfValue(m.period.value) === null) {
        at(`period value ${m.period.value}`);
      }
    }
    if (m.change !== null) {
      const { direction, from, percent } = m.change;
      if (direction !== 'up' && direction !== 'down') at(`direction ${direction}`);
      const validFrom =
        Number.isInteger(from) && from !== i && from! >= 0 && from! < line.money.length;
      if (from !== null && !validFrom) at(`change.from ${from}`);
      if (percent !== null && !(Number.isFinite(percent) && percent > 0)) at(`percent ${percent}`);
    }
  });
  return out;
}

describe.each(Object.entries(SETS))('money-context.%s.jsonl', (split, lines) => {
  it('has well-formed sentences, ids once each', () => {
    expect(lines.flatMap((l) => sentenceProblems(l).map((p) => `${l.id}: ${p}`))).toEqual([]);
    expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    expect(lines.every((l) => l.money.length > 0)).toBe(true);
  });

  it('has spans that cover their text and values in the contract’s forms', () => {
    expect(lines.flatMap(moneyProblems)).toEqual([]);
  });

  it(`holds exactly the selected sentences its split rule sends to ${split}`, () => {
    const selected = selection(here('selection.txt'));
    const ids = lines.map((l) => l.id);
    expect(misplaced(selected, split as 'dev' | 'blind', ids)).toEqual([]);
  });
});

describe('the money-in-context gold set as a whole', () => {
  const figures = (lines: GoldLine[]) => lines.reduce((n, l) => n + l.money.length, 0);

  it('has at least 200 figures, at least 80 of them blind', () => {
    expect(figures(SETS.dev) + figures(SETS.blind)).toBeGreaterThanOrEqual(200);
    expect(figures(SETS.blind)).toBeGreaterThanOrEqual(80);
  });

  it('annotates every selected sentence once, in dev or in blind', () => {
    const all = [...SETS.dev, ...SETS.blind].map((l) => l.id).sort();
    expect(all).toEqual([...selection(here('selection.txt'))].sort());
  });

  it('gives a period the same span and value as the dates gold, where a sentence is in both', () => {
    type DateLine = GoldSentence & { dates: (GoldSpan & { value: string | null })[] };
    const dates = new Map(
      ['dev', 'blind']
        .flatMap((s) => readJsonl<DateLine>(here(`../../dates/gold/dates.${s}.jsonl`)))
        .map((l) => [l.id, l]),
    );
    const disagreements: string[] = [];
    let shared = 0;
    for (const line of [...SETS.dev, ...SETS.blind]) {
      const other = dates.get(line.id);
      if (!other) continue;
      for (const { period } of line.money) {
        if (!period) continue;
        shared++;
        const same = other.dates.find((d) => d.start === period.start && d.end === period.end);
        if (!same || same.value !== period.value) disagreements.push(`${line.id} ${period.text}`);
      }
    }
    expect(shared).toBeGreaterThan(10);
    expect(disagreements).toEqual([]);
  });

  it.skipIf(!SHARED_PRESENT)('matches what build.mjs makes from the hand-typed files', () => {
    expect(() => checkBuild(here('build.mjs'))).not.toThrow();
  });
});
