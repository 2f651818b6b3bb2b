import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/money/index.js';

const CORPUS = '/work/shared/corpus/ko-news-and-reviews.txt';
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping money corpus property test: ${CORPUS} is absent`);

describe.skipIf(!present)('money over the shared Korean corpus', () => {
  const lines = present ? readFileSync(CORPUS, 'utf8').split('\n') : [];

  it('keeps offsets true for every figure and equivalent, and never covers a %', () => {
    let figures = 0;
    for (const line of lines) {
      for (const m of extractMoney(line)) {
        figures++;
        expect(line.slice(m.start, m.end)).toBe(m.text);
        expect(m.text).not.toContain('%');
        expect(m.amount !== null || m.min !== null || m.max !== null).toBe(true);
        for (const e of m.equivalents) {
          expect(line.slice(e.start, e.end)).toBe(e.text);
          expect(e.text).not.toContain('%');
        }
      }
    }
    // The news part alone holds well over a hundred amounts (checked by eye when written).
    expect(figures).toBeGreaterThan(120);
  });

  it('keeps offsets into the full text when given regions', () => {
    const text = lines.slice(0, 800).join('\n');
    const half = Math.floor(text.length / 2);
    const whole = extractMoney(text);
    const parts = extractMoney(text, {
      regions: [
        { start: 0, end: half },
        { start: half, end: text.length },
      ],
    });
    for (const m of parts) expect(text.slice(m.start, m.end)).toBe(m.text);
    // Only a figure straddling the cut may differ.
    expect(Math.abs(parts.length - whole.length)).toBeLessThanOrEqual(1);
  });
});
