// People with `씨` or a title written onto the name (`박동선씨는`, `김철수대표는`, `홍형표(56)씨`):
// the name alone is the mention, as KLUE spans it. Real sentences from the shared corpus's news
// lines and KLUE-NER dev-a (tune part), read by reference, plus hand-written ones; expected values
// written by reading the sentences.
import { describe, expect, it } from 'vitest';
import { sentenceChecker, sharedSentences } from './helpers.js';

const shared = sharedSentences();
const { check, extract } = sentenceChecker();

/** The spans of the person mentions in `text`, as `[start, end]`. */
function personSpans(text: string): number[][] {
  return extract(text)
    .filter((e) => e.type === 'person')
    .flatMap((e) => e.mentions.map((m) => [m.start, m.end]));
}

describe.skipIf(shared === null)('names with 씨 or a title written on, in real news', () => {
  const { line, klue } = shared!;

  it('a full name with 씨 on it is the name alone', () => {
    // 남측 대표 사절인 전영수씨는, …
    check(line(809), { entities: [{ text: '전영수', type: 'person' }], absent: ['전영수씨'] });
    // 미 연방법원이 로비스트 박동선씨의 보석 신청을 기각했다.
    check(line(962), { entities: [{ text: '박동선', type: 'person' }] });
    // 박동선씨는 전신 사기, … 혐의로 기소되었다.
    check(line(964), { entities: [{ text: '박동선', type: 'person' }] });
    // … 고건씨를 총리로 지명했다.
    check(line(2845), { entities: [{ text: '고건', type: 'person' }] });
    // … 구원파 총회장 김성일씨와 공모해 …
    check(klue('klue-ner-v1_dev_01101-wikitree'), {
      entities: [{ text: '김성일', type: 'person' }],
    });
    // 배우 김무열, 이현우씨가 …
    check(klue('klue-ner-v1_dev_04708-wikitree'), {
      entities: [
        { text: '김무열', type: 'person' },
        { text: '이현우', type: 'person' },
      ],
    });
    // a foreign name the dictionary knows: 우드씨는 원래 탑승 날짜를 …
    check(klue('klue-ner-v1_dev_01704-wikitree'), { entities: [{ text: '우드', type: 'person' }] });
  });

  it('a full name with its age before 씨 is the name alone', () => {
    // 광주시는 김민수(26)씨와 홍형표(56)씨에 대한 …
    const text = klue('klue-ner-v1_dev_04559-wikitree');
    check(text, {
      entities: [
        { text: '김민수', type: 'person' },
        { text: '홍형표', type: 'person' },
      ],
    });
    const at = text.indexOf('홍형표');
    expect(personSpans(text)).toContainEqual([at, at + 3]);
    // 가수 미나(43)씨와 보컬 그룹 소리얼 멤버 류필립(26)씨가 …
    check(klue('klue-ner-v1_dev_01399-wikitree'), {
      entities: [
        { text: '미나', type: 'person' },
        { text: '류필립', type: 'person' },
      ],
    });
  });

  it('a title on a full name, a foreign name, a surname or a letter', () => {
    // 후버교수는 “…”고 말했다.
    check(line(2126), { entities: [{ text: '후버', type: 'person' }], absent: ['후버교수'] });
    // … 칼로 박대표를 피습한 사건 …; - 박대표는 뺨에 11cm의 상처를 입고 …
    check(line(2745), { entities: [{ text: '박', type: 'person' }], absent: ['박대표'] });
    check(line(2746), { entities: [{ text: '박', type: 'person' }] });
    // 현재 모 방송사에 근무하는 K기자는 …
    check(klue('klue-ner-v1_dev_00087-wikitree'), { entities: [{ text: 'K', type: 'person' }] });
  });

  it('a surname the dictionary lists with 씨 as one word (a clan) is a person in news', () => {
    // … 포장마차를 하는 임씨가 은행에 들를 시간이 없어 …
    check(klue('klue-ner-v1_dev_03001-wikitree'), {
      entities: [
        { text: '조', type: 'person' },
        { text: '임', type: 'person' },
      ],
      absent: ['임씨'],
    });
    // … 최근까지 임씨로부터 사들인 장물 스마트폰 …
    check(klue('klue-ner-v1_dev_02497-wikitree'), { entities: [{ text: '임', type: 'person' }] });
  });

  it('the word before someone with 씨 on their name is not a name', () => {
    // 앞서 A씨는 일행과 함께 …
    check(klue('klue-ner-v1_dev_00083-wikitree'), {
      entities: [{ text: 'A', type: 'person' }],
      absent: ['앞서'],
    });
    // 경찰은 달아난 김씨 아내가 …
    check(klue('klue-ner-v1_dev_03259-wikitree'), {
      entities: [{ text: '김', type: 'person' }],
      absent: ['달아난'],
    });
  });

  it('a verb or adverb before a name and its title is not a given name', () => {
    // 이어 황교안 법무부 장관은 …
    check(klue('klue-ner-v1_dev_02810-wikitree'), {
      entities: [{ text: '황교안', type: 'person' }],
      absent: ['이어 황교안'],
    });
    // … 동료 드러머로 분한 김준현 씨와 …
    check(klue('klue-ner-v1_dev_01474-wikitree'), {
      entities: [{ text: '김준현', type: 'person' }],
      absent: ['분한 김준현'],
    });
    // 법원은 그러나 매닝 일병에게 …
    check(klue('klue-ner-v1_dev_03509-wikitree'), {
      entities: [{ text: '매닝', type: 'person' }],
      absent: ['그러나 매닝'],
    });
  });
});

describe('names with 씨 or a title written on', () => {
  it('one person however the article writes them again', () => {
    check('로비스트 박동선씨가 기소됐다. 박동선씨는 혐의를 부인했다. 박씨는 보석을 신청했다.', {
      entities: [{ text: '박동선', type: 'person' }],
      absent: ['박동선씨', '박씨'],
      same: [['박동선', '박']],
    });
    check('김철수대표는 사과했다. 김대표는 사임하지 않았다.', {
      entities: [{ text: '김철수', type: 'person' }],
      same: [['김철수', '김']],
    });
  });

  it('spans are exact, particles and 씨 outside', () => {
    const text = '조말순씨가 신고했고 오세훈시장은 정몽구회장을 만났다.';
    expect(personSpans(text)).toEqual([
      [0, 3],
      [11, 14],
      [18, 21],
    ]);
  });

  it('seeds, words ending in 씨 and compound titles are no one', () => {
    const text =
      '배추씨를 심은 아가씨가 솜씨를 뽐냈다. 조교수는 말했다. 마음씨가 고왔다. ' +
      '그는 성씨를 바꿨다. 기온은 화씨 100도였다. 성씨는 중요하다. 그 형씨가 말했다.';
    expect(personSpans(text)).toEqual([]);
  });
});
