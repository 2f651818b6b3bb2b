import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/money/index.js';

const FIXTURE = fileURLToPath(
  new URL('../../fixtures/etnews-china-genai-column.txt', import.meta.url),
);

describe('reference fixture: etnews China generative-AI column', () => {
  const text = readFileSync(FIXTURE, 'utf8');
  const money = extractMoney(text);

  it('finds exactly the four figures, in reading order, with their equivalents', () => {
    const summary = money.map((m) => ({
      text: m.text,
      amount: m.amount,
      currency: m.currency,
      min: m.min,
      max: m.max,
      approximate: m.approximate,
      qualifiers: m.qualifiers,
      per: m.per,
      equivalents: m.equivalents.map((e) => [e.text, e.amount, e.currency]),
    }));
    const plain = { min: null, max: null, approximate: false, qualifiers: [], per: null };
    expect(summary).toEqual([
      {
        text: '50억 위안',
        amount: 5e9,
        currency: 'CNY',
        ...plain,
        equivalents: [['9000억원', 9e11, 'KRW']],
      },
      {
        text: '800억 위안',
        amount: 8e10,
        currency: 'CNY',
        ...plain,
        equivalents: [['14조 4000억원', 1.44e13, 'KRW']],
      },
      {
        text: '1700억 위안',
        amount: 1.7e11,
        currency: 'CNY',
        ...plain,
        equivalents: [['30조 6000억원', 3.06e13, 'KRW']],
      },
      {
        text: '10억 달러',
        amount: 1e9,
        currency: 'USD',
        ...plain,
        min: 1e9,
        qualifiers: ['이상'],
        equivalents: [],
      },
    ]);
  });

  it('keeps every span, equivalents included, true to the text', () => {
    for (const m of money) {
      expect(text.slice(m.start, m.end)).toBe(m.text);
      for (const e of m.equivalents) expect(text.slice(e.start, e.end)).toBe(e.text);
    }
  });

  it('takes nothing from percentages, counts, years or 조단위', () => {
    const covered = (s: string) => {
      const at = text.indexOf(s);
      expect(at).toBeGreaterThanOrEqual(0);
      return money.some((m) => m.start < at + s.length && at < m.end);
    };
    for (const s of ['300%', '20.4%', '25만건', '수백억~1000억 개', '조단위', '2025년', '2021년']) {
      expect(covered(s), s).toBe(false);
    }
  });
});
