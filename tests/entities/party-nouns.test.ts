// Countries acting as parties in nominal forms (`이스라엘의 공격`, `북한과 미국의 회담`) and as
// coordinated subjects (`캄보디아와 태국이 … 해결하지 못했다`). The table's corpus of hand-written
// examples, then real sentences by reference: the shared corpus's news lines (the dev gold set's
// rows) and KLUE-NER dev-a (tune part); expected values written by reading them.
import { describe, expect, it } from 'vitest';
import { KO_PARTY_NOUNS } from '../../src/entities/ko/party-nouns.js';
import { KO_PARTY_NOUN_CORPUS } from './corpus.party-nouns.js';
import { sentenceChecker, sharedSentences } from './helpers.js';

const shared = sharedSentences();
const { check } = sentenceChecker();

describe('party nouns: the corpus beside the table', () => {
  it('every noun of the table has an example after a country', () => {
    // right after `X의`, or after one more noun (`북한의 미사일 발사`)
    const after = (n: string): RegExp => new RegExp(`의 (?:[가-힣]+ )?${n}`);
    const missing = KO_PARTY_NOUNS.filter(
      (n) => !KO_PARTY_NOUN_CORPUS.some((ex) => after(n).test(ex.text)),
    );
    expect(missing).toEqual([]);
  });
  for (const ex of KO_PARTY_NOUN_CORPUS) {
    it(ex.text, () => check(ex.text, ex));
  }
});

describe.skipIf(shared === null)('countries acting in nominal forms, in real news', () => {
  const { line, klue } = shared!;

  it('a country before its act is the government', () => {
    // 이스라엘의 공격으로 레바논에서는 약 750명이 사망하…: Lebanon is where
    check(line(806), {
      entities: [
        { text: '이스라엘', type: 'government', canonical: 'Israel' },
        { text: '레바논', type: 'place' },
      ],
    });
    // … 이란의 핵협상이 큰 성과 없이 끝나고 …
    check(line(716), { entities: [{ text: '이란', type: 'government' }] });
    // 북한의 핵실험이 일본의 군사적 재무장을 …
    check(line(2849), { entities: [{ text: '북한', type: 'government' }] });
    // “북한의 신고서는 검증할 만 한 것이다”
    check(line(2516), { entities: [{ text: '북한', type: 'government' }] });
    // … 이란의 반격이 시작됐으나 한국은 …
    check(klue('klue-ner-v1_dev_00184-wikitree'), {
      entities: [{ text: '이란', type: 'government' }],
    });
    // … 전반 43분 우즈베키스탄의 자책골로 1 대 0 승리를 거뒀습니다.
    check(klue('klue-ner-v1_dev_04430-wikitree'), {
      entities: [{ text: '우즈베키스탄', type: 'government' }],
    });
  });

  it('two countries coordinated before an act, or as subject of a joint act', () => {
    // … 북한과 미국의 회담에 대한 전망이 어두워졌다.
    check(line(977), {
      entities: [
        { text: '북한', type: 'government' },
        { text: '미국', type: 'government' },
      ],
    });
    // … 중국과 러시아의 거부권 행사에 대해 …
    check(line(1616), {
      entities: [
        { text: '중국', type: 'government' },
        { text: '러시아', type: 'government' },
      ],
    });
    // 캄보디아와 태국이 분쟁지역에 위치한 고대 국경 사원과 관련해 …
    check(line(581), {
      entities: [
        { text: '캄보디아', type: 'government' },
        { text: '태국', type: 'government' },
      ],
    });
    // 레바논과 시리아는 1943년과 1945년에 독립한 이후 …
    check(line(1724), {
      entities: [
        { text: '레바논', type: 'government' },
        { text: '시리아', type: 'government' },
      ],
    });
  });
});
