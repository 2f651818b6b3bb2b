/**
 * The rendered page in a real browser (Debian's Chromium): every span highlighted once, tooltips
 * on focus, the page's own script working under its CSP, and hostile text inert. A screenshot of
 * the fixture's page is kept in tests/artifacts/ for people to look at.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { Browser, Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, render, type Analyzer, type ArticleRecord } from '../../src/index.js';
import { CHROMIUM, launchChromium, NO_CHROMIUM } from '../helpers/chromium.js';

const ARTIFACTS = new URL('../artifacts/', import.meta.url);
const FIXTURE = readFileSync(
  new URL('../../fixtures/etnews-china-genai-column.txt', import.meta.url),
  'utf8',
);

function spanCount(r: ArticleRecord): number {
  return (
    r.entities.reduce((n, e) => n + e.mentions.length, 0) +
    r.money.reduce((n, m) => n + 1 + m.equivalents.length, 0) +
    (r.dates ?? []).length
  );
}

/** Writes the page as a file and opens it from disk, as a user opening `page.html` would. */
async function openPage(browser: Browser, name: string, html: string): Promise<Page> {
  mkdirSync(ARTIFACTS, { recursive: true });
  const file = new URL(name, ARTIFACTS);
  writeFileSync(file, html);
  const page = await browser.newPage();
  await page.goto(pathToFileURL(file.pathname).href, { waitUntil: 'load' });
  return page;
}

describe.skipIf(!CHROMIUM)(
  `rendered records in Chromium${CHROMIUM ? '' : ` — ${NO_CHROMIUM}`}`,
  () => {
    let analyzer: Analyzer;
    let browser: Browser;
    let close: () => Promise<void>;

    beforeAll(async () => {
      analyzer = await createAnalyzer({
        gazetteer: [
          {
            canonical: '"><img src=x onerror="window.__pwned=1">',
            type: 'company',
            ko: ['한빛바이오'],
          },
        ],
      });
      ({ browser, close } = await launchChromium());
    });

    afterAll(async () => {
      await close?.();
      analyzer?.close();
    });

    it('highlights every mention, figure and date of the fixture once and loses no text', async () => {
      const record = analyzer.analyze(FIXTURE, { id: 'fixtures/etnews-china-genai-column.txt' });
      expect(spanCount(record)).toBeGreaterThan(50);
      const page = await openPage(browser, 'render-fixture.html', render(record));
      await page.setViewport({ width: 1200, height: 1600 });
      const seen = await page.$$eval('.doc .text mark', (marks) => ({
        keys: new Set(marks.map((m) => m.getAttribute('data-key'))).size,
        focusable: marks.filter((m) => m.getAttribute('tabindex') === '0').length,
      }));
      expect(seen.keys).toBe(spanCount(record));
      expect(seen.focusable).toBe(spanCount(record));
      expect(await page.$eval('.doc .text', (el) => el.textContent)).toBe(record.text);
      await page.screenshot({ path: new URL('render-fixture.png', ARTIFACTS).pathname });
      await page.close();
    });

    it('shows the canonical name on keyboard focus and outlines an entity on its button', async () => {
      const record = analyzer.analyze(FIXTURE);
      const baidu = record.entities.findIndex((e) => e.canonical === 'Baidu');
      expect(baidu).toBeGreaterThanOrEqual(0);
      const page = await openPage(browser, 'render-focus.html', render(record));
      // Tab from the top until the first of Baidu's mentions has focus.
      let tip = '';
      for (let i = 0; i < 200 && tip === ''; i++) {
        await page.keyboard.press('Tab');
        // A string runs in the page (the tests compile without the DOM's types).
        tip = (await page.evaluate(`(() => {
          const el = document.activeElement;
          if (!el || el.getAttribute('data-entity') !== '${baidu}') return '';
          return getComputedStyle(el, '::after').content;
        })()`)) as string;
      }
      expect(tip).toContain('Baidu · company');
      await page.click(`button.ent[data-entity="${baidu}"]`);
      const outlined = await page.$$eval(
        `mark[data-entity="${baidu}"]`,
        (ms) => ms.filter((m) => m.classList.contains('on')).length,
      );
      expect(outlined).toBe(record.entities[baidu]!.mentions.length);
      await page.close();
    });

    it('runs no script from the article or the record, even one that escaped escaping', async () => {
      const text =
        '한빛바이오는 <script>window.__pwned=1</script> "><img src=x onerror="window.__pwned=1"> ' +
        '</mark><b onclick="window.__pwned=1">10억원</b>을 투자했다고 밝혔다.';
      const record = analyzer.analyze(text);
      expect(record.entities.some((e) => e.name === '한빛바이오')).toBe(true);
      // Simulate an escaping bug: an extra inline script the CSP must block.
      const html = render(record).replace('</main>', '</main><script>window.__pwned=2</script>');
      const page = await browser.newPage();
      let dialogs = 0;
      page.on('dialog', (d) => {
        dialogs++;
        void d.dismiss();
      });
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = new URL('render-hostile.html', ARTIFACTS);
      writeFileSync(file, html);
      await page.goto(pathToFileURL(file.pathname).href, { waitUntil: 'load' });
      await new Promise((r) => setTimeout(r, 200));
      expect(await page.evaluate('typeof window.__pwned')).toBe('undefined');
      expect(dialogs).toBe(0);
      expect(
        await page.$$eval('.doc .text img, .doc .text b, .doc .text script', (e) => e.length),
      ).toBe(0);
      expect(await page.$eval('.doc .text', (el) => el.textContent)).toBe(text);
      await page.close();
    });
  },
);
