import { describe, expect, it } from 'vitest';
import { personCanonical } from '../../../src/entities/names/index.js';
import { originCues } from '../../../src/entities/names/origin.js';
import type { Entity } from '../../../src/types.js';

/** A person entity named `name` (and `aliases`) at every place it is written in `text`. */
function person(text: string, name: string, aliases: string[] = []): Entity {
  const mentions = [];
  for (const form of [name, ...aliases]) {
    for (let i = text.indexOf(form); i >= 0; i = text.indexOf(form, i + form.length)) {
      mentions.push({ text: form, start: i, end: i + form.length });
    }
  }
  return { name, canonical: null, type: 'person', id: null, aliases, mentions };
}

describe('origin from the sentence', () => {
  it.each([
    // Chinese context: a Chinese company, place or the country
    ['중국 알리바바의 마윈 회장은 은퇴를 선언했다.', '마윈', 'Ma Yun'],
    ['바이두의 리옌훙 회장이 신형 모델을 공개했다.', '리옌훙', 'Li Yanhong'],
    ['베이징에서 장이머우 감독이 새 영화를 발표했다.', '장이머우', 'Zhang Yimou'],
    // a Korean name in a sentence about China is still Korean
    ['이재용 삼성전자 회장이 중국 시안 공장을 찾았다.', '이재용', 'Lee Jae-yong'],
    // Japanese context
    ['기시다 후미오 일본 총리는 기자회견을 열었다.', '기시다 후미오', 'Kishida Fumio'],
    ['오노 일본 외무상이 방한했다.', '오노', 'Ono'], // listed Japanese family name
    ['윤병세 외교장관의 일본 방문이 취소됐다.', '윤병세', 'Yoon Byung-se'],
    // no context: Korean names only
    ['최도윤 대표는 투자 유치를 밝혔다.', '최도윤', 'Choi Do-yoon'],
  ])('%s — %s → %s', (text, name, english) => {
    expect(personCanonical(person(text, name), text)).toBe(english);
  });

  it.each([
    [
      '리옌훙 회장이 신형 모델을 공개했다.',
      '리옌훙',
      'a Chinese transcription without Chinese context',
    ],
    ['대만 TSMC의 웨이저자 회장이 말했다.', '웨이저자', 'Taiwan: not pinyin'],
    ['홍콩 배우 양조위가 결혼했다.', '양조위', 'Hong Kong: a Korean reading of a Cantonese name'],
    ['일본 소프트뱅크 손정의 회장이 방한했다.', '손정의', 'a Korean reading of a Japanese name'],
    ['김씨는 혐의를 부인했다.', '김', 'a family name alone'],
    [
      '기시다 후미오 총리는 기자회견을 열었다.',
      '기시다 후미오',
      'Japanese without Japanese context',
    ],
    ['일본인 멤버와 로빈 데이아나(프랑스)가 나왔다.', '데이아나', 'another country in parentheses'],
    ['일본 방송에 수잔 샤키아가 나왔다.', '수잔 샤키아', '수 is no transcription of Japanese'],
  ])('%s — %s stays null (%s)', (text, name) => {
    expect(personCanonical(person(text, name), text)).toBeNull();
  });
});

describe('Hanja beside the name', () => {
  it('reads a Chinese name from its Hanja when the Hangul transcribes it', () => {
    const text = '리옌훙(李彦宏) 회장이 말했다.';
    expect(personCanonical(person(text, '리옌훙', ['李彦宏']), text)).toBe('Li Yanhong');
  });

  it('keeps a Korean name Korean when its Hanja is given', () => {
    const text = '민주당 이재명(李在明) 대표가 말했다.';
    expect(personCanonical(person(text, '이재명', ['李在明']), text)).toBe('Lee Jae-myung');
  });

  it('reads Hanja alone only when the sentence is about China', () => {
    const about = '중국 검색업체 李彦宏 회장이 말했다.';
    const bare = '李彦宏 회장이 말했다.';
    expect(personCanonical(person(about, '李彦宏'), about)).toBe('Li Yanhong');
    expect(personCanonical(person(bare, '李彦宏'), bare)).toBeNull();
  });
});

describe("origin cues of a person's sentences", () => {
  const at = (text: string, form: string) => {
    const start = text.indexOf(form);
    return [{ start, end: start + form.length }];
  };

  it('gives each person the cues of their own sentences', () => {
    const text = '중국 알리바바의 마윈 회장이 말했다. 최도윤 대표는 투자 유치를 밝혔다.';
    expect(originCues(text, at(text, '마윈')).china).toBe(true);
    expect(originCues(text, at(text, '최도윤')).china).toBe(false);
    // a second mention in a sentence about China is enough
    const both = [...at(text, '최도윤'), ...at(text, '마윈')];
    expect(
      originCues(
        text,
        both.sort((a, b) => a.start - b.start),
      ).china,
    ).toBe(true);
  });

  it('reads 中 and 日 alone as the countries, not inside Hanja words or after digits', () => {
    const alone = '日 정부의 기시다 총리가 말했다.';
    expect(originCues(alone, at(alone, '기시다')).japan).toBe(true);
    const date = '3日 기시다 총리가 말했다.';
    expect(originCues(date, at(date, '기시다')).japan).toBe(false);
    const word = '日曜 기시다 총리가 말했다.';
    expect(originCues(word, at(word, '기시다')).japan).toBe(false);
  });

  it('takes a Japanese affiliation only right before the name', () => {
    const near = '일본 소프트뱅크 손정의 회장이 방한했다.';
    expect(originCues(near, at(near, '손정의')).japaneseAffiliation).toBe(true);
    const far = '소프트뱅크 투자를 받은 한국 회사의 손정의 회장이 방한했다.';
    const cues = originCues(far, at(far, '손정의'));
    expect(cues.japaneseAffiliation).toBe(false);
    expect(cues.japan).toBe(true);
  });
});
