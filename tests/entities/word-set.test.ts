import { describe, expect, it } from 'vitest';
import { WordSet } from '../../src/entities/shared/word-set.js';

describe('WordSet', () => {
  const set = new WordSet(new Set(['정부', '구단', 'AI', '社']));

  it('holds the words of its table, Hangul or not', () => {
    for (const w of ['정부', '구단', 'AI', '社']) expect(set.has(w)).toBe(true);
  });

  it('turns away words ending like a table word but not in it, and other words', () => {
    // `부` and `중앙정부` end in 부 as `정부` does: the quick test passes them, the table does not
    for (const w of ['부', '중앙정부', '정부는', '단', 'A', 'ai', ''])
      expect(set.has(w)).toBe(false);
    expect(set.mayHold('중앙정부')).toBe(true);
    expect(set.mayHold('회사')).toBe(false);
  });

  it('reads the keys of a map', () => {
    const map = new WordSet(new Map([['경찰', 'Korean National Police Agency']]));
    expect(map.has('경찰')).toBe(true);
    expect(map.mayHold('검찰')).toBe(true); // ends in 찰 as 경찰 does
    expect(map.has('검찰')).toBe(false);
    expect(map.mayHold('검사')).toBe(false);
  });
});
