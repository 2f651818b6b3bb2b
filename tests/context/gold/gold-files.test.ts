// The money-in-context gold files are well formed (the checks every gold set shares are in
// tests/helpers/gold-files.ts): amounts and currencies, measures from the contract's closed list,
// change.from pointing at another figure of the line, ISO period values, and periods that agree
// with the dates gold where a sentence is in both sets.
import { describe, expect, it } from 'vitest';
import { MONEY_MEASURES } from '../../../src/types.js';
import { grainOfValue } from '../../helpers/gold-build.mjs';
import {
  describeGoldSet,
  readSet,
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
type DateLine = GoldSentence & { dates: (GoldSpan & { value: string | null })[] };

const dir = new URL('./', import.meta.url);
const sets = readSet<GoldLine>(dir, 'money-context');
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
  if (line.money.length === 0) out.push(`${line.id}: selected for money but has none`);
  line.money.forEach((m, i) => {
    const at = (what: string) => out.push(`${line.id} #${i} ${m.text}: ${what}`);
    figureProblems(line.text, m).forEach(at);
    for (const e of m.equivalents)
      figureProblems(line.text, e).forEach((p) => at(`equivalent ${p}`));
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
      const fromOk = from === null || (Number.isInteger(from) && from !== i && from >= 0);
      if (!fromOk || (from !== null && from >= line.money.length)) at(`change.from ${from}`);
      if (percent !== null && !(Number.isFinite(percent) && percent > 0)) at(`percent ${percent}`);
    }
  });
  return out;
}

describeGoldSet(
  {
    dir,
    prefix: 'money-context',
    annotations: (l) => l.money,
    problems: moneyProblems,
    minTotal: 200,
    minBlind: 80,
  },
  sets,
);

describe('money-context against the dates gold', () => {
  it('gives a period the same span and value as the dates gold, where a sentence is in both', () => {
    const dates = readSet<DateLine>(new URL('../../dates/gold/', import.meta.url), 'dates');
    const byId = new Map([...dates.dev, ...dates.blind].map((l) => [l.id, l]));
    const disagreements: string[] = [];
    let shared = 0;
    for (const line of [...sets.dev, ...sets.blind]) {
      const other = byId.get(line.id);
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
});
