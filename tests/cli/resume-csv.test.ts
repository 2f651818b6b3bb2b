import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { EN_ARTICLES, KO_ARTICLES } from '../pipeline/articles.js';
import { parseCsv } from './parse-csv.js';
import { runCli } from './run-cli.js';

let dir: string;
let input: string;
const TEXTS = [...KO_ARTICLES, ...EN_ARTICLES];
const IDS = Array.from({ length: 12 }, (_, i) => (i === 4 ? '=formula-id' : `c${i}`));

beforeAll(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sinmun-resume-csv-'));
  input = path.join(dir, 'in.jsonl');
  writeFileSync(
    input,
    IDS.map((id, i) => JSON.stringify({ id, text: TEXTS[i % TEXTS.length] })).join('\n') + '\n',
  );
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function extract(table: string, out: string, ...more: string[]) {
  return runCli([
    'extract',
    '-w',
    '1',
    input,
    '--format',
    'csv',
    '--table',
    table,
    '-o',
    out,
    ...more,
  ]);
}

/** The complete output of one uninterrupted run. */
async function complete(table: string): Promise<string> {
  const out = path.join(dir, `complete-${table}.csv`);
  expect((await extract(table, out)).code).toBe(0);
  return readFileSync(out, 'utf8');
}

/** Byte offsets just after each CRLF of the file (where rows end). */
function rowEnds(csv: string): number[] {
  const bytes = Buffer.from(csv);
  const ends: number[] = [];
  for (let i = bytes.indexOf('\r\n'); i >= 0; i = bytes.indexOf('\r\n', i + 2)) ends.push(i + 2);
  return ends;
}

describe('--resume with --format csv', () => {
  test('a row cut in half: the last article is redone, the file ends as a whole run', async () => {
    const whole = await complete('entities');
    const rows = parseCsv(whole);
    expect(rows.length).toBeGreaterThan(20);
    const bytes = Buffer.from(whole);
    const ends = rowEnds(whole);
    const out = path.join(dir, 'cut-row.csv');
    writeFileSync(out, bytes.subarray(0, ends[10] + 25)); // 10 rows after the header, and a bit
    const idsBefore = new Set(rows.slice(1, 11).map((r) => r[0]));
    const resumed = await extract('entities', out, '--resume');
    expect(resumed.code).toBe(0);
    expect(resumed.stderr).toMatch(
      new RegExp(
        `${idsBefore.size - 1} articles already there; cut \\d+ bytes of the last article's rows`,
      ),
    );
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  test('a cut between two rows of one article: its missing rows are written too', async () => {
    const whole = await complete('entities');
    const rows = parseCsv(whole).slice(1);
    // The first row whose article goes on in the next row.
    const k = rows.findIndex((r, i) => i > 0 && rows[i + 1]?.[0] === r[0]);
    expect(k).toBeGreaterThan(0);
    const out = path.join(dir, 'cut-between.csv');
    writeFileSync(out, Buffer.from(whole).subarray(0, rowEnds(whole)[k + 1]));
    expect((await extract('entities', out, '--resume')).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toBe(whole);
  });

  test('a header cut short starts afresh; a finished run stays as it is', async () => {
    const whole = await complete('money');
    const out = path.join(dir, 'cut-header.csv');
    writeFileSync(out, Buffer.from(whole).subarray(0, 12));
    const afresh = await extract('money', out, '--resume');
    expect(afresh.stderr).toContain('0 articles already there; cut 12 bytes');
    expect(readFileSync(out, 'utf8')).toBe(whole);
    const again = await extract('money', out, '--resume');
    // Only articles with money figures leave ids; the others (and the last one) are redone.
    const withMoney = new Set(
      parseCsv(whole)
        .slice(1)
        .map((r) => r[0]),
    ).size;
    expect(again.stderr).toContain(`${withMoney - 1} articles already there`);
    expect(again.stderr).toContain(`${withMoney - 1} skipped as already written`);
    expect(readFileSync(out, 'utf8')).toBe(whole);
    expect(whole.includes("\r\n'=formula-id,")).toBe(true);
  });

  test('a file that is not this table’s CSV is refused and left as it is', async () => {
    const money = await complete('money');
    const out = path.join(dir, 'other-table.csv');
    writeFileSync(out, money);
    const wrongTable = await extract('entities', out, '--resume');
    expect(wrongTable.code).toBe(1);
    expect(wrongTable.stderr).toContain('its first line is not the header of --table entities');
    expect(readFileSync(out, 'utf8')).toBe(money);
    const asJsonl = await runCli(['extract', '-w', '1', input, '-o', out, '--resume']);
    expect(asJsonl.code).toBe(1);
    expect(asJsonl.stderr).toContain('line 1 is not a JSON record with an id');
    expect(readFileSync(out, 'utf8')).toBe(money);
  });
});
