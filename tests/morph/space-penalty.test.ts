import { describe, expect, it } from 'vitest';
import { createMorphology } from '../../src/morph/index.js';

const tags = (tokens: { surface: string; pos: string }[]): string =>
  tokens.map((t) => `${t.surface}/${t.pos}`).join(' ');

describe("mecab-ko's left-space penalty", () => {
  it('is on by default: a particle right after a space costs more', async () => {
    const text = '최근 이 같은 단속으로 80명이 구속됐다.';
    const on = await createMorphology();
    const off = await createMorphology({ spacePenalty: false });
    // Without the penalty, `이` after a space is read as the subject particle (what Debian's
    // MeCab prints); with it, as the determiner.
    expect(tags(off.tokenize(text))).toContain('최근/NNG 이/JKS 같/VA');
    expect(tags(on.tokenize(text))).toContain('최근/NNG 이/MM 같/VA');
  });

  it('leaves text without spaces before particles alone', async () => {
    const text = '정부는 새로운 정책을 발표했다.';
    const on = await createMorphology();
    const off = await createMorphology({ spacePenalty: false });
    expect(tags(on.tokenize(text))).toBe(tags(off.tokenize(text)));
  });
});
