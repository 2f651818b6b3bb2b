import { describe, expect, it } from 'vitest';
import { pinyinName } from '../../../src/entities/names/hanja.js';
import { mandarinFromHangul, transcribeSyllable } from '../../../src/entities/names/mandarin.js';

describe('Korean transcription of Mandarin (the official table)', () => {
  it.each([
    ['xi', '시'],
    ['jin', '진'],
    ['ping', '핑'],
    ['hong', '훙'],
    ['zhou', '저우'],
    ['jiu', '주'], // ㅈ drops the y-glide
    ['jian', '젠'],
    ['xian', '셴'], // ㅅ keeps it
    ['xue', '쉐'],
    ['shi', '스'],
    ['si', '쓰'],
    ['zi', '쯔'],
    ['cui', '추이'],
    ['wei', '웨이'],
    ['yuan', '위안'],
    ['juan', '쥐안'],
    ['jun', '쥔'],
    ['weng', '웡'],
    ['er', '얼'],
  ])('%s → %s', (pinyin, hangul) => {
    expect(transcribeSyllable(pinyin)).toBe(hangul);
  });
});

describe('Chinese names from Korean transcription', () => {
  it.each([
    ['리옌훙', 'Li Yanhong'],
    ['시진핑', 'Xi Jinping'],
    ['마윈', 'Ma Yun'],
    ['후진타오', 'Hu Jintao'],
    ['원자바오', 'Wen Jiabao'], // 자 is jia in names before zha
    ['마오쩌둥', 'Mao Zedong'],
    ['리커창', 'Li Keqiang'], // 창 is qiang (强) before chang
    ['런정페이', 'Ren Zhengfei'],
    ['레이쥔', 'Lei Jun'],
    ['량원펑', 'Liang Wenfeng'],
    ['펑리위안', 'Peng Liyuan'], // but the family name 펑 is Peng (彭)
    ['양즈린', 'Yang Zhilin'],
    ['어우양나나', 'Ouyang Nana'],
  ])('%s → %s', (hangul, english) => {
    expect(mandarinFromHangul(hangul)).toBe(english);
  });

  it.each([
    ['이재용', 'no Chinese family name'],
    ['김정일', 'no Chinese family name'],
    ['왕', 'a family name alone'],
    ['장재철', '재 and 철 are not Mandarin syllables'],
    ['리옌훙스쭈', 'more than two given syllables'],
  ])('%s stays null (%s)', (hangul) => {
    expect(mandarinFromHangul(hangul)).toBeNull();
  });
});

describe('Chinese names from Hanja', () => {
  it.each([
    ['李彦宏', 'Li Yanhong'],
    ['習近平', 'Xi Jinping'], // traditional forms
    ['习近平', 'Xi Jinping'],
    ['曾毓群', 'Zeng Yuqun'], // 曾 is zeng as a family name, ceng otherwise
    ['歐陽娜娜', 'Ouyang Nana'],
    ['薄熙來', 'Bo Xilai'],
    ['呂', null], // one character
  ])('%s → %s', (hanja, english) => {
    expect(pinyinName(hanja)).toBe(english);
  });
});
