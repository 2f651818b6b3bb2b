import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createMorphology, formatMecab } from '../../src/morph/index.js';
import { CORPUS, MECAB, NO_MECAB, runMecab, writeReferenceMecabrc } from './helpers.js';

const GOLDEN = path.join(__dirname, '..', 'golden');

/** Output split per input line (each ends with EOS), with the first mismatches described. */
function compare(ours: string, reference: string): { same: number; total: number; report: string } {
  const a = ours.split('EOS\n');
  const b = reference.split('EOS\n');
  const total = Math.max(a.length, b.length) - 1;
  let same = 0;
  const mismatches: string[] = [];
  for (let i = 0; i < total; i++) {
    if (a[i] === b[i]) same++;
    else if (mismatches.length < 5)
      mismatches.push(`line ${i + 1}:\nours:\n${a[i]}\nMeCab:\n${b[i]}`);
  }
  return { same, total, report: mismatches.join('\n') };
}

describe('parity with MeCab 0.996 (space penalty off)', () => {
  it('reproduces the committed golden sample byte for byte', async () => {
    const text = readFileSync(path.join(GOLDEN, 'ko-sample.txt'), 'utf8');
    const reference = readFileSync(path.join(GOLDEN, 'ko-sample.mecab.txt'), 'utf8');
    const m = await createMorphology({ spacePenalty: false });
    const { same, total, report } = compare(formatMecab(text, m.tokenize(text)), reference);
    expect(total).toBe(302);
    expect(report).toBe('');
    expect(same).toBe(total);
  });

  it.skipIf(!MECAB)(
    `matches MeCab on every line of the corpus${MECAB ? '' : ` — ${NO_MECAB}`}`,
    async () => {
      const text = readFileSync(CORPUS, 'utf8');
      const mecabrc = writeReferenceMecabrc(mkdtempSync(path.join(os.tmpdir(), 'sinmun-parity-')));
      const reference = runMecab(mecabrc, text);
      const m = await createMorphology({ spacePenalty: false });
      const { same, total, report } = compare(formatMecab(text, m.tokenize(text)), reference);
      expect(total).toBe(15085);
      expect(report).toBe('');
      expect(same).toBe(total);
    },
  );

  it.skipIf(!MECAB)(
    'matches MeCab on unknown-word runs, spaces, symbols and astral characters',
    async () => {
      const lines = [
        'a'.repeat(24),
        'a'.repeat(25),
        'a'.repeat(26),
        'ABC123def４５６ＸＹＺ',
        '漢字漢字한자 カタカナ ひらがな Ελληνικά Кириллица',
        '😀😀 가😀나 𠀀𠀁 text😀',
        '   앞뒤 공백   ',
        '\t탭\t구분\t',
        '…!?“인용”‘작은’ (괄호) [대괄호] {중괄호} <꺾쇠> ㈜회사 ㎏ ℃',
        '1,234,567원 3.14% 2024-05-01 10:30',
        'ㄱㄴㄷ ㅏㅑ 가각갂',
        '１２３ 一二三 Ⅳ ½',
      ];
      const text = lines.join('\n') + '\n';
      const mecabrc = writeReferenceMecabrc(mkdtempSync(path.join(os.tmpdir(), 'sinmun-parity-')));
      const m = await createMorphology({ spacePenalty: false });
      const { report } = compare(formatMecab(text, m.tokenize(text)), runMecab(mecabrc, text));
      expect(report).toBe('');
    },
  );
});
