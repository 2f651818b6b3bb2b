import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createMorphology, type Morphology } from '../../src/morph/index.js';
import type { Token } from '../../src/types.js';
import { CORPUS } from './helpers.js';

/** Every token covers its surface in the original text; tokens are ordered and disjoint. */
function checkOffsets(text: string, tokens: Token[]): string | null {
  let last = 0;
  for (const [i, t] of tokens.entries()) {
    if (text.slice(t.start, t.end) !== t.surface) return `token ${i} "${t.surface}" ≠ slice`;
    if (t.start < last || t.end <= t.start) return `token ${i} "${t.surface}" out of order`;
    if (/^\s/.test(t.surface) || /\s$/.test(t.surface)) return `token ${i} has white space`;
    last = t.end;
  }
  return null;
}

let m: Morphology;
const getM = async (): Promise<Morphology> => (m ??= await createMorphology());

describe('offsets', () => {
  it('hold for every token of the corpus, read as one string', async () => {
    const text = readFileSync(CORPUS, 'utf8');
    const tokens = (await getM()).tokenize(text);
    expect(tokens.length).toBeGreaterThan(300_000);
    expect(checkOffsets(text, tokens)).toBeNull();
  });

  it('count astral characters as two UTF-16 units', async () => {
    const text = '😀가나 𠀀다 🇰🇷 한국';
    const tokens = (await getM()).tokenize(text);
    expect(checkOffsets(text, tokens)).toBeNull();
    expect(tokens[0]).toMatchObject({ surface: '😀', start: 0, end: 2, pos: 'SY', unknown: true });
    expect(tokens.find((t) => t.surface === '한국')).toMatchObject({ start: 14, end: 16 });
  });

  it('treat \\r\\n, \\r and \\n as line breaks and keep offsets into the original', async () => {
    const lf = '첫 줄이다\n둘째 줄이다\n\n셋째';
    const mixed = '첫 줄이다\r\n둘째 줄이다\r\r\n셋째';
    const a = (await getM()).tokenize(lf);
    const b = (await getM()).tokenize(mixed);
    expect(checkOffsets(mixed, b)).toBeNull();
    expect(b.map((t) => t.surface)).toEqual(a.map((t) => t.surface));
    expect(b.at(-1)).toMatchObject({ surface: '셋째', start: mixed.length - 2, end: mixed.length });
  });

  it('analyse a line of 60,000 characters whole, like MeCab', async () => {
    const sentence = '정부는 오늘 새로운 인공지능 정책을 발표했다. ';
    const text = sentence.repeat(Math.ceil(60_000 / sentence.length));
    const tokens = (await getM()).tokenize(text);
    expect(checkOffsets(text, tokens)).toBeNull();
    const one = (await getM()).tokenize(sentence);
    expect(tokens.length).toBe(one.length * Math.ceil(60_000 / sentence.length));
  });

  it('never turn white space into tokens and accept empty input', async () => {
    expect((await getM()).tokenize('')).toEqual([]);
    expect((await getM()).tokenize(' \t \n\r\n  ')).toEqual([]);
    const text = '  앞에 공백\t탭  ';
    expect(checkOffsets(text, (await getM()).tokenize(text))).toBeNull();
  });

  it('map lone surrogates to one unit', async () => {
    const text = 'a\ud800b가';
    const tokens = (await getM()).tokenize(text);
    expect(checkOffsets(text, tokens)).toBeNull();
    expect(tokens.map((t) => t.surface).join('')).toBe(text);
  });
});
