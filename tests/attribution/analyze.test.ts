/**
 * Money in context end to end: whole articles through `createAnalyzer().analyze` and through the
 * worker pool. Expectations written by reading the articles.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/index.js';
import { createPool } from '../../src/pipeline/pool.js';
import type { ArticleRecord, Money } from '../../src/types.js';
import { buildWorker } from '../pipeline/built-worker.js';

const KO_ARTICLE = [
  '삼성전자, 3분기 영업이익 10조원',
  '삼성전자는 올해 3분기 매출 79조원, 영업이익 10조원을 기록했다고 31일 밝혔다. 영업이익은 전년 동기 대비 20% 증가했다.',
  '반도체 부문은 지난해 적자 2조원에서 흑자로 돌아섰다.',
  'LG전자는 같은 기간 매출 22조원을 올렸다.',
].join('\n');

const EN_ARTICLE = [
  'Tesla profit falls',
  'Tesla reported net income of $1.4 billion for the second quarter, down 55% from a year earlier. Revenue rose 2% to $25.5 billion.',
].join('\n');

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer.close());

type Seen = Pick<Money, 'text' | 'measure' | 'change'> & {
  subject: string | null;
  period: string | null;
};
const seen = (m: Money): Seen => ({
  text: m.text,
  subject: m.subject?.text ?? null,
  measure: m.measure,
  period: m.period?.text ?? null,
  change: m.change,
});

/** Every context span is a span of the text, and an entity subject is one of its mentions. */
function checkSpans(record: ArticleRecord, text: string): void {
  for (const m of record.money) {
    for (const s of [m.subject, m.period]) {
      if (s) expect(text.slice(s.start, s.end)).toBe(s.text);
    }
    if (m.subject?.entity != null) {
      const e = record.entities[m.subject.entity];
      expect(e.mentions.some((x) => x.start === m.subject?.start && x.end === m.subject.end)).toBe(
        true,
      );
    }
  }
}

describe('money in context through the analyzer', () => {
  it('Korean: headline and body figures, owners, measures and changes', () => {
    const record = analyzer.analyze(KO_ARTICLE, { id: 'ko', published: '2024-10-31' });
    checkSpans(record, KO_ARTICLE);
    expect(record.money[1].period?.value).toBe('2024-Q3');
    expect(record.money[3].period?.value).toBe('2023');
    expect(record.money.map(seen)).toEqual([
      {
        text: '10조원',
        subject: '삼성전자',
        measure: 'operating_profit',
        period: '3분기',
        change: null,
      },
      {
        text: '79조원',
        subject: '삼성전자',
        measure: 'revenue',
        period: '올해 3분기',
        change: null,
      },
      {
        text: '10조원',
        subject: '삼성전자',
        measure: 'operating_profit',
        period: '올해 3분기',
        change: null,
      },
      // 반도체 부문 is a division, not a name nor a party noun: no subject.
      { text: '2조원', subject: null, measure: 'loss', period: '지난해', change: null },
      // 같은 기간 refers back to a period but is no date of its own.
      { text: '22조원', subject: 'LG전자', measure: 'revenue', period: null, change: null },
    ]);
    const samsung = record.money[1].subject?.entity;
    expect(samsung != null && record.entities[samsung].canonical).toBe('Samsung Electronics');
  });

  it('English: a change after the figure and one before it', () => {
    const record = analyzer.analyze(EN_ARTICLE, { id: 'en', published: '2024-07-24' });
    checkSpans(record, EN_ARTICLE);
    expect(record.money.map(seen)).toEqual([
      {
        text: '$1.4 billion',
        subject: 'Tesla',
        measure: 'net_profit',
        period: 'second quarter', // the dates stage leaves the article out of the span
        change: { direction: 'down', from: null, percent: 55 },
      },
      // The second sentence names no one.
      {
        text: '$25.5 billion',
        subject: null,
        measure: 'revenue',
        period: null,
        change: { direction: 'up', from: null, percent: 2 },
      },
    ]);
  });

  it('the worker pool carries the same context', async () => {
    const pool = await createPool({ workers: 1, workerFile: await buildWorker() });
    try {
      const out: ArticleRecord[] = [];
      for await (const r of pool.analyzeMany([{ id: 'ko', text: KO_ARTICLE }])) out.push(r);
      expect(out[0].money).toEqual(analyzer.analyze(KO_ARTICLE, { id: 'ko' }).money);
      expect(out[0].money[1].subject?.text).toBe('삼성전자');
    } finally {
      await pool.close();
    }
  }, 60_000);
});
