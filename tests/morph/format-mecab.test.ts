import { describe, expect, it } from 'vitest';
import { createMorphology, formatMecab } from '../../src/morph/index.js';
import type { Token } from '../../src/types.js';

const tok = (surface: string, start: number, pos: string, rest = '*,*,*,*,*,*,*'): Token => ({
  surface,
  start,
  end: start + surface.length,
  pos,
  features: rest.split(','),
  unknown: false,
});

describe('formatMecab', () => {
  it('prints surface TAB features and EOS after each input line', () => {
    const text = '가 나\n\n다';
    const tokens = [tok('가', 0, 'NNG', '*,F,가,*,*,*,*'), tok('나', 2, 'NP'), tok('다', 5, 'EF')];
    expect(formatMecab(text, tokens)).toBe(
      '가\tNNG,*,F,가,*,*,*,*\n나\tNP,*,*,*,*,*,*,*\nEOS\nEOS\n다\tEF,*,*,*,*,*,*,*\nEOS\n',
    );
  });

  it('does not count a final line break as another line, like MeCab', () => {
    expect(formatMecab('a\n', [tok('a', 0, 'SL')])).toBe('a\tSL,*,*,*,*,*,*,*\nEOS\n');
    expect(formatMecab('', [])).toBe('');
    expect(formatMecab('\r\n\r', [])).toBe('EOS\nEOS\n');
  });

  it('round-trips the engine on Inflect features', async () => {
    const m = await createMorphology();
    const text = '발표했다';
    expect(formatMecab(text, m.tokenize(text))).toBe(
      '발표\tNNG,행위,F,발표,*,*,*,*\n했\tXSV+EP,*,T,했,Inflect,XSV,EP,하/XSV/*+았/EP/*\n' +
        '다\tEC,*,F,다,*,*,*,*\nEOS\n',
    );
  });
});
