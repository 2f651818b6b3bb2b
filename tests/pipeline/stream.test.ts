import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/analyzer.js';
import { contentId } from '../../src/io/content-id.js';
import type { ArticleSource } from '../../src/io/source.js';
import { analyzeMany, createAnalyzeTransform } from '../../src/pipeline/stream.js';
import type { ArticleRecord } from '../../src/types.js';
import { NEWS_PAGE } from '../io/news-page.js';
import { EN_ARTICLES, KO_ARTICLES } from './articles.js';

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer?.close());

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

test('an article without an id gets its content id', async () => {
  const analyzer = await createAnalyzer();
  try {
    expect(analyzer.analyze(KO_ARTICLES[0]).id).toBe(contentId(KO_ARTICLES[0]));
  } finally {
    analyzer.close();
  }
});

describe('analyzeMany', () => {
  test('records in input order, equal to analyze() one by one; bad items become error records', async () => {
    const items = [
      KO_ARTICLES[0],
      { id: 'en-1', text: EN_ARTICLES[0], url: 'https://example.com/1', published: '2024-01-02' },
      '',
      { id: 'no-text' } as unknown as { id: string; text: string },
      KO_ARTICLES[1],
      42 as unknown as string,
      { id: 'bin', text: 'abc\u0000def' },
    ];
    const records = await all(analyzeMany(analyzer, items));
    expect(records.map((r) => [r.id, r.error?.code])).toEqual([
      [contentId(KO_ARTICLES[0]), undefined],
      ['en-1', undefined],
      [contentId(''), 'EMPTY_INPUT'],
      ['no-text', 'INVALID_INPUT'],
      [contentId(KO_ARTICLES[1]), undefined],
      ['input:5', 'INVALID_INPUT'],
      ['bin', 'BINARY_INPUT'],
    ]);
    expect(records[0]).toEqual(analyzer.analyze(KO_ARTICLES[0]));
    expect(records[1]).toEqual(
      analyzer.analyze(EN_ARTICLES[0], {
        id: 'en-1',
        url: 'https://example.com/1',
        published: '2024-01-02',
      }),
    );
    expect(records[1].lang).toBe('en');
    expect(records[0].money.map((m) => m.text)).toContain('2조1609억원');
  });

  test('the source is pulled one article at a time (bounded memory on endless input)', async () => {
    let pulled = 0;
    const endless = (function* () {
      for (;;) {
        pulled++;
        yield KO_ARTICLES[pulled % KO_ARTICLES.length];
      }
    })();
    let seen = 0;
    for await (const r of analyzeMany(analyzer, endless)) {
      expect(r.error).toBeUndefined();
      if (++seen === 5) break;
    }
    expect(pulled).toBe(5);
  });

  test('article sources: raw EUC-KR bytes and an HTML page are decoded and extracted', async () => {
    const sources: ArticleSource[] = [
      { id: 'euc', bytes: iconv.encode(KO_ARTICLES[2], 'euc-kr'), meta: {} },
      { id: 'page', bytes: Buffer.from(NEWS_PAGE), meta: { url: 'https://techdaily.example/1' } },
    ];
    const [euc, page] = await all(analyzeMany(analyzer, sources, { omitText: false }));
    expect(euc.text).toBe(KO_ARTICLES[2]);
    expect(euc.warnings).toContain('decoded from EUC-KR');
    expect(page.title?.text).toBe('삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소');
    expect(page.published).toBe('2023-10-31T09:12:00+09:00');
    expect(page.url).toBe('https://techdaily.example/1');
    expect(page.text).not.toContain('<p>');
    for (const m of page.money) expect(page.text?.slice(m.start, m.end)).toBe(m.text);
    expect(page.money.map((m) => m.text)).toContain('67조4000억원');
  });

  test('tokens and omitText options reach the record', async () => {
    const [r] = await all(
      analyzeMany(analyzer, [KO_ARTICLES[1]], { tokens: true, omitText: true }),
    );
    expect(r.text).toBeUndefined();
    expect(r.tokens?.length).toBeGreaterThan(10);
    expect(r.tokens?.[0]).toMatchObject({ surface: '한국은행', start: 0 });
  });
});

test('createAnalyzeTransform works in stream.pipeline, in order, errors as records', async () => {
  const out: ArticleRecord[] = [];
  await pipeline(
    Readable.from([
      KO_ARTICLES[3],
      { id: 'empty', text: '   ' },
      { id: 'en', text: EN_ARTICLES[1] },
    ]),
    createAnalyzeTransform(analyzer),
    new Writable({
      objectMode: true,
      write(record: ArticleRecord, _enc, cb) {
        out.push(record);
        cb();
      },
    }),
  );
  expect(out.map((r) => [r.id, r.error?.code ?? r.lang])).toEqual([
    [contentId(KO_ARTICLES[3]), 'ko'],
    ['empty', 'EMPTY_INPUT'],
    ['en', 'en'],
  ]);
});
