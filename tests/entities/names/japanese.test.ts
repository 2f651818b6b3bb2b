import { describe, expect, it } from 'vitest';
import { japaneseFromHangul } from '../../../src/entities/names/japanese.js';

describe('Japanese names from Korean transcription', () => {
  it.each([
    ['고토 겐지', 'Goto Kenji'], // 고 at a word's start is ko or go: listed
    ['마사요시 손', 'Masayoshi Son'], // the order as written
    ['기시다 후미오', 'Kishida Fumio'], // 후 is fu
    ['아베 신조', 'Abe Shinzo'], // 조 inside a word is zo
    ['이시바 시게루', 'Ishiba Shigeru'],
    ['고이즈미 준이치로', 'Koizumi Junichiro'],
    ['야나이 다다시', 'Yanai Tadashi'], // 다 is ta at the start, da inside
    ['이나모리 가즈오', 'Inamori Kazuo'],
    ['핫토리', 'Hattori'], // a final ㅅ doubles the next consonant
    ['오타니 쇼헤이', 'Otani Shohei'],
    ['미야자키 하야오', 'Miyazaki Hayao'],
    ['하쓰코', 'Hatsuko'],
  ])('%s → %s', (hangul, english) => {
    expect(japaneseFromHangul(hangul)).toBe(english);
  });

  it.each([
    ['손정의', '정 and 의 are not transcriptions of Japanese'],
    ['김재철', '김 ends in ㅁ'],
    ['이재용', '재 has ㅐ'],
    ['핫', 'a doubling ㅅ at the end'],
    ['고토 겐지 다로 하나', 'four words'],
  ])('%s stays null (%s)', (hangul) => {
    expect(japaneseFromHangul(hangul)).toBeNull();
  });
});
