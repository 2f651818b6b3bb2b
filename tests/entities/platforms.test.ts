// Platforms as the service (product) or the business acting (company), and a person the
// dictionary knows whole before `씨` or a title. Real sentences from the shared corpus's news
// lines and KLUE-NER dev-a (tune part), read by reference; expected values written by reading them.
import { describe, expect, it } from 'vitest';
import { sentenceChecker, sharedSentences } from './helpers.js';

const shared = sharedSentences();
const { check, extract } = sentenceChecker();

describe.skipIf(shared === null)('platforms in real news', () => {
  const { line, klue } = shared!;

  it('the service where something is posted or watched is a product', () => {
    // ‘유튜브(YouTube)’에 올린 … 동영상
    check(line(1684), {
      entities: [
        { text: '유튜브', type: 'product', canonical: 'YouTube' },
        { text: 'YouTube', type: 'product', canonical: 'YouTube' },
      ],
      same: [['유튜브', 'YouTube']],
    });
    // 동영상 유튜브를 통해 … 스타덤에 올랐다
    check(line(1709), { entities: [{ text: '유튜브', type: 'product' }] });
    // 20대는 페이스북을 가장 많이 사용한다고 답했다
    check(klue('klue-ner-v1_dev_01272-wikitree'), {
      entities: [{ text: '페이스북', type: 'product', canonical: 'Facebook' }],
    });
    // 부산국제영화제 측이 이날 유튜브에 공개했다: the festival acts, not YouTube
    check(klue('klue-ner-v1_dev_01181-wikitree'), {
      entities: [{ text: '유튜브', type: 'product' }],
    });
  });

  it('the business that acts, is sued, is owned or was founded is a company', () => {
    // 유튜브에 대한 비아콤의 … 소송과 관련, 유튜브측에 … 제공하도록 명령했다
    check(line(2363), {
      entities: [{ text: '유튜브', type: 'company', canonical: 'YouTube' }],
    });
    // 유튜브를 소유한 구글의 변호사들은
    check(line(2366), { entities: [{ text: '유튜브', type: 'company' }] });
    // 유튜브가 제공할 방대한 자료에는
    check(line(2367), { entities: [{ text: '유튜브', type: 'company' }] });
    // 2005년 유튜브 창사 이래
    check(klue('klue-ner-v1_dev_01477-wikitree'), {
      entities: [{ text: '유튜브', type: 'company' }],
    });
  });

  it('a person the dictionary knows whole is a person before 씨, not a university (…대)', () => {
    check(klue('klue-ner-v1_dev_03607-wikitree'), {
      entities: [
        { text: '박수현', type: 'person' },
        { text: '박종대', type: 'person' },
      ],
    });
    check(klue('klue-ner-v1_dev_04715-wikitree'), {
      entities: [{ text: '박종대', type: 'person' }],
    });
  });
});

describe('platforms and people: the operator, and bodies that stay bodies', () => {
  it('the company acting is the business that runs the service', () => {
    check('페이스북은 이용자 정보 유출에 대해 사과했고, 카카오톡은 새 기능을 출시했다.', {
      entities: [
        { text: '페이스북', type: 'company', canonical: 'Meta' },
        { text: '카카오톡', type: 'company', canonical: 'Kakao' },
      ],
    });
    // the business and the service in one article are two entities
    const text =
      '트위터 대변인은 계정 정지가 실수였다고 말했다. 이용자들은 트위터에 항의 글을 올렸다.';
    const kinds = extract(text)
      .filter((e) => e.mentions.some((m) => m.text === '트위터'))
      .map((e) => `${e.type}:${e.mentions.map((m) => m.start).join(',')}`);
    expect(kinds.sort()).toEqual(['company:0', `product:${text.lastIndexOf('트위터')}`]);
  });

  it('a ministry the dictionary knows whole as a name stays a body before a particle', () => {
    check('고용부는 올해 84억원의 예산을 편성했다.', {
      entities: [{ text: '고용부', type: 'government' }],
    });
  });
});
