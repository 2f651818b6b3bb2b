/**
 * The hand-written attribution corpus: each sentence through the analyzer (sentences, entities,
 * money), with the dates the case gives, into `attributeMoney`.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { attributeMoney, readingSpans } from '../../src/attribution/index.js';
import { createAnalyzer, type Analyzer } from '../../src/index.js';
import type { DateMention } from '../../src/types.js';
import type { ContextCase } from './cases.js';
import { EN_CONTEXT_CASES } from './corpus.en.js';
import { KO_CONTEXT_CASES } from './corpus.ko.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer.close());

function placeDates(c: ContextCase): DateMention[] {
  let from = 0;
  return (c.dates ?? []).map((d) => {
    const start = c.text.indexOf(d.text, from);
    if (start < 0) throw new Error(`date ${d.text} not in the case's text`);
    from = start + d.text.length;
    return { ...d, start, end: from, relative: false, approximate: false };
  });
}

function check(c: ContextCase): void {
  const record = analyzer.analyze(c.text, { published: c.published });
  const dates = placeDates(c);
  const money = attributeMoney({
    text: c.text,
    sentences: readingSpans(record.title, record.sentences),
    entities: record.entities,
    money: record.money,
    dates,
  });
  expect(money.map((m) => m.text)).toEqual(c.expect.map((e) => e.money));
  c.expect.forEach((e, i) => {
    const m = money[i];
    const where = `${c.text} — ${e.money}`;
    expect(m.subject?.text ?? null, `subject of ${where}`).toBe(e.subject);
    if (m.subject) {
      expect(c.text.slice(m.subject.start, m.subject.end)).toBe(m.subject.text);
      expect(m.subject.entity !== null, `subject is an entity: ${where}`).toBe(e.entity ?? true);
    }
    expect(m.measure, `measure of ${where}`).toBe(e.measure);
    expect(m.period?.text ?? null, `period of ${where}`).toBe(e.period);
    if (m.period) {
      expect(m.period.value).toBe(dates.find((d) => d.start === m.period?.start)?.value);
    }
    expect(m.change, `change of ${where}`).toEqual(
      e.change && {
        direction: e.change.direction,
        from: e.change.from ?? null,
        percent: e.change.percent ?? null,
      },
    );
  });
}

describe('money in context: Korean corpus', () => {
  for (const c of KO_CONTEXT_CASES) it(c.text, () => check(c));
});

describe('money in context: English corpus', () => {
  for (const c of EN_CONTEXT_CASES) it(c.text, () => check(c));
});
