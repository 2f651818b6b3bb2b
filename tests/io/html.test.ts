import { describe, expect, test } from 'vitest';
import { extractHtmlArticle, looksLikeHtml } from '../../src/io/html.js';
import { NEWS_PAGE } from './news-page.js';

describe('extractHtmlArticle', () => {
  const page = extractHtmlArticle(NEWS_PAGE);
  const lines = page.text.split('\n');

  test('headline first, then one paragraph per line', () => {
    expect(page.title).toBe('삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소');
    expect(lines[0]).toBe(page.title);
    expect(lines[1]).toMatch(/^삼성전자가 올해 3분기 .* 웃돌았다\.$/);
    // <br> splits a paragraph; entities are decoded; &nbsp; reads as a space
    expect(lines).toContain('메모리 가격 반등이 예상보다 빨랐다는 분석이 나온다.');
    expect(page.text).toContain('"감산 효과가 본격화하고 있다"고 말했다. 업계는');
    expect(lines.at(-1)).toBe('홍길동 기자 gildong@techdaily.co.kr');
  });

  test('page furniture, scripts and styles are left out', () => {
    for (const junk of [
      '로그인',
      '1만원 할인',
      '광고 스크립트',
      'line-height',
      '많이 본 뉴스',
      '무단전재',
    ]) {
      expect(page.text).not.toContain(junk);
    }
  });

  test('metadata: byline, publication time, site, language', () => {
    expect(page.byline).toBe('홍길동 기자');
    expect(page.published).toBe('2023-10-31T09:12:00+09:00');
    expect(page.siteName).toBe('테크데일리');
    expect(page.lang).toBe('ko');
  });

  test('a byline missing from the body is kept as the last line; a <time> gives the date', () => {
    const html = `<!doctype html><html><head><title>Fed holds rates</title></head><body>
      <article><h1>Fed holds rates</h1><p class="byline">By Jane Roe</p>
      <time datetime="2024-05-01">May 1</time>
      <div class="story"><p>${'The Federal Reserve kept its benchmark rate unchanged on Wednesday, citing sticky inflation. '.repeat(4)}</p>
      <p>${'Officials signalled that cuts would come later than markets had hoped, perhaps only in the autumn. '.repeat(3)}</p></div>
      </article></body></html>`;
    const a = extractHtmlArticle(html);
    expect(a.text.split('\n')[0]).toBe('Fed holds rates');
    expect(a.byline).toBe('By Jane Roe');
    expect(a.text.split('\n').at(-1)).toBe('By Jane Roe');
    expect(a.published).toBe('2024-05-01');
  });

  test('a page too thin for the extractor still gives its visible text', () => {
    const a = extractHtmlArticle(
      '<html><head><title>속보</title></head><body><nav>메뉴</nav><p>한국은행이 기준금리를 동결했다.</p></body></html>',
    );
    expect(a.text).toContain('한국은행이 기준금리를 동결했다.');
    expect(a.text).not.toContain('메뉴');
  });
});

test('looksLikeHtml tells pages from text', () => {
  expect(looksLikeHtml(NEWS_PAGE)).toBe(true);
  expect(looksLikeHtml('  <!-- saved --> <html><body>x</body></html>')).toBe(true);
  expect(looksLikeHtml('<기자수첩> 반도체 겨울은 끝났나')).toBe(false);
  expect(looksLikeHtml('1 < 2 and <b> is bold')).toBe(false);
});
