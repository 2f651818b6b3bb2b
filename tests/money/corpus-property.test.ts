import { fileURLToPath } from 'node:url';
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractMoney } from '../../src/money/index.js';
import type { ArticleRecord, Money } from '../../src/types.js';
import { Ajv2020 } from 'ajv/dist/2020.js';

// Compiled here without ajv's strict mode: strict mode judges how the schema is written (it
// currently rejects it), not whether a record conforms.
const validateRecord = new Ajv2020({ allErrors: true, strict: false }).compile(
  JSON.parse(
    readFileSync(new URL('../../schema/article-record.schema.json', import.meta.url), 'utf8'),
  ) as object,
);

/** The figures of one line inside a minimal record, for the contract's JSON Schema. */
function recordOf(text: string, money: Money[]): ArticleRecord {
  return {
    id: 'line',
    lang: 'ko',
    text,
    title: null,
    byline: { reporter: null, email: null, publisher: null },
    sentences: [],
    entities: [],
    dates: [],
    money,
    warnings: [],
  };
}

const CORPUS = fileURLToPath(
  new URL('../../../shared/corpus/ko-news-and-reviews.txt', import.meta.url),
);
const present = existsSync(CORPUS);
if (!present) console.warn(`skipping money corpus property test: ${CORPUS} is absent`);

describe.skipIf(!present)('money over the shared Korean corpus', () => {
  const lines = present ? readFileSync(CORPUS, 'utf8').split('\n') : [];

  it('keeps offsets true for every figure and equivalent, and never covers a %', () => {
    let figures = 0;
    for (const line of lines) {
      const money = extractMoney(line);
      if (money.length > 0) {
        expect(validateRecord(recordOf(line, money)), JSON.stringify(validateRecord.errors)).toBe(
          true,
        );
      }
      for (const m of money) {
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

  it('has a schema check that can fail (a lower-case currency is rejected)', () => {
    const [m] = extractMoney('매출 1조원');
    expect(validateRecord(recordOf('매출 1조원', [m]))).toBe(true);
    expect(validateRecord(recordOf('매출 1조원', [{ ...m, currency: 'krw' }]))).toBe(false);
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
