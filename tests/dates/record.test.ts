/**
 * Dates in real records: the analyzer fills `record.dates` against `published`, the records
 * validate against the JSON Schema, the worker pool carries the same dates, and on the whole
 * shared corpus every span holds and none lies inside a money figure.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, extractDates, extractMoney, type Analyzer } from '../../src/index.js';
import { createPool } from '../../src/pipeline/pool.js';
import type { ArticleRecord } from '../../src/types.js';
import { corpusLines, hasCorpus, NEWS_LINES, skipMessage } from '../helpers/corpus.js';
import { schemaErrors } from '../helpers/schema.js';
import { buildWorker } from '../pipeline/built-worker.js';

// Sentence 23 of the shared corpus (Korean news, CC BY-SA 3.0) and a made-up market report.
const CORPUS_23 =
  '지난 2월 정부는 자료 암호화를 위한 새로운 연방 정보처리 표준 모델로 "클리퍼 칩"을 채택하기로 결정했다.';
const REPORT =
  '삼성전자는 이날 2008년 2분기 영업이익이 1조8900억원으로 전년 동기 대비 26% 늘었다고 밝혔다. ' +
  '회사는 오는 25일 오후 2시 실적 설명회를 연다.';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer.close());

const at = (text: string, s: string) => ({
  text: s,
  start: text.indexOf(s),
  end: text.indexOf(s) + s.length,
});

describe('record.dates', () => {
  it('resolves against meta.published and validates against the schema', () => {
    const r = analyzer.analyze(REPORT, { id: 'r', published: '2008-07-11T09:30:00+09:00' });
    expect(schemaErrors(r)).toBe('');
    expect(r.dates).toEqual([
      {
        ...at(REPORT, '이날'),
        value: '2008-07-11',
        grain: 'day',
        relative: true,
        approximate: false,
      },
      {
        ...at(REPORT, '2008년 2분기'),
        value: '2008-Q2',
        grain: 'quarter',
        relative: false,
        approximate: false,
      },
      {
        ...at(REPORT, '전년 동기'),
        value: '2007-Q2',
        grain: 'quarter',
        relative: true,
        approximate: false,
      },
      {
        ...at(REPORT, '오는 25일 오후 2시'),
        value: '2008-07-25T14:00',
        grain: 'hour',
        relative: true,
        approximate: false,
      },
    ]);
  });

  it('keeps relative dates unresolved without published', () => {
    const r = analyzer.analyze(CORPUS_23, { id: 'c23' });
    expect(schemaErrors(r)).toBe('');
    expect(r.dates).toEqual([
      {
        ...at(CORPUS_23, '지난 2월'),
        value: null,
        grain: 'month',
        relative: true,
        approximate: false,
      },
    ]);
    expect(analyzer.analyze(CORPUS_23, { published: '2008-06-16' }).dates[0].value).toBe('2008-02');
  });

  it('the worker pool carries the same dates as the analyzer', async () => {
    const pool = await createPool({ workers: 1, workerFile: await buildWorker() });
    try {
      const items = [
        { id: 'a', text: REPORT, published: '2008-07-11' },
        { id: 'b', text: CORPUS_23, published: '2008-06-16' },
      ];
      const got: ArticleRecord[] = [];
      for await (const r of pool.analyzeMany(items)) got.push(r);
      expect(got.map((r) => r.dates)).toEqual(
        items.map((i) => analyzer.analyze(i.text, { published: i.published }).dates),
      );
      expect(got[1].dates[0].value).toBe('2008-02');
    } finally {
      await pool.close();
    }
  }, 60_000);
});

describe.skipIf(!hasCorpus)('dates on the shared corpus', () => {
  if (!hasCorpus) console.warn(skipMessage());
  it('every span holds, in reading order, and none overlaps a money figure', () => {
    const lines = corpusLines().slice(0, NEWS_LINES);
    let n = 0;
    for (const line of lines) {
      const money = extractMoney(line, { lang: 'ko' });
      const dates = extractDates(line, { reference: '2008-07-31', exclude: money });
      n += dates.length;
      let last = -1;
      for (const d of dates) {
        expect(line.slice(d.start, d.end)).toBe(d.text);
        expect(d.start).toBeGreaterThanOrEqual(last);
        last = d.end;
        for (const m of money) expect(d.end <= m.start || d.start >= m.end).toBe(true);
      }
    }
    expect(n).toBeGreaterThan(500);
  });
});
