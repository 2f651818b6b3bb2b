/**
 * Hostile and odd inputs (issue 13): every generator at 64k characters, where the quadratic
 * stages took minutes before (a digit line: over 30 s in money alone at 32k), so a regression
 * runs into the test timeout. No timing is asserted; `npm run bench:hostile` measures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  createAnalyzer,
  extractMoney,
  type Analyzer,
  type ArticleRecord,
} from '../../src/index.js';
import { corpusLines, hasCorpus, NEWS_LINES, skipMessage } from '../helpers/corpus.js';
import { schemaErrors } from '../helpers/schema.js';
import { badSpans } from '../helpers/spans.js';
import { HOSTILE_GENERATORS, oneLine } from './generators.js';

const SIZE = 64_000;

let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
});
afterAll(() => analyzer.close());

/** Spans of one kind in reading order, none overlapping the one before. */
function ordered(spans: ReadonlyArray<{ start: number; end: number }>): boolean {
  return spans.every((s, i) => i === 0 || s.start >= spans[i - 1].end);
}

function checkRecord(r: ArticleRecord, text: string): void {
  expect(schemaErrors(r)).toBe('');
  expect(badSpans(r, text)).toEqual([]);
  expect(ordered(r.sentences)).toBe(true);
  expect(ordered(r.tokens ?? [])).toBe(true);
  for (const m of r.money) {
    expect(m.amount === null || Number.isFinite(m.amount)).toBe(true);
    expect(m.currency).toMatch(/^[A-Z]{3}$/);
  }
  for (const e of r.entities) expect(e.name.trim()).not.toBe('');
}

describe('every hostile generator, 64k characters', () => {
  for (const gen of HOSTILE_GENERATORS) {
    it(`${gen.name}: completes with true spans and a valid record`, () => {
      const text = gen.make(SIZE);
      expect(text.length).toBe(SIZE);
      const r = analyzer.analyze(text, { tokens: true });
      checkRecord(r, text);
    });
  }
});

const make = (name: string) => HOSTILE_GENERATORS.find((g) => g.name === name)!.make(SIZE);

describe('what hostile text holds (read by hand)', () => {
  it('a line of digits is no money and one number token per MeCab grouping', () => {
    const text = make('digits');
    expect(extractMoney(text)).toEqual([]);
    const tokens = analyzer.tokenize(text);
    // MeCab groups a run of one type only up to 24 characters; longer runs come out in pieces,
    // which still cover the line with nothing left out.
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
    expect(tokens.every((t) => t.pos === 'SN')).toBe(true);
  });

  it('`1억원(2억원(…`: every figure is its own amount in won, none an equivalent', () => {
    const text = make('1억원(2억원(…');
    const money = extractMoney(text);
    // Each `N억원(` is 5 characters; the last may be cut off.
    expect(money.length).toBeGreaterThanOrEqual(Math.floor(SIZE / 5) - 1);
    expect(money.slice(0, 3).map((m) => [m.text, m.amount, m.currency])).toEqual([
      ['2억원', 200_000_000, 'KRW'],
      ['3억원', 300_000_000, 'KRW'],
      ['4억원', 400_000_000, 'KRW'],
    ]);
    expect(money.every((m) => m.equivalents.length === 0)).toBe(true);
  });

  it('`$1 billion ($1 billion (…`: a billion dollars each time', () => {
    const text = make('$1 billion ($2 billion (…');
    const money = extractMoney(text, { lang: 'en' });
    expect(money.length).toBeGreaterThan(1000);
    expect(money[0]).toMatchObject({ text: '$1 billion', amount: 1e9, currency: 'USD' });
    // The text is cut anywhere: the last figure may have lost its `billion`.
    const whole = money.slice(0, -1);
    expect(whole.every((m) => m.amount === 1e9 && m.currency === 'USD')).toBe(true);
  });

  it('number words without a currency are no money', () => {
    for (const name of ['million million', 'one two three', '억억억', '일이삼사']) {
      expect(extractMoney(make(name))).toEqual([]);
    }
  });

  it('unspaced Hangul, Hanja and Katakana are covered by tokens end to end', () => {
    for (const name of ['unspaced Hangul', 'Hanja run', 'Katakana run', 'one char 가가가']) {
      const text = make(name);
      expect(
        analyzer
          .tokenize(text)
          .map((t) => t.surface)
          .join(''),
      ).toBe(text);
    }
  });

  it('many short lines: the first is the headline, each other one a sentence', () => {
    const r = analyzer.analyze(make('many short lines'));
    expect(r.title?.text).toBe('가');
    expect(r.sentences.length).toBe(SIZE / 2 - 1);
  });
});

describe.skipIf(!hasCorpus)(
  `normal news as one huge line${hasCorpus ? '' : ` — ${skipMessage()}`}`,
  () => {
    it('is analysed whole with true spans', () => {
      const text = oneLine(corpusLines().slice(0, NEWS_LINES), 128_000);
      const r = analyzer.analyze(text, { tokens: true });
      checkRecord(r, text);
      expect(r.lang).toBe('ko');
      expect(r.sentences.length).toBeGreaterThan(500);
      expect(r.money.length).toBeGreaterThan(10);
    });
  },
);
