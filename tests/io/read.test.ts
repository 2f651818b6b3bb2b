import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { readSources, type ReadOptions } from '../../src/io/read.js';
import { prepareSource } from '../../src/io/prepare.js';
import type { ArticleSource } from '../../src/io/source.js';
import { NEWS_PAGE } from './news-page.js';

let dir: string;
const KO =
  '한국은행이 기준금리를 연 3.50%로 동결했다.\n이창용 총재는 기자간담회에서 물가 상황을 설명했다.';

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sinmun-read-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

async function collect(inputs: string[], opts: ReadOptions = {}): Promise<ArticleSource[]> {
  const out: ArticleSource[] = [];
  for await (const s of (await readSources(inputs, opts)).sources) out.push(s);
  return out;
}

function textOf(s: ArticleSource): string {
  return prepareSource(s).text;
}

describe('readSources', () => {
  test('a directory is read recursively in name order, known kinds only, gzip included', async () => {
    const root = path.join(dir, 'tree');
    write('tree/b.txt', KO);
    write('tree/a/z.html', NEWS_PAGE);
    write('tree/a/y.txt.gz', gzipSync(Buffer.from(KO)));
    write('tree/c.jsonl', '{"id":"j1","text":"첫째 기사"}\n{"id":"j2","text":"둘째 기사"}\n');
    write('tree/notes.json', '{}');
    write('tree/.hidden.txt', 'secret');
    const sources = await collect([root]);
    expect(sources.map((s) => s.id)).toEqual([
      path.join(root, 'a/y.txt.gz'),
      path.join(root, 'a/z.html'),
      path.join(root, 'b.txt'),
      'j1',
      'j2',
    ]);
    expect(textOf(sources[0])).toBe(KO);
    expect(sources[1].format).toBe('html');
    expect(textOf(sources[1]).split('\n')[0]).toBe(
      '삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소',
    );
    expect(prepareSource(sources[1]).meta.published).toBe('2023-10-31T09:12:00+09:00');
    expect(sources[3].text).toBe('첫째 기사');
  });

  test('JSONL with custom field names, a truncated line, a bad line and blank lines', async () => {
    const file = write(
      'custom.jsonl',
      [
        JSON.stringify({
          doc: { key: 101 },
          body: KO,
          headline: '금리 동결',
          link: 'https://x.kr/1',
        }),
        '',
        JSON.stringify({ doc: { key: 102 }, body: 'Second article text.', date: '2024-01-02' }),
        '[1,2,3]',
        JSON.stringify({ doc: { key: 104 }, content: 'wrong field' }),
        '{"doc":{"key":105},"body":"잘린 줄',
      ].join('\r\n'),
    );
    const sources = await collect([file], {
      idField: 'doc.key',
      textField: 'body',
      titleField: 'headline',
      urlField: 'link',
      publishedField: 'date',
    });
    expect(sources.map((s) => [s.id, s.error?.code])).toEqual([
      ['101', undefined],
      ['102', undefined],
      [`${file}:4`, 'INVALID_INPUT'],
      ['104', 'INVALID_INPUT'],
      [`${file}:6`, 'PARSE_FAILED'],
    ]);
    expect(sources[0]).toMatchObject({
      text: KO,
      meta: { title: '금리 동결', url: 'https://x.kr/1' },
    });
    expect(sources[1].meta.published).toBe('2024-01-02');
    expect(sources[3].error?.message).toContain('"body" field is missing');
  });

  test('a JSONL line over maxBytes is one error, and the lines after it are read', async () => {
    const big = JSON.stringify({ id: 'big', text: '가'.repeat(400_000) }); // 1.2 MB
    const file = write('big.jsonl', `{"id":"a","text":"앞"}\n${big}\n{"id":"c","text":"뒤"}\n`);
    const sources = await collect([file], { maxBytes: 100_000 });
    expect(sources.map((s) => [s.id, s.error?.code])).toEqual([
      ['a', undefined],
      [`${file}:2`, 'INPUT_TOO_LARGE'],
      ['c', undefined],
    ]);
    expect(sources[1].error?.message).toMatch(
      /line 2 is 1,200,022 bytes, over the limit of 100,000 bytes/,
    );
  });

  test('a 50 MB single line from a stream gives one error record', async () => {
    const chunk = Buffer.alloc(64 * 1024, 0x61);
    const stdin = Readable.from(
      (function* () {
        yield Buffer.from('{"id":"x","text":"');
        for (let i = 0; i < 800; i++) yield chunk; // 52 MB
        yield Buffer.from('"}\n{"id":"after","text":"다음 기사"}\n');
      })(),
    );
    const sources = await collect(['-'], { stdin, maxBytes: 10 * 1024 * 1024 });
    expect(sources.map((s) => [s.id, s.error?.code])).toEqual([
      ['stdin:1', 'INPUT_TOO_LARGE'],
      ['after', undefined],
    ]);
  });

  test('EUC-KR files and JSONL lines are decoded with a warning', async () => {
    const file = write('euckr.txt', iconv.encode(KO, 'euc-kr'));
    const jsonl = write(
      'euckr.jsonl',
      iconv.encode(`{"id":"e1","text":"${'기사 본문입니다'}"}\n`, 'euc-kr'),
    );
    const [txt] = await collect([file]);
    expect(prepareSource(txt)).toMatchObject({
      text: KO,
      meta: { warnings: ['decoded from EUC-KR'] },
    });
    const [line] = await collect([jsonl]);
    expect(line).toMatchObject({
      id: 'e1',
      text: '기사 본문입니다',
      meta: { warnings: ['decoded from EUC-KR'] },
    });
  });

  test('unreadable, oversized, empty and binary inputs are each one error-carrying source', async () => {
    const missing = path.join(dir, 'nope.txt');
    const large = write('large.txt', Buffer.alloc(5000, 0x41));
    const empty = write('empty.txt', '');
    const binary = write('image.txt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d, 0x49]));
    const sources = await collect([missing, large, empty, binary], { maxBytes: 4096 });
    expect(sources.map((s) => s.id)).toEqual([missing, large, empty, binary]);
    expect(sources[0].error?.code).toBe('READ_FAILED');
    expect(sources[0].error?.message).toContain('no such file');
    expect(sources[1].error?.code).toBe('INPUT_TOO_LARGE');
    expect(() => prepareSource(sources[2])).toThrow(
      expect.objectContaining({ code: 'EMPTY_INPUT' }),
    );
    expect(() => prepareSource(sources[3])).toThrow(
      expect.objectContaining({ code: 'BINARY_INPUT' }),
    );
  });

  test('gzip is recognised by its magic bytes whatever the name; a decompressed size over the limit is refused', async () => {
    const hidden = write('article.dat', gzipSync(Buffer.from(KO)));
    const bomb = write('bomb.txt.gz', gzipSync(Buffer.alloc(3_000_000, 0x41)));
    const sources = await collect([hidden, bomb], { maxBytes: 1_000_000 });
    expect(textOf(sources[0])).toBe(KO);
    expect(sources[1].error?.code).toBe('INPUT_TOO_LARGE');
  });

  test('a truncated .jsonl.gz keeps the lines read and adds one error for the rest', async () => {
    const lines = Array.from({ length: 2000 }, (_, i) =>
      JSON.stringify({ id: `n${i}`, text: `기사 ${i} `.repeat(20) }),
    );
    const gz = gzipSync(Buffer.from(lines.join('\n') + '\n'));
    const file = write('cut.jsonl.gz', gz.subarray(0, Math.floor(gz.length / 2)));
    const sources = await collect([file]);
    const ok = sources.filter((s) => !s.error);
    expect(ok.length).toBeGreaterThan(10);
    expect(ok.map((s) => s.id)).toEqual(lines.slice(0, ok.length).map((_, i) => `n${i}`));
    expect(sources.length).toBe(ok.length + 1);
    expect(sources.at(-1)?.error?.code).toBe('READ_FAILED');
  });

  test('standard input: plain text is one article, JSON lines are sniffed', async () => {
    const text = await collect(['-'], { stdin: Readable.from([Buffer.from(KO)]) });
    expect(text.map((s) => s.id)).toEqual(['stdin']);
    expect(textOf(text[0])).toBe(KO);
    const jsonl = await collect(['-'], {
      stdin: Readable.from([Buffer.from('\uFEFF{"text":"하나"}\n{"text":"둘"}\n')]),
    });
    expect(jsonl.map((s) => [s.id, s.text])).toEqual([
      ['stdin:1', '하나'],
      ['stdin:2', '둘'],
    ]);
  });

  test('CRLF text is kept byte for byte', async () => {
    const crlf = KO.replace('\n', '\r\n');
    const [s] = await collect([write('crlf.txt', crlf)]);
    expect(textOf(s)).toBe(crlf);
  });

  test('repeated ids are made unique with a warning, so ids count articles', async () => {
    const file = write(
      'dup.jsonl',
      '{"id":"a","text":"x"}\n{"id":"a","text":"y"}\n{"id":"a~2","text":"z"}\n',
    );
    const sources = await collect([file]);
    expect(sources.map((s) => s.id)).toEqual(['a', 'a~2', 'a~2~2']);
    expect(sources[1].meta.warnings).toEqual(['duplicate id "a" renamed to "a~2"']);
  });
});
