import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, createAnalyzer, SinmunError, type Analyzer } from '../src/index.js';
import { corpusLines, hasCorpus, skipMessage } from './helpers/corpus.js';
import { schemaErrors } from './helpers/schema.js';
import { badSpans } from './helpers/spans.js';

const FIXTURE = readFileSync(
  new URL('../fixtures/etnews-china-genai-column.txt', import.meta.url),
  'utf8',
);

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer.close());

describe('records', () => {
  it('validate against the schema and keep every span true, for the fixture', () => {
    const r = analyzer.analyze(FIXTURE, { id: 'fixture', tokens: true });
    expect(schemaErrors(r)).toBe('');
    expect(badSpans(r, FIXTURE)).toEqual([]);
    expect(r.tokens!.length).toBeGreaterThan(500);
  });

  it('for an English article', () => {
    const text =
      "Baidu unveils Ernie 4.0\nBy Jane Doe\nBEIJING (Reuters) - Baidu Inc on Tuesday unveiled Ernie 4.0, saying the model rivals OpenAI's GPT-4. The company plans to spend $1.5 billion on chips this year.\n© 2023 Reuters. All rights reserved.";
    const r = analyzer.analyze(text, { id: 'en-1' });
    expect(schemaErrors(r)).toBe('');
    expect(badSpans(r, text)).toEqual([]);
    expect(r.lang).toBe('en');
    expect(r.title?.text).toBe('Baidu unveils Ernie 4.0');
    expect(r.byline).toEqual({ reporter: 'Jane Doe', email: null, publisher: 'Reuters' });
  });

  it('an English report quoting a Korean paragraph: English record, one entity per company', () => {
    const text =
      'Samsung and Naver team up on AI chips\nSEOUL (Reuters) - Samsung Electronics and Naver said on Tuesday they would jointly develop AI chips, challenging Nvidia.\n네이버는 "삼성전자와 함께 엔비디아 의존도를 낮추겠다"고 밝혔다.\nNaver shares rose 3% in Seoul.';
    const r = analyzer.analyze(text);
    expect(r.lang).toBe('en');
    expect(badSpans(r, text)).toEqual([]);
    const naver = r.entities.filter((e) => e.canonical === 'Naver');
    expect(naver).toHaveLength(1);
    expect(naver[0].name).toBe('Naver');
    expect(naver[0].mentions.map((m) => m.text)).toEqual(['Naver', 'Naver', '네이버', 'Naver']);
    const nvidia = r.entities.find((e) => e.canonical === 'Nvidia');
    expect(nvidia?.mentions.map((m) => m.text)).toEqual(['Nvidia', '엔비디아']);
  });

  it('carry url, published and an id derived from the content when none is given', () => {
    const text = '한국은행이 기준금리를 연 3.5%로 동결했다.';
    const a = analyzer.analyze(text, { url: 'https://example.com/1', published: '2024-01-11' });
    const b = analyzer.analyze(text);
    expect(a.id).toMatch(/^sha1:[0-9a-f]{16}$/);
    expect(a.id).toBe(b.id);
    expect(a.url).toBe('https://example.com/1');
    expect(a.published).toBe('2024-01-11');
    expect(schemaErrors(a)).toBe('');
  });

  it('leave the text out when asked', () => {
    const r = analyzer.analyze('삼성전자가 신제품을 공개했다.', { omitText: true });
    expect(r.text).toBeUndefined();
    expect(schemaErrors(r)).toBe('');
  });

  it('offsets hold with astral characters and CRLF', () => {
    const text =
      '🚀 스타트업 투자 급증\r\n올해 벤처투자는 12조 4천억원으로 😀 늘었다.\r\n네이버가 투자했다.\r\n';
    const r = analyzer.analyze(text, { tokens: true });
    expect(badSpans(r, text)).toEqual([]);
    expect(r.money.map((m) => m.text)).toEqual(['12조 4천억원']);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', '', 'EMPTY_INPUT'],
    ['white space only', ' \n\t ', 'EMPTY_INPUT'],
    ['binary (NUL)', 'abc\u0000def', 'BINARY_INPUT'],
    [
      'mostly control characters',
      '\u0001\u0002\u0003\u0004\u0005\u0006\u0007\u0008\u000e\u000f a',
      'BINARY_INPUT',
    ],
  ])('%s throws a typed error', (_name, text, code) => {
    let err: unknown;
    try {
      analyzer.analyze(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SinmunError);
    expect((err as SinmunError).code).toBe(code);
    expect((err as SinmunError).message.length).toBeGreaterThan(10);
  });

  it('an HTML page throws INVALID_INPUT pointing at the extractor', () => {
    const page =
      '<!DOCTYPE html><html><head><title>기사</title></head><body><p>삼성전자가 신제품을 공개했다.</p></body></html>';
    expect(() => analyzer.analyze(page)).toThrow(/extractHtmlArticle/);
    expect(() => analyzer.analyze(page)).toThrow(
      expect.objectContaining({ code: 'INVALID_INPUT' }),
    );
  });

  it('text that merely mentions a tag is still an article', () => {
    const text = '개발자들은 <div> 태그 대신 시맨틱 태그를 쓰라고 권한다.';
    expect(analyzer.analyze(text).lang).toBe('ko');
  });

  it('a non-string throws INVALID_INPUT', () => {
    expect(() => analyzer.analyze(Buffer.from('abc') as unknown as string)).toThrow(
      /decode them first/,
    );
  });

  it('over the size limit throws INPUT_TOO_LARGE', async () => {
    const small = await createAnalyzer({ maxLength: 100 });
    try {
      expect(() => small.analyze('가'.repeat(101))).toThrow(
        expect.objectContaining({ code: 'INPUT_TOO_LARGE' }),
      );
    } finally {
      small.close();
    }
  });

  it('a few control characters are kept and warned about', () => {
    const text = '삼성전자가\u0007 신제품을 공개했다.';
    const r = analyzer.analyze(text);
    expect(r.warnings.join(' ')).toMatch(/control character/);
    expect(badSpans(r, text)).toEqual([]);
  });

  it('a closed analyzer says so', async () => {
    const a = await createAnalyzer();
    a.close();
    expect(() => a.analyze('안녕하세요')).toThrow(
      expect.objectContaining({ code: 'ANALYZER_CLOSED' }),
    );
  });
});

describe('shared memory', () => {
  it('an analyzer over another one’s dictionary and gazetteer snapshot gives the same record', async () => {
    const shared = await createAnalyzer({
      sharedDictionary: analyzer.shareDictionary(),
      sharedGazetteer: analyzer.shareGazetteer(),
    });
    try {
      const record = shared.analyze(FIXTURE, { id: 'fixture' });
      expect(record).toEqual(analyzer.analyze(FIXTURE, { id: 'fixture' }));
      // the fixture names Chinese companies the gazetteer lists
      expect(record.entities.filter((e) => e.id !== null).length).toBeGreaterThan(3);
    } finally {
      shared.close();
    }
  });

  it('has no gazetteer snapshot to share when the user adds entries', async () => {
    const own = await createAnalyzer({
      gazetteer: [{ canonical: 'Moreh', type: 'company', ko: ['모레'], aliases: [] }],
    });
    try {
      expect(own.shareGazetteer()).toBeNull();
    } finally {
      own.close();
    }
  });
});

describe('one-shot analyze()', () => {
  it('gives the same record as an analyzer', async () => {
    const text = '카카오가 새 대표를 선임했다고 17일 밝혔다.';
    expect(await analyze(text, { id: 'x' })).toEqual(analyzer.analyze(text, { id: 'x' }));
  });
});

describe.skipIf(!hasCorpus)('corpus properties', () => {
  it('every span of every record points into its text, and every record fits the schema', () => {
    if (!hasCorpus) return console.warn(skipMessage());
    const lines = corpusLines();
    // Ten lines an article: headline-like first lines, many paragraphs, news and reviews.
    let checked = 0;
    for (let i = 0; i < lines.length; i += 10) {
      const text = lines.slice(i, i + 10).join('\n');
      const r = analyzer.analyze(text, { id: `corpus-${i + 1}`, tokens: i % 50 === 0 });
      const bad = badSpans(r, text);
      if (bad.length > 0) expect.fail(`line ${i + 1}: ${JSON.stringify(bad.slice(0, 3))}`);
      const errs = schemaErrors(r);
      if (errs) expect.fail(`line ${i + 1}: ${errs}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(1400);
  });
});
