/**
 * compromise is given at most a few thousand characters at once (src/english/compromise.ts): a
 * long English region is read in pieces of whole sentences, and reads the same as its sentences
 * do on their own.
 */
import { describe, expect, it } from 'vitest';
import { readWithCompromise } from '../../src/english/compromise.js';

const PARAGRAPH =
  'Samsung Electronics said on Tuesday it would invest $1.5 billion in a new chip plant in Texas, ' +
  'according to Lee Jae-yong, its chairman. Microsoft and the Bank of Korea declined to comment. ';

describe('compromise on a long region', () => {
  it('finds in each copy of a paragraph what it finds in the paragraph alone', () => {
    const one = readWithCompromise(PARAGRAPH, { start: 0, end: PARAGRAPH.length }).names;
    // Read by hand: at least the person and the place (compromise's own reading; the entity
    // rules complete `Samsung Electronics` later).
    expect(one.map((n) => n.text)).toEqual(expect.arrayContaining(['Lee Jae-yong', 'Texas']));
    const copies = 200; // about 38,000 characters: read in ten pieces
    const text = PARAGRAPH.repeat(copies);
    const all = readWithCompromise(text, { start: 0, end: text.length }).names;
    const expected = [];
    for (let k = 0; k < copies; k++) {
      for (const n of one) {
        const shift = k * PARAGRAPH.length;
        expected.push({ ...n, start: n.start + shift, end: n.end + shift });
      }
    }
    expect(all).toEqual(expected);
  });

  it('cuts a sentence longer than a piece at a space, keeping offsets true', () => {
    const text = 'Samsung Apple Google Microsoft Lee '.repeat(500);
    const names = readWithCompromise(text, { start: 0, end: text.length }).names;
    expect(names.length).toBeGreaterThan(100);
    for (const n of names) expect(text.slice(n.start, n.end)).toBe(n.text);
  });
});
