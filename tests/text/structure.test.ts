import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseStructure } from '../../src/text/structure.js';
import { BYLINE_CASES } from './byline.corpus.js';

const slice = (t: string, s: { start: number; end: number }) => t.slice(s.start, s.end);

describe('bylines and publishers', () => {
  it.each(BYLINE_CASES)('$name', ({ text, byline, notBody }) => {
    const s = parseStructure(text);
    expect(s.byline).toEqual(byline);
    const body = s.paragraphs.map((p) => slice(text, p));
    for (const line of notBody ?? []) expect(body).not.toContain(line);
    expect(body.length).toBeGreaterThan(0);
  });
});

describe('headline', () => {
  it('takes a first line that does not close like a sentence', () => {
    const text = '한은, 기준금리 동결\n한국은행이 기준금리를 연 3.5%로 동결했다.';
    expect(parseStructure(text).title).toEqual({ start: 0, end: 11, text: '한은, 기준금리 동결' });
  });
  it('does not take a first line that is a sentence', () => {
    const text = '한국은행이 기준금리를 동결했다.\n시장은 예상했던 결과라는 반응이다.';
    const s = parseStructure(text);
    expect(s.title).toBeNull();
    expect(s.paragraphs.map((p) => slice(text, p))[0]).toBe('한국은행이 기준금리를 동결했다.');
  });
  it('does not take the only line of a one-line text', () => {
    expect(parseStructure('삼성전자 주가 급등').title).toBeNull();
  });
  it('uses a headline given out of band when the text starts with it', () => {
    const text = 'Fed holds rates\nThe Federal Reserve held rates steady.';
    expect(parseStructure(text, { title: 'Fed holds rates' }).title?.text).toBe('Fed holds rates');
    const other = parseStructure('The Federal Reserve held rates steady.', {
      title: 'Fed holds rates',
    });
    expect(other.title).toBeNull();
  });
  it('skips publication stamps under the headline', () => {
    const text = '네이버 실적 발표\n입력 2024.02.02 10:00\n네이버가 실적을 발표했다.';
    const s = parseStructure(text);
    expect(s.paragraphs.map((p) => slice(text, p))).toEqual(['네이버가 실적을 발표했다.']);
  });
});

describe('CRLF input', () => {
  it('keeps spans pointing into the text as given', () => {
    const text = '제목입니다\r\n첫 문단입니다.\r\n\r\n홍길동 기자 hong@example.com\r\n';
    const s = parseStructure(text);
    expect(s.title?.text).toBe('제목입니다');
    expect(s.paragraphs.map((p) => slice(text, p))).toEqual(['첫 문단입니다.']);
    expect(s.byline.reporter).toBe('홍길동');
  });
});

describe('reference fixture', () => {
  const text = readFileSync(
    new URL('../../fixtures/etnews-china-genai-column.txt', import.meta.url),
    'utf8',
  );
  const s = parseStructure(text);

  it('finds headline, byline and publisher', () => {
    expect(s.title?.text).toBe(
      '[핀테크 칼럼] 중국 생성 AI, 강력한 민관학(民官學) 협력모델로 미국 맹추격',
    );
    expect(s.byline).toEqual({
      reporter: '길재식',
      email: 'osolgil@etnews.com',
      publisher: '전자신문',
    });
  });
  it('keeps the copyright line and the related headlines out of the body', () => {
    const body = s.paragraphs.map((p) => slice(text, p));
    expect(body).toHaveLength(9);
    expect(body[0].startsWith('미국과 중국은')).toBe(true);
    expect(body[8].endsWith('기대한다.')).toBe(true);
    expect(body.some((b) => b.startsWith('- '))).toBe(false);
    expect(slice(text, s.boilerplate!).startsWith('Copyright © 전자신문.')).toBe(true);
    expect(slice(text, s.boilerplate!).endsWith("한우농장 탄소배출 줄이는 '이안스'")).toBe(true);
  });
});
