import { describe, expect, test } from 'vitest';
import {
  CSV_HEADERS,
  csvField,
  csvRow,
  csvRows,
  fromSpreadsheetText,
  spreadsheetText,
} from '../../src/output/csv.js';
import type { ArticleRecord } from '../../src/types.js';
import { KO_ARTICLES } from '../pipeline/articles.js';
import { parseCsv } from './parse-csv.js';
import { runCli } from './run-cli.js';

describe('CSV cells a spreadsheet would run as formulas', () => {
  test.each([
    ['=HYPERLINK("http://x.example","click")', `"'=HYPERLINK(""http://x.example"",""click"")"`],
    ['+82-2-1234', "'+82-2-1234"],
    ['-2+3', "'-2+3"],
    ['@SUM(A1:A9)', "'@SUM(A1:A9)"],
    ['\t=1+1', "'\t=1+1"],
    ['\r=1+1', `"'\r=1+1"`],
    ["'quoted", "''quoted"],
    ['＝HYPERLINK("x")', `"'＝HYPERLINK(""x"")"`],
    ['＠SUM(A1)', "'＠SUM(A1)"],
    ['삼성전자', '삼성전자'],
    ['a=b', 'a=b'],
  ])('text %j → %s', (text, cell) => {
    expect(csvField(text)).toBe(cell);
    expect(fromSpreadsheetText(spreadsheetText(text))).toBe(text);
  });

  test('numbers stay numbers, negative ones included', () => {
    expect(csvRow([-5, 14400000000000, 0.5, '-5', true, null])).toBe(
      "-5,14400000000000,0.5,'-5,true,\r\n",
    );
  });
});

test('sinmun extract --format csv neutralises ids and leaves amounts and offsets as numbers', async () => {
  const ids = ['=cmd|" /C calc"!A0', '-1+1', '@SUM(1,2)', 'plain-id'];
  const texts = [KO_ARTICLES[0], KO_ARTICLES[3], KO_ARTICLES[2], KO_ARTICLES[0]];
  const input = ids.map((id, i) => JSON.stringify({ id, text: texts[i] })).join('\n');
  const money = await runCli(['extract', '-w', '1', '--format', 'csv', '--no-bom', '-'], {
    stdin: input,
  });
  expect(money.code).toBe(0);
  const rows = parseCsv(money.stdout);
  const header = rows[0];
  const col = (r: string[], name: string) => r[header.indexOf(name)];
  const body = rows.slice(1);
  expect([...new Set(body.map((r) => r[0]))]).toEqual([
    `'=cmd|" /C calc"!A0`,
    "'-1+1",
    "'@SUM(1,2)",
    'plain-id',
  ]);
  const first = body.find((r) => col(r, 'text') === '2조1609억원');
  expect(first && [col(first, 'amount'), col(first, 'start'), col(first, 'end')]).toEqual([
    '2160900000000',
    String(KO_ARTICLES[0].indexOf('2조1609억원')),
    String(KO_ARTICLES[0].indexOf('2조1609억원') + '2조1609억원'.length),
  ]);
  for (const r of body) {
    expect(col(r, 'amount')).toMatch(/^(\d+(\.\d+)?)?$/);
    expect(col(r, 'start')).toMatch(/^\d+$/);
  }
  const entities = await runCli(
    ['extract', '-w', '1', '--format', 'csv', '--table', 'entities', '--no-bom', '-'],
    { stdin: input },
  );
  const erows = parseCsv(entities.stdout).slice(1);
  const hyundai = erows.filter((r) => r[0] === "'-1+1");
  expect(hyundai.map((r) => r[5])).toContain('현대자동차그룹');
  for (const r of hyundai) expect(KO_ARTICLES[3].slice(Number(r[6]), Number(r[7]))).toBe(r[5]);
});

test('sinmun extract --table dates: one row per date, resolved against the JSONL published field', async () => {
  const text = '삼성전자는 지난 13일 2008년 1분기 실적을 발표했다. 이날 오후 3시 주가는 1% 올랐다.';
  const input = JSON.stringify({ id: 'd1', text, published: '2008-06-16' });
  const out = await runCli(
    ['extract', '-w', '1', '--format', 'csv', '--table', 'dates', '--no-bom', '-'],
    { stdin: input },
  );
  expect(out.code).toBe(0);
  const [header, ...rows] = parseCsv(out.stdout);
  expect(header).toEqual([
    'id',
    'text',
    'start',
    'end',
    'value',
    'grain',
    'relative',
    'approximate',
  ]);
  const at = (s: string) => [String(text.indexOf(s)), String(text.indexOf(s) + s.length)];
  expect(rows).toEqual([
    ['d1', '지난 13일', ...at('지난 13일'), '2008-06-13', 'day', 'true', 'false'],
    ['d1', '2008년 1분기', ...at('2008년 1분기'), '2008-Q1', 'quarter', 'false', 'false'],
    ['d1', '이날 오후 3시', ...at('이날 오후 3시'), '2008-06-16T15:00', 'hour', 'true', 'false'],
  ]);
});

test('--fields dates keeps the dates; without published a relative date has no value', async () => {
  const input = JSON.stringify({ id: 'd2', text: '정부는 지난달 말 2024년 예산안을 확정했다.' });
  const out = await runCli(['extract', '-w', '1', '--fields', 'dates', '-'], { stdin: input });
  expect(out.code).toBe(0);
  const record = JSON.parse(out.stdout.trim()) as Record<string, unknown>;
  expect(Object.keys(record).sort()).toEqual(['dates', 'id']);
  expect(record.dates).toEqual([
    {
      text: '지난달 말',
      start: 4,
      end: 9,
      value: null,
      grain: 'month',
      relative: true,
      approximate: true,
    },
    {
      text: '2024년',
      start: 10,
      end: 15,
      value: '2024',
      grain: 'year',
      relative: false,
      approximate: false,
    },
  ]);
});

test('--table money: context columns on the figure rows; an equivalent row leaves them empty', () => {
  const text = '=LG전자는 매출이 50억 위안(9000억원)에서 80억 위안으로 늘었다.';
  const base = {
    approximate: false,
    min: null,
    max: null,
    qualifiers: [],
    per: null,
    currency: 'CNY',
  };
  const at = (s: string) => ({ text: s, start: text.indexOf(s), end: text.indexOf(s) + s.length });
  const record: ArticleRecord = {
    id: 'c1',
    lang: 'ko',
    title: null,
    byline: { reporter: null, email: null, publisher: null },
    sentences: [{ start: 0, end: text.length }],
    entities: [
      {
        name: '=LG전자',
        canonical: 'LG Electronics',
        type: 'company',
        id: null,
        aliases: [],
        mentions: [at('=LG전자')],
      },
    ],
    money: [
      {
        ...base,
        ...at('50억 위안'),
        amount: 5e9,
        equivalents: [{ ...base, ...at('9000억원'), amount: 9e11, currency: 'KRW' }],
        subject: { ...at('=LG전자'), entity: 0 },
        measure: 'revenue',
        period: null,
        change: null,
      },
      {
        ...base,
        ...at('80억 위안'),
        amount: 8e9,
        equivalents: [],
        subject: { ...at('=LG전자'), entity: 0 },
        measure: 'revenue',
        period: { ...at('50억'), value: null },
        change: { direction: 'up', from: 0, percent: 60 },
      },
    ],
    dates: [],
    warnings: [],
  };
  const rows = parseCsv(CSV_HEADERS.money.join(',') + '\r\n' + csvRows(record, 'money'));
  const [header, ...body] = rows;
  expect(header.slice(-5)).toEqual(['subject', 'subject_canonical', 'measure', 'period', 'change']);
  for (const r of body) expect(r).toHaveLength(header.length);
  expect(body.map((r) => r.slice(-5))).toEqual([
    ["'=LG전자", 'LG Electronics', 'revenue', '', ''],
    ['', '', '', '', ''],
    // `from 0` is the earlier figure's row index; a period without a value shows its text.
    ["'=LG전자", 'LG Electronics', 'revenue', '50억', 'up 60% from 0'],
  ]);
  expect(body.map((r) => r[1])).toEqual(['0', '1', '2']);
});
