import { describe, expect, it } from 'vitest';
import { parseEnglishNumber } from '../../src/money/english-numbers.js';
import { lastPlace, parseDecimal, toDecimalString, toNumber } from '../../src/money/exact.js';
import { parseKoreanNumber } from '../../src/money/korean-numbers.js';

/** Korean numbers → exact decimal value, written by hand; null: not a number there. */
const KOREAN: [string, string | null][] = [
  ['14조 4000억', '14400000000000'],
  ['1조2000억', '1200000000000'],
  ['4조5천600억', '4560000000000'],
  ['3억5천만', '350000000'],
  ['16만9천10', '169010'],
  ['1.5조', '1500000000000'],
  ['2.3억', '230000000'],
  ['0.7만', '7000'],
  ['삼천만', '30000000'],
  ['일억', '100000000'],
  ['이십오만', '250000'],
  ['천만', '10000000'],
  ['5천', '5000'],
  ['1경', '10000000000000000'],
  ['1,000억', '100000000000'],
  ['30억6천 만', '3060000000'],
  ['100여억', '10000000000'],
  ['7천 5백만', '75000000'],
  ['1만 2천 345', '12345'],
  ['8백 10만', '8100000'],
  ['1천 1백 70만', '11700000'],
  ['1백억 5천만', '10050000000'],
  ['천 4백만', '14000000'],
  ['일점이삼', '1.23'],
  ['이천칠백삼십오만', '27350000'],
  ['수', null],
  ['수원', null],
];

describe('Korean numbers', () => {
  it.each(KOREAN)('%s → %s', (input, expected) => {
    const r = parseKoreanNumber(input, 0, input.length);
    if (expected === null) {
      expect(r).toBeNull();
      return;
    }
    expect(r).not.toBeNull();
    expect(toDecimalString(r!.value)).toBe(expected);
    expect(r!.end).toBe(input.length);
  });

  it('reads 수십억 as a vague band [10억, 100억)', () => {
    const r = parseKoreanNumber('수십억', 0, 3)!;
    expect([toDecimalString(r.value), toDecimalString(r.vagueMax!)]).toEqual([
      '1000000000',
      '10000000000',
    ]);
  });

  it('keeps the multiplier of the first literal for ranges (5천만 → 10^7)', () => {
    expect(toDecimalString(parseKoreanNumber('5천만', 0, 3)!.lead)).toBe('10000000');
    expect(toDecimalString(parseKoreanNumber('247억', 0, 4)!.lead)).toBe('100000000');
  });

  it('returns a lone Hangul numeral as such, for the grammar to judge by its currency', () => {
    for (const w of ['사', '구', '만']) {
      const r = parseKoreanNumber(w, 0, 1)!;
      expect([r.hangulOnly, r.end]).toEqual([true, 1]);
    }
  });

  it('does not read 이상 after a group as a continuation', () => {
    const r = parseKoreanNumber('5억 이상', 0, 6)!;
    expect(r.end).toBe(2);
  });
});

/** English numbers → exact decimal value, written by hand. */
const ENGLISH: [string, string][] = [
  ['1.2 billion', '1200000000'],
  ['300m', '300000000'],
  ['2.3bn', '2300000000'],
  ['1.5 trillion', '1500000000000'],
  ['85k', '85000'],
  ['500 crore', '5000000000'],
  ['2 lakh', '200000'],
  ['22-point-eight trillion', '22800000000000'],
  ['two billion', '2000000000'],
  ['twenty-five million', '25000000'],
  ['one hundred and twenty thousand', '120000'],
  ['a billion', '1000000000'],
  ['1,234.56', '1234.56'],
  ['0.1', '0.1'],
];

describe('English numbers', () => {
  it.each(ENGLISH)('%s → %s', (input, expected) => {
    const r = parseEnglishNumber(input, 0, input.length);
    expect(r).not.toBeNull();
    expect(toDecimalString(r!.value)).toBe(expected);
    expect(r!.end).toBe(input.length);
  });
});

describe('exact arithmetic', () => {
  it('converts once, without binary float error', () => {
    // Floating point would give 2.3 * 1e8 = 229999999.99999997.
    expect(toNumber(parseKoreanNumber('2.3억', 0, 4)!.value)).toBe(230000000);
    expect(toNumber(parseKoreanNumber('0.3만', 0, 4)!.value)).toBe(3000);
    expect(toNumber(parseDecimal('0.1'))).toBe(0.1);
    expect(toNumber(parseEnglishNumber('1.1 billion', 0, 11)!.value)).toBe(1100000000);
  });

  it('finds the band width from the last non-zero digit', () => {
    expect(toDecimalString(lastPlace(parseDecimal('230000000000')))).toBe('10000000000');
    expect(toDecimalString(lastPlace(parseDecimal('2.5')))).toBe('0.1');
  });
});
