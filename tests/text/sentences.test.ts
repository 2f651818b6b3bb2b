import { describe, expect, it } from 'vitest';
import { splitSentences } from '../../src/text/sentences.js';

const split = (t: string) => splitSentences(t).map((s) => t.slice(s.start, s.end));

describe('Korean sentences', () => {
  it.each([
    [
      '다. ends a sentence',
      '시장이 커졌다. 경쟁도 치열하다.',
      ['시장이 커졌다.', '경쟁도 치열하다.'],
    ],
    [
      '요. and questions',
      '정말 그런가요? 네, 맞아요. 좋습니다!',
      ['정말 그런가요?', '네, 맞아요.', '좋습니다!'],
    ],
    [
      'decimals are not boundaries',
      '비율은 20.4%였다. 올해는 50.7%다.',
      ['비율은 20.4%였다.', '올해는 50.7%다.'],
    ],
    [
      'names with dots are not boundaries',
      '01.AI는 유니콘이 됐다. etnews.com에 실렸다.',
      ['01.AI는 유니콘이 됐다.', 'etnews.com에 실렸다.'],
    ],
    [
      'a quote that runs on is one sentence',
      '그는 "좋은 결과다."라고 말했다. 이어 "계속 투자하겠다"고 덧붙였다.',
      ['그는 "좋은 결과다."라고 말했다.', '이어 "계속 투자하겠다"고 덧붙였다.'],
    ],
    [
      'closing quotes belong to the sentence',
      '그는 말했다. “정말 좋다.” 다음 문장.',
      ['그는 말했다.', '“정말 좋다.”', '다음 문장.'],
    ],
    ['line breaks split', '제목 없는 줄\n다음 줄이다.', ['제목 없는 줄', '다음 줄이다.']],
    [
      'ellipsis joined to a word is not a boundary',
      '카카오페이...오프라인 결제 확대',
      ['카카오페이...오프라인 결제 확대'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('English sentences', () => {
  it.each([
    [
      'abbreviations',
      'Mr. Kim met Dr. Lee in the U.S. on Monday. They agreed.',
      ['Mr. Kim met Dr. Lee in the U.S. on Monday.', 'They agreed.'],
    ],
    [
      'initials',
      'J. Smith of Acme Inc. said sales rose 2.5%. Shares fell.',
      ['J. Smith of Acme Inc. said sales rose 2.5%.', 'Shares fell.'],
    ],
    [
      'quotes',
      '"We are ready," she said. "Are you?" he asked.',
      ['"We are ready," she said.', '"Are you?" he asked.'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(split(text)).toEqual(expected);
  });
});

describe('spans', () => {
  it('are trimmed and relative to the whole text', () => {
    const text = 'xx  첫 문장이다.  둘째 문장이다.  yy';
    const spans = splitSentences(text, 2, text.length - 2);
    expect(spans.map((s) => text.slice(s.start, s.end))).toEqual([
      '첫 문장이다.',
      '둘째 문장이다.',
    ]);
  });
});
