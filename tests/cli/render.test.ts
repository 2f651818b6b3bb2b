import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURE = 'fixtures/etnews-china-genai-column.txt';

const marks = (html: string) => new Set([...html.matchAll(/data-key="([^"]+)"/g)].map((m) => m[1]));

describe('sinmun render', () => {
  it('writes one page for an article, highlighting the four figures and their equivalents', async () => {
    const out = join(mkdtempSync(join(tmpdir(), 'sinmun-render-')), 'page.html');
    const r = await runCli(['render', FIXTURE, '--output', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain('rendered 1 record');
    const html = readFileSync(out, 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    const keys = marks(html);
    // 50억 위안(9000억원), 800억 위안(14조 4000억원), 1700억 위안(30조 6000억원), 10억 달러.
    expect([...keys].filter((k) => k!.startsWith('m'))).toHaveLength(7);
    expect(html).toContain('5,000,000,000 CNY');
  });

  it('renders records that extract wrote, and several inputs on one page', async () => {
    const extracted = await runCli(['extract', FIXTURE, '-'], {
      stdin: '{"id":"second","text":"네이버는 1조원을 투자한다고 밝혔다."}\n',
    });
    expect(extracted.code).toBe(0);
    const r = await runCli(['render', '--records', '-'], { stdin: extracted.stdout });
    expect(r.code).toBe(0);
    expect(r.stdout.match(/<section class="doc"/g)).toHaveLength(2);
    expect(r.stdout).toContain('1,000,000,000,000 KRW');
  });

  it('shows an input that failed as an error section and exits 1', async () => {
    const r = await runCli(['render', '-'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('EMPTY_INPUT');
  });

  it('refuses a line that is not a record', async () => {
    const r = await runCli(['render', '--records', '-'], { stdin: '{"text":"기사"}\n' });
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('not a sinmun record');
  });
});
