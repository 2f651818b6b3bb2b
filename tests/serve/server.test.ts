/** `sinmun serve` over real HTTP on 127.0.0.1, and its playground page in Chromium. */
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer, type ArticleRecord } from '../../src/index.js';
import { createPlaygroundServer, listen } from '../../src/serve/server.js';
import { CHROMIUM, launchChromium, NO_CHROMIUM } from '../helpers/chromium.js';

let analyzer: Analyzer;
let server: Server;
let base: string;

beforeAll(async () => {
  analyzer = await createAnalyzer();
  server = createPlaygroundServer(analyzer, { maxBodyBytes: 64 * 1024 });
  const address = await listen(server, 0, '127.0.0.1');
  base = `http://127.0.0.1:${address.port}`;
});

afterAll(async () => {
  await new Promise((r) => server?.close(r));
  analyzer?.close();
});

const post = (path: string, body: string) =>
  fetch(base + path, { method: 'POST', headers: { 'content-type': 'application/json' }, body });

async function errorOf(res: Response): Promise<{ code: string; message: string }> {
  expect(res.headers.get('content-type')).toMatch(/^application\/json/);
  return ((await res.json()) as { error: { code: string; message: string } }).error;
}

describe('sinmun serve over HTTP', () => {
  it('serves the playground with its CSP header', async () => {
    const res = await fetch(`${base}/`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-security-policy')).toMatch(
      /default-src 'none'.*connect-src 'self'/,
    );
    expect(await res.text()).toContain('<form class="play"');
  });

  it('analyses posted text into a record', async () => {
    const res = await post(
      '/api/analyze',
      JSON.stringify({ text: '삼성전자는 3분기 영업이익 10조원을 기록했다.', id: 'a1' }),
    );
    expect(res.status).toBe(200);
    const record = (await res.json()) as ArticleRecord;
    expect(record.id).toBe('a1');
    expect(record.money.map((m) => [m.text, m.amount, m.currency])).toEqual([
      ['10조원', 10_000_000_000_000, 'KRW'],
    ]);
    expect(record.entities.map((e) => e.canonical)).toContain('Samsung Electronics');
  });

  it('returns the rendered view as an escaped fragment', async () => {
    const res = await post(
      '/api/view',
      JSON.stringify({ text: '<b>삼성전자</b>가 10조원을 벌었다.' }),
    );
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('&lt;b&gt;');
    expect(html).not.toContain('<b>');
    expect(html).toMatch(/<mark class="k-money"[^>]*>10조원<\/mark>/);
  });

  it('answers malformed JSON 400, a missing text 400, empty text 422', async () => {
    let res = await post('/api/analyze', '{"text": ');
    expect(res.status).toBe(400);
    expect((await errorOf(res)).code).toBe('MALFORMED_JSON');
    res = await post('/api/analyze', JSON.stringify({ body: 'x' }));
    expect(res.status).toBe(400);
    expect((await errorOf(res)).message).toContain('"text"');
    res = await post('/api/analyze', JSON.stringify({ text: '' }));
    expect(res.status).toBe(422);
    expect((await errorOf(res)).code).toBe('EMPTY_INPUT');
  });

  it('answers a wrong method 405 with Allow, an unknown path 404', async () => {
    let res = await fetch(`${base}/api/analyze`);
    expect(res.status).toBe(405);
    expect(res.headers.get('allow')).toBe('POST');
    expect((await errorOf(res)).code).toBe('METHOD_NOT_ALLOWED');
    res = await fetch(`${base}/nope`);
    expect(res.status).toBe(404);
    expect((await errorOf(res)).code).toBe('NOT_FOUND');
  });

  it('refuses a body over the limit with 413 and keeps serving', async () => {
    const big = JSON.stringify({ text: '가'.repeat(40 * 1024) }); // 120 KB of UTF-8
    const res = await post('/api/analyze', big);
    expect(res.status).toBe(413);
    expect((await errorOf(res)).code).toBe('PAYLOAD_TOO_LARGE');
    const after = await post('/api/analyze', JSON.stringify({ text: '서울대 연구팀이 발표했다.' }));
    expect(after.status).toBe(200);
  });
});

describe.skipIf(!CHROMIUM)(
  `the playground in Chromium${CHROMIUM ? '' : ` — ${NO_CHROMIUM}`}`,
  () => {
    it('shows the highlighted view of pasted text', async () => {
      const { browser, close } = await launchChromium();
      try {
        const page = await browser.newPage();
        const violations: string[] = [];
        page.on('console', (m) => {
          if (/Content Security Policy/i.test(m.text())) violations.push(m.text());
        });
        await page.goto(`${base}/`, { waitUntil: 'load' });
        await page.type('textarea', '바이두는 50억 위안(9000억원)을 투자했다고 밝혔다.');
        await page.click('button[type=submit]');
        await page.waitForSelector('#view mark.k-money');
        const kinds = await page.$$eval('#view .text mark', (ms) => ms.map((m) => m.className));
        expect(kinds.filter((k) => k === 'k-money')).toHaveLength(2);
        expect(kinds).toContain('k-company');
        expect(await page.$eval('.status', (s) => s.textContent)).toBe('Done.');
        expect(violations).toEqual([]);
      } finally {
        await close();
      }
    });
  },
);
