import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/money/index.js';
import type { Money } from '../../src/types.js';
import { type Case, full } from './cases.js';
import { EN_CASES } from './corpus.en.js';
import { KO_CASES } from './corpus.ko.js';
import { NOT_MONEY } from './not-money.js';
import { ZH_CASES } from './corpus.zh.js';

function withoutOffsets(x: Money): Record<string, unknown> {
  const { start: _s, end: _e, equivalents, ...rest } = x;
  return {
    ...rest,
    equivalents: equivalents.map(({ start: _a, end: _b, ...e }) => e),
  };
}

function check(c: Case): void {
  const found = extractMoney(c.input, c.lang ? { lang: c.lang } : {});
  for (const f of found) {
    expect(c.input.slice(f.start, f.end)).toBe(f.text);
    for (const e of f.equivalents) expect(c.input.slice(e.start, e.end)).toBe(e.text);
  }
  expect(found.map(withoutOffsets)).toEqual(c.expect.map(full));
}

describe('Korean money corpus', () => {
  it.each(KO_CASES.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});

describe('English money corpus', () => {
  it.each(EN_CASES.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});

describe('Chinese money corpus', () => {
  it.each(ZH_CASES.map((c) => [c.about, c] as const))('%s', (_about, c) => check(c));
});

describe('not money', () => {
  it.each(NOT_MONEY.map((c) => [c.about, c] as const))('%s', (_about, c) => {
    expect(extractMoney(c.input)).toEqual([]);
  });
});
