import { describe, expect, it } from 'vitest';
import { CodeFilter, WordSet } from '../../src/entities/shared/word-set.js';

describe('WordSet', () => {
  const set = new WordSet(new Set(['정부', '구단', 'AI', '社']));

  it('holds the words of its table, Hangul or not', () => {
    for (const w of ['정부', '구단', 'AI', '社']) expect(set.has(w)).toBe(true);
  });

  it('turns away words shaped like table words but not in it, and other words', () => {
    // `정단` starts as `정부` and ends as `구단` do: the quick test passes it, the table does not
    for (const w of ['정단', '부', '중앙정부', '정부는', '단', 'A', 'ai', ''])
      expect(set.has(w)).toBe(false);
    expect(set.mayHold('정단')).toBe(true);
    // longer than any table word; starting and ending otherwise
    expect(set.mayHold('중앙정부')).toBe(false);
    expect(set.mayHold('회사')).toBe(false);
  });

  it('reads the keys of a map', () => {
    const map = new WordSet(new Map([['경찰', 'Korean National Police Agency']]));
    expect(map.has('경찰')).toBe(true);
    expect(map.mayHold('경찰')).toBe(true);
    // ends in 찰 as 경찰 does, but starts otherwise
    expect(map.mayHold('검찰')).toBe(false);
    expect(map.has('검찰')).toBe(false);
  });
});

describe('CodeFilter', () => {
  it('answers yes for every code set, and no for codes of no slot set', () => {
    const f = new CodeFilter();
    for (const c of ['부', '단', 'I', '社']) f.set(c.charCodeAt(0));
    for (const c of ['부', '단', 'I', '社']) expect(f.has(c.charCodeAt(0))).toBe(true);
    // one bit per code modulo 1024: 사 shares no slot with the four
    expect(f.has('사'.charCodeAt(0))).toBe(false);
  });
});
