import { describe, expect, it } from 'vitest';
import { extractDates } from '../../src/dates/index.js';
import { type DateCase, type Expected, REFERENCE } from './cases.js';
import { EN_CASES } from './corpus.en.js';
import { KO_CASES } from './corpus.ko.js';

function check(c: DateCase): void {
  const found = extractDates(c.input, { reference: c.ref === undefined ? REFERENCE : c.ref });
  for (const d of found) expect(c.input.slice(d.start, d.end)).toBe(d.text);
  const got: Expected[] = found.map((d) => {
    const flags = `${d.relative ? 'r' : ''}${d.approximate ? 'a' : ''}` as Expected[3] | '';
    return flags ? [d.text, d.value, d.grain, flags] : [d.text, d.value, d.grain];
  });
  expect(got).toEqual(c.expect);
}

const label = (c: DateCase) => `${c.input}${c.ref === undefined ? '' : ` @${c.ref}`}`;

describe('Korean dates corpus', () => {
  it.each(KO_CASES.map((c) => [label(c), c] as const))('%s', (_l, c) => check(c));
});

describe('English dates corpus', () => {
  it.each(EN_CASES.map((c) => [label(c), c] as const))('%s', (_l, c) => check(c));
});

it('the corpora hold at least 150 hand-written cases, not-dates among them', () => {
  const all = [...KO_CASES, ...EN_CASES];
  expect(all.length).toBeGreaterThanOrEqual(150);
  expect(all.filter((c) => c.expect.length === 0).length).toBeGreaterThanOrEqual(25);
});
