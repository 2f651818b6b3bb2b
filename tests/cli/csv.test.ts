import { describe, expect, test } from 'vitest';
import { csvField, csvRow, fromSpreadsheetText, spreadsheetText } from '../../src/output/csv.js';
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
