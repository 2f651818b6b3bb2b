/**
 * Cue tables for money in context: words of change, and nouns that name a party without naming
 * it (`정부`, `회사`). Examples of each live in tests/attribution/corpus.*.ts.
 */
import type { MoneyChange } from '../types.js';
import type { WordEntry } from './word-table.js';

type Direction = MoneyChange['direction'];

/** Korean stems of change; the ending after them is left open (`증가했다`, `늘어난`, `줄어든`). */
export const KO_CHANGE_WORDS: readonly WordEntry<Direction>[] = [
  {
    value: 'up',
    words: [
      '증가',
      '급증',
      '증대',
      '상승',
      '급등',
      '성장',
      '급성장',
      '신장',
      '확대',
      '개선',
      '늘어',
      '늘었',
      '늘린',
      '늘려',
      '늘고',
      '늘며',
      '늘면서',
      '불어나',
      '불어난',
      '불었',
      '올려',
      '올린',
      '인상',
      '뛰어',
      '뛰었',
      '뛴',
      '올라',
      '올랐',
      '오른',
      '치솟',
      '증액',
    ],
  },
  {
    value: 'down',
    words: [
      '감소',
      '급감',
      '하락',
      '급락',
      '축소',
      '감액',
      '삭감',
      '악화',
      '줄어',
      '줄었',
      '줄인',
      '줄여',
      '줄고',
      '줄며',
      '줄면서',
      '떨어',
      '내려',
      '내렸',
      '내린',
      '뒷걸음',
      '인하',
      '적은',
      '빠졌',
      '빠진',
      '빠지',
      '곤두박질',
    ],
  },
];

export const EN_CHANGE_WORDS: readonly WordEntry<Direction>[] = [
  {
    value: 'up',
    words: [
      'rose',
      'rise',
      'rises',
      'rising',
      'risen',
      'increased',
      'increase',
      'increases',
      'grew',
      'grow',
      'grows',
      'grown',
      'jumped',
      'jump',
      'climbed',
      'surged',
      'soared',
      'gained',
      'expanded',
      'up',
      'higher',
      'doubled',
    ],
  },
  {
    value: 'down',
    words: [
      'fell',
      'fall',
      'falls',
      'fallen',
      'declined',
      'decline',
      'declines',
      'dropped',
      'drop',
      'decreased',
      'decrease',
      'slid',
      'plunged',
      'slumped',
      'shrank',
      'tumbled',
      'sank',
      'down',
      'lower',
      'halved',
    ],
  },
];

/** A party noun names a body (that may sell, levy, spend) or people (who buy, earn, pay). */
export type PartyKind = 'body' | 'people';

/**
 * Nouns that name a party without being a name: with a topic or subject particle they are the
 * figure's subject (`중국 정부는`, `회사는`, `아이 엄마는`), reported with `entity: null`.
 */
export const KO_PARTY_NOUNS: readonly WordEntry<PartyKind>[] = [
  {
    value: 'body',
    words: [
      '정부',
      '당국',
      '회사',
      '업체',
      '은행',
      '그룹',
      '기업',
      '공사',
      '재단',
      '지자체',
      '당사',
      '동사',
      '구단',
      '국회',
      '검찰',
      '법원',
      '금융당국',
      '채권단',
      '노조',
      '협회',
      '조합',
      '캠프',
      '사이트',
      '판매자',
      '식장',
    ],
  },
  {
    value: 'people',
    words: ['가족', '엄마', '부모', '고객', '구매자', '소비자', '직장인', '배우자', '주민'],
  },
];

/**
 * Bodies that investigate, try or report on money rather than hold it (`경찰은 … 120억원을
 * 환수`, `검찰은 원 전 원장을 상대로 … 1억5천여만원`): never a figure's owner, save for their own
 * budget. Matched at the end of a subject's text (`울산 남부경찰서`, `서울중앙지검`).
 */
export const KO_INVESTIGATORS: readonly string[] = [
  '경찰',
  '경찰청',
  '경찰서',
  '검찰',
  '검찰청',
  '지검',
  '법원',
  '지법',
  '재판부',
  '국세청',
  '감사원',
  '수사당국',
];

/**
 * Words of a rule's line (`세 부담 기준선을 … 5천500만원선으로`): a threshold is nobody's money,
 * whoever sets or argues it.
 */
export const KO_THRESHOLD_WORDS: readonly string[] = ['기준선', '과세 기준'];
