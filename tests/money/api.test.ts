import { describe, expect, it } from 'vitest';
import { SinmunError } from '../../src/errors.js';
import { extractMoney } from '../../src/money/index.js';

describe('extractMoney options and input', () => {
  it('rejects a non-string with a typed error', () => {
    expect(() => extractMoney(42 as unknown as string)).toThrow(SinmunError);
  });

  it('returns nothing for empty text', () => {
    expect(extractMoney('')).toEqual([]);
  });

  it('looks only inside the given regions, with offsets into the whole text', () => {
    const text = '첫 문장은 1조원이다. 둘째 문장은 $5m 이다. 셋째는 300억 위안.';
    const second = text.indexOf('둘째');
    const found = extractMoney(text, { regions: [{ start: second, end: second + 15 }] });
    expect(found.map((m) => [m.text, m.start, m.amount])).toEqual([
      ['$5m', text.indexOf('$5m'), 5_000_000],
    ]);
  });

  it('uses lang only for ambiguous signs: ¥ is JPY unless the text or lang says China', () => {
    const text = 'The fund holds ¥300 billion.';
    expect(extractMoney(text)[0].currency).toBe('JPY');
    expect(extractMoney(text, { lang: 'zh' })[0].currency).toBe('CNY');
    // Both languages' forms are read whatever lang says.
    expect(extractMoney('투자액은 $2.3bn이다.', { lang: 'ko' })[0].amount).toBe(2_300_000_000);
    expect(extractMoney('It paid KRW 1.5 trillion and 3조원.', { lang: 'en' }).length).toBe(2);
  });

  it('keeps astral characters from shifting offsets', () => {
    const text = '😀 매출 1조원 😀 $3bn';
    for (const m of extractMoney(text)) expect(text.slice(m.start, m.end)).toBe(m.text);
    expect(extractMoney(text).length).toBe(2);
  });
});
