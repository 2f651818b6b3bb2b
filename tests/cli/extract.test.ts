import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { ArticleRecord } from '../../src/types.js';
import { NEWS_PAGE } from '../io/news-page.js';
import { EN_ARTICLES, KO_ARTICLES } from '../pipeline/articles.js';
import { buildWorker } from '../pipeline/built-worker.js';
import { parseCsv } from './parse-csv.js';
import { jsonLines, runCli } from './run-cli.js';

const FIXTURE = path.resolve(__dirname, '../../fixtures/etnews-china-genai-column.txt');
let dir: string;

function write(rel: string, content: string | Uint8Array): string {
  const file = path.join(dir, rel);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, content);
  return file;
}

/** A crawl as it comes: every format, encodings, and broken files among good ones. */
function buildCrawl(): { root: string; expectedIds: string[] } {
  const root = path.join(dir, 'crawl');
  const p = (rel: string) => path.join(root, rel);
  write('crawl/a-utf8.txt', KO_ARTICLES[0]);
  write(
    'crawl/b-bom.txt',
    Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KO_ARTICLES[1])]),
  );
  write('crawl/c-euckr.txt', iconv.encode(KO_ARTICLES[2], 'euc-kr'));
  write(
    'crawl/d-utf16.txt',
    Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(EN_ARTICLES[0], 'utf16le')]),
  );
  write('crawl/e-crlf.txt', KO_ARTICLES[3].replace(/\n/g, '\r\n'));
  write('crawl/f-empty.txt', '');
  write('crawl/g-binary.txt', Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0]));
  write('crawl/h-latin1.txt', Buffer.from('Caf\xe9 prices rose 5% in Paris.', 'latin1'));
  write('crawl/news/page.html', NEWS_PAGE);
  write(
    'crawl/news/batch.jsonl.gz',
    gzipSync(
      Buffer.from(
        [
          JSON.stringify({ id: 'j1', text: EN_ARTICLES[1], url: 'https://example.com/j1' }),
          JSON.stringify({
            id: 'j2',
            text: KO_ARTICLES[0],
            title: '카카오, 3분기 매출 2조1609억원…역대 최대',
          }),
          '{"id":"j3","text":"잘린',
        ].join('\n') + '\n',
      ),
    ),
  );
  const expectedIds = [
    p('a-utf8.txt'),
    p('b-bom.txt'),
    p('c-euckr.txt'),
    p('d-utf16.txt'),
    p('e-crlf.txt'),
    p('f-empty.txt'),
    p('g-binary.txt'),
    p('h-latin1.txt'),
    'j1',
    'j2',
    `${p('news/batch.jsonl.gz')}:3`,
    p('news/page.html'),
  ];
  return { root, expectedIds };
}

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sinmun-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('sinmun extract', () => {
  test('the fixture: one record, exit 0, offsets into the text', async () => {
    const { code, stdout, stderr } = await runCli(['extract', '-w', '1', FIXTURE]);
    expect(code).toBe(0);
    const [record] = jsonLines(stdout) as unknown as ArticleRecord[];
    expect(record.id).toBe(FIXTURE);
    expect(record.text).toBe(readFileSync(FIXTURE, 'utf8'));
    expect(record.money.map((m) => m.text)).toEqual(
      expect.arrayContaining(['50억 위안', '10억 달러']),
    );
    for (const m of record.money) expect(record.text?.slice(m.start, m.end)).toBe(m.text);
    expect(stderr).toMatch(/^sinmun: 1 records in/);
  });

  test('a mixed crawl: one record per input, none twice, errors routed by code, exit 1', async () => {
    const { root, expectedIds } = buildCrawl();
    const { code, stdout } = await runCli(['extract', '-w', '1', root]);
    expect(code).toBe(1);
    const records = jsonLines(stdout) as unknown as ArticleRecord[];
    expect(records.map((r) => r.id)).toEqual(expectedIds);
    const byId = new Map(records.map((r) => [r.id, r]));
    const at = (rel: string) => byId.get(path.join(root, rel)) as ArticleRecord;
    expect(at('f-empty.txt').error?.code).toBe('EMPTY_INPUT');
    expect(at('g-binary.txt').error?.code).toBe('BINARY_INPUT');
    expect(at('h-latin1.txt').error).toMatchObject({ code: 'INVALID_ENCODING' });
    expect(at('h-latin1.txt').error?.message).toContain('byte offset 3');
    expect(byId.get(`${path.join(root, 'news/batch.jsonl.gz')}:3`)?.error?.code).toBe(
      'PARSE_FAILED',
    );
    expect(at('c-euckr.txt')).toMatchObject({
      text: KO_ARTICLES[2],
      warnings: ['decoded from EUC-KR'],
    });
    expect(at('b-bom.txt').text).toBe(KO_ARTICLES[1]);
    expect(at('d-utf16.txt')).toMatchObject({ text: EN_ARTICLES[0], lang: 'en' });
    const crlf = at('e-crlf.txt');
    expect(crlf.text).toContain('\r\n');
    for (const s of crlf.sentences) expect(crlf.text?.slice(s.start, s.end)).not.toMatch(/^\s|\s$/);
    expect(byId.get('j1')).toMatchObject({ url: 'https://example.com/j1', lang: 'en' });
    expect(byId.get('j2')?.title?.text).toBe('카카오, 3분기 매출 2조1609억원…역대 최대');
    const page = at('news/page.html');
    expect(page.title?.text).toBe('삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소');
    expect(page.published).toBe('2023-10-31T09:12:00+09:00');
    for (const r of records) {
      for (const m of r.money) expect(r.text?.slice(m.start, m.end)).toBe(m.text);
    }
  });

  test('UTF-16 without BOM and an EUC-KR page declaring its charset: decoded, with warnings', async () => {
    const utf16 = write('enc/a-utf16be.txt', Buffer.from(KO_ARTICLES[3], 'utf16le').swap16());
    // Symbols enough that guessing alone would not take the bytes for Korean.
    const menu = '▶ ■ ※ ◆ ▲ ▼ ☞ ◇ '.repeat(80);
    const page = (meta: string) =>
      NEWS_PAGE.replace('<meta charset="utf-8">', meta)
        .replace('©', 'ⓒ')
        .replace('<main>', `<main><div class="menu">${menu}</div>`);
    const html = write('enc/b-page.html', iconv.encode(page('<meta charset="euc-kr">'), 'euc-kr'));
    const bare = write('enc/c-undeclared.html', iconv.encode(page(''), 'euc-kr'));
    const { code, stdout } = await runCli(['extract', '-w', '1', utf16, html, bare]);
    expect(code).toBe(1);
    const [a, b, c] = jsonLines(stdout) as unknown as ArticleRecord[];
    expect(c.error?.code).toBe('INVALID_ENCODING');
    expect(a).toMatchObject({
      id: utf16,
      text: KO_ARTICLES[3],
      lang: 'ko',
      warnings: ['decoded from UTF-16BE without a byte-order mark'],
    });
    expect(a.money.map((m) => [m.text, m.amount])).toContainEqual(['7조원', 7e12]);
    expect(b.warnings).toEqual(['decoded from EUC-KR', 'text extracted from HTML']);
    expect(b.title?.text).toBe('삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소');
    expect(b.text).toContain('매출은 67조4000억원으로 집계됐다.');
    for (const m of b.money) expect(b.text?.slice(m.start, m.end)).toBe(m.text);
  });

  test('--workers 2 writes exactly what --workers 1 writes', async () => {
    const lines = Array.from({ length: 40 }, (_, i) =>
      JSON.stringify({
        id: `a${i}`,
        text: i % 9 === 4 ? '' : [...KO_ARTICLES, ...EN_ARTICLES][i % 6],
      }),
    );
    const file = write('many.jsonl', lines.join('\n') + '\n');
    const one = await runCli(['extract', '-w', '1', file]);
    const two = await runCli(['extract', '-w', '2', file], { workerFile: await buildWorker() });
    expect(two.stderr).toContain('on 2 workers');
    expect(two.stdout).toBe(one.stdout);
    expect(jsonLines(two.stdout)).toHaveLength(40);
    expect(two.code).toBe(1);
  }, 60_000);

  test('--gazetteer adds entries on one worker and on a pool; a bad file is a clear failure', async () => {
    const entries = write(
      'mine.json',
      JSON.stringify([{ canonical: 'Hanbit Biologics', type: 'company', ko: ['한빛바이오'] }]),
    );
    const text = '한빛바이오는 서울대와 공동연구를 시작했다고 밝혔다.';
    const lines = Array.from({ length: 20 }, (_, i) => JSON.stringify({ id: `g${i}`, text }));
    const file = write('gaz.jsonl', lines.join('\n') + '\n');
    const canonicals = (stdout: string) =>
      jsonLines(stdout).map((r) =>
        (r as unknown as ArticleRecord).entities.map((e) => e.canonical),
      );
    const plain = await runCli(['extract', '-w', '1', '--fields', 'entities', file]);
    expect(canonicals(plain.stdout)[0]).not.toContain('Hanbit Biologics');
    const one = await runCli(['extract', '-w', '1', '--gazetteer', entries, file]);
    expect(canonicals(one.stdout)[0]).toEqual(['Hanbit Biologics', 'Seoul National University']);
    const two = await runCli(['extract', '-w', '2', '--gazetteer', entries, file], {
      workerFile: await buildWorker(),
    });
    expect(two.stdout).toBe(one.stdout);
    const bad = await runCli(['extract', '-w', '1', '--gazetteer', write('bad.json', '[{'), file]);
    expect(bad.code).toBe(1);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).toMatch(/INVALID_INPUT: .*bad\.json: not valid JSON/);
  }, 60_000);

  test('--resume after a kill: a cut-off last line is dropped, every id ends up exactly once', async () => {
    const lines = Array.from({ length: 12 }, (_, i) =>
      JSON.stringify({ id: `r${i}`, text: KO_ARTICLES[i % 4] }),
    );
    const input = write('resume.jsonl', lines.join('\n') + '\n');
    const out = path.join(dir, 'resume.out.jsonl');
    const full = await runCli(['extract', '-w', '1', input, '-o', out]);
    expect(full.code).toBe(0);
    const complete = readFileSync(out, 'utf8');
    // What a killed run leaves: the first 5 records whole and half of the 6th.
    const kept = complete.split('\n').slice(0, 5).join('\n') + '\n';
    const sixth = complete.split('\n')[5];
    writeFileSync(out, kept + sixth.slice(0, Math.floor(sixth.length / 2)));
    const resumed = await runCli(['extract', '-w', '1', input, '-o', out, '--resume']);
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(/5 records already there; cut \d+ bytes/);
    expect(resumed.stderr).toContain('5 skipped as already written');
    const after = readFileSync(out, 'utf8');
    expect(after).toBe(complete);
    const ids = jsonLines(after).map((r) => r.id);
    expect(ids).toEqual(lines.map((_, i) => `r${i}`));
    // Resuming a finished run does nothing more.
    const again = await runCli(['extract', '-w', '1', input, '-o', out, '--resume']);
    expect(again.stderr).toContain('0 records, 12 skipped');
    expect(readFileSync(out, 'utf8')).toBe(complete);
  });

  test('--format csv --table money and entities: a header, quoted fields, exact amounts, BOM', async () => {
    const money = await runCli([
      'extract',
      '-w',
      '1',
      '--format',
      'csv',
      '--table',
      'money',
      FIXTURE,
    ]);
    expect(money.code).toBe(0);
    expect(money.stdout.startsWith('\uFEFFid,index,text,start,end,amount,currency,')).toBe(true);
    const rows = parseCsv(money.stdout);
    const header = rows[0];
    const col = (r: string[], name: string) => r[header.indexOf(name)];
    const body = rows.slice(1);
    expect(body.every((r) => r.length === header.length && r[0] === FIXTURE)).toBe(true);
    const row = body.find((r) => col(r, 'text') === '14조 4000억원');
    expect(row && col(row, 'amount')).toBe('14400000000000');
    expect(row && col(row, 'currency')).toBe('KRW');
    expect(row && col(row, 'equivalent_of')).not.toBe('');
    const entities = await runCli([
      'extract',
      '-w',
      '1',
      '--format',
      'csv',
      '--table',
      'entities',
      '--no-bom',
      FIXTURE,
    ]);
    const erows = parseCsv(entities.stdout);
    expect(erows[0]).toEqual([
      'id',
      'entity',
      'canonical',
      'type',
      'entity_id',
      'mention',
      'start',
      'end',
    ]);
    const text = readFileSync(FIXTURE, 'utf8');
    for (const r of erows.slice(1)) expect(text.slice(Number(r[6]), Number(r[7]))).toBe(r[5]);
    expect(erows.length).toBeGreaterThan(5);
  });

  test('--fields, --no-text, --tokens, --pretty and --format json shape the output', async () => {
    const picked = jsonLines(
      (await runCli(['extract', '-w', '1', '--fields', 'id,lang,money', FIXTURE])).stdout,
    );
    expect(Object.keys(picked[0])).toEqual(['id', 'lang', 'money']);
    const noText = jsonLines(
      (await runCli(['extract', '-w', '1', '--no-text', '--tokens', FIXTURE])).stdout,
    );
    expect(noText[0].text).toBeUndefined();
    expect((noText[0].tokens as unknown[]).length).toBeGreaterThan(100);
    const pretty = (await runCli(['extract', '-w', '1', '--pretty', FIXTURE])).stdout;
    expect(pretty.startsWith('{\n  "id": ')).toBe(true);
    expect(JSON.parse(pretty).id).toBe(FIXTURE);
    const json = await runCli([
      'extract',
      '-w',
      '1',
      '--format',
      'json',
      FIXTURE,
      path.join(dir, 'missing.txt'),
    ]);
    const array = JSON.parse(json.stdout) as ArticleRecord[];
    expect(array.map((r) => r.error?.code ?? 'ok')).toEqual(['ok', 'READ_FAILED']);
  });

  test('standard input with custom JSONL fields and an oversized line', async () => {
    const input = [
      JSON.stringify({ doc_id: 's1', body: KO_ARTICLES[1] }),
      JSON.stringify({ doc_id: 's2', body: '가'.repeat(5000) }),
      JSON.stringify({ body: EN_ARTICLES[0] }),
    ].join('\n');
    const r = await runCli(
      [
        'extract',
        '-w',
        '1',
        '--id-field',
        'doc_id',
        '--text-field',
        'body',
        '--max-bytes',
        '8k',
        '-',
      ],
      { stdin: input },
    );
    expect(r.code).toBe(1);
    expect(
      jsonLines(r.stdout).map((x) => [x.id, (x.error as { code?: string } | undefined)?.code]),
    ).toEqual([
      ['s1', undefined],
      ['stdin:2', 'INPUT_TOO_LARGE'],
      ['stdin:3', undefined],
    ]);
    const plain = await runCli(['extract', '-w', '1'], { stdin: KO_ARTICLES[0] });
    expect(jsonLines(plain.stdout).map((x) => x.id)).toEqual(['stdin']);
  });

  test.each([
    [['extract', '--table', 'money', 'x.txt'], '--table goes with --format csv'],
    [['extract', '--resume', 'x.txt'], '--resume needs --output'],
    [
      ['extract', '--format', 'json', '--resume', '-o', 'x.json', 'x.txt'],
      'a JSON array (--format json) or --pretty records cannot be appended to',
    ],
    [['extract', '--pretty', '--resume', '-o', 'x.jsonl', 'x.txt'], '--resume continues'],
    [['extract', '--fields', 'id,nope', 'x.txt'], 'unknown field "nope"'],
    [['extract', '--workers', '0', 'x.txt'], 'at least 1'],
    [['extract', '--format', 'xml', 'x.txt'], 'xml'],
    [['frobnicate'], 'unknown command'],
  ])('usage error %j → exit 2', async (argv, message) => {
    const r = await runCli(argv);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(message);
    expect(r.stdout).toBe('');
  });

  test('--help documents every option with examples', async () => {
    const r = await runCli(['extract', '--help']);
    expect(r.code).toBe(0);
    for (const opt of [
      '--output',
      '--pretty',
      '--format',
      '--table',
      '--fields',
      '--tokens',
      '--no-text',
      '--workers',
      '--max-bytes',
      '--id-field',
      '--text-field',
      '--title-field',
      '--resume',
      '--no-progress',
      'Examples:',
    ]) {
      expect(r.stdout).toContain(opt);
    }
  });
});

test('the launcher says to build when dist/ is missing', async () => {
  const { execFileSync } = await import('node:child_process');
  const bin = write(
    'pkg/bin/sinmun.cjs',
    readFileSync(path.resolve(__dirname, '../../bin/sinmun.cjs')),
  );
  expect(existsSync(path.join(dir, 'pkg/dist'))).toBe(false);
  let status = 0;
  let stderr = '';
  try {
    execFileSync(process.execPath, [bin, 'extract', FIXTURE], { stdio: 'pipe' });
  } catch (err) {
    status = (err as { status: number }).status;
    stderr = String((err as { stderr: Buffer }).stderr);
  }
  expect(status).toBe(2);
  expect(stderr).toContain('npm run build');
});

test('the tokenize command is registered beside extract', async () => {
  const r = await runCli(['tokenize', '--format', 'json', '-'], {
    stdin: '한국은행이 금리를 동결했다',
  });
  expect(r.code).toBe(0);
  const tokens = (JSON.parse(r.stdout.trim().split('\n')[0]) as { tokens: { surface: string }[] })
    .tokens;
  expect(tokens.map((t) => t.surface).slice(0, 2)).toEqual(['한국은행', '이']);
});
