/**
 * Korean news as it refers to people, bodies and places without full names: nameless people
 * (`김모(33)씨`, `A씨`, `박 대표`), bodies named by a common noun (`경찰`, `정부`), countries acting
 * as parties, addresses, and models with versions. Written by hand (invented sentences in the
 * style of crime, politics and tech news, none taken from KLUE); checked by the same runner as
 * corpus.ko.ts. `distinct` counts the entities that own a mention of a text, for people written
 * by surname alone, whose mentions share their text.
 */
import type { Example } from './corpus.ko.js';

export interface NewsExample extends Example {
  /** For each text, how many different entities have a mention of it. */
  distinct?: Record<string, number>;
}

export const KO_NEWS_CORPUS: NewsExample[] = [
  // people by surname, age and 씨; the later 김씨 is the same person
  {
    text: '경찰은 성매매 알선 혐의로 김모(33)씨를 입건했다. 김씨는 혐의를 부인했다.',
    entities: [{ text: '김', type: 'person' }],
    absent: ['김모', '김씨', '김모(33)씨'],
    distinct: { 김: 1 },
  },
  // two 김모씨 of different ages are two people, and a later 김씨 could be either
  {
    text: '김모(45)씨와 김모(52)씨가 다퉜다. 김씨는 경찰에 신고했다.',
    entities: [{ text: '김', type: 'person' }],
    distinct: { 김: 3 },
  },
  // letters with age and sex, spaced or not
  {
    text: 'A(22·여)씨는 B 씨를 고소했다. A씨는 합의를 거부했고 B씨는 반박했다.',
    entities: [
      { text: 'A', type: 'person' },
      { text: 'B', type: 'person' },
    ],
    absent: ['A씨', 'B 씨', 'B씨'],
    distinct: { A: 1, B: 1 },
  },
  // `박 모 씨`, `최모 상병`, `K모 기자`
  {
    text: '그는 박 모 씨와 결혼했다. 최모 상병과 K모 기자도 참석했다.',
    entities: [
      { text: '박', type: 'person' },
      { text: '최', type: 'person' },
      { text: 'K', type: 'person' },
    ],
    absent: ['모', '최모', 'K모'],
  },
  // surname and title, `전` between them; after a full name `전` is "former", not a surname
  {
    text: '박 전 대통령은 이날 김 대표와 만났다. 전두환 전 대통령도 언급됐다.',
    entities: [
      { text: '박', type: 'person' },
      { text: '김', type: 'person' },
      { text: '전두환', type: 'person' },
    ],
    absent: ['전', '박 전 대통령', '김 대표'],
  },
  // a surname and title taking up a full name with the same surname
  {
    text: '김철수 대표는 투자를 발표했다. 김 대표는 추가 채용도 예고했다.',
    entities: [{ text: '김철수', type: 'person' }],
    same: [['김철수', '김']],
  },
  // `이 회사`, `이 대표`: 이 is "this" unless someone named 이 is in the article
  {
    text: '이 회사 대표는 이 대표 자리를 지키겠다고 말했다.',
    entities: [],
    absent: ['이'],
  },
  // words ending in 씨 that the dictionary knows are not people
  {
    text: '솜씨 좋은 장인의 성씨는 날씨만큼 다양했다.',
    entities: [],
    absent: ['솜', '성', '날'],
  },
  // a boy after an age or a name is not the army; military service is not the army either
  {
    text: '30일 A(10)군의 가족은 박수현 군의 친구와 함께 군 복무 문제를 상의했다.',
    entities: [{ text: 'A', type: 'person' }],
    absent: ['군'],
  },
  // bodies by a common noun in a domestic story are the Korean ones
  {
    text: '서울 마포경찰서에 따르면 경찰은 지난 3일 김모(41)씨를 체포했다. 검찰은 구속영장을 청구했다.',
    gazetteer: true,
    entities: [
      { text: '서울 마포경찰서', type: 'government' },
      { text: '경찰', type: 'government', canonical: 'Korean National Police Agency' },
      { text: '검찰', type: 'government', canonical: "Supreme Prosecutors' Office" },
      { text: '김', type: 'person' },
    ],
  },
  // in foreign news the police are not the Korean police; a country before the noun is inside
  {
    text: '프랑스 경찰은 9일(현지시간) 용의자를 체포했다. 경찰은 수사를 확대했다.',
    gazetteer: true,
    entities: [
      { text: '프랑스 경찰', type: 'government', canonical: null },
      { text: '경찰', type: 'government', canonical: null },
    ],
    absent: ['프랑스'],
  },
  {
    text: '일본 정부는 반발했고 한국 정부는 유감을 표명했다. 소방당국은 원인을 조사 중이다.',
    gazetteer: true,
    entities: [
      { text: '일본 정부', type: 'government', canonical: null },
      { text: '한국 정부', type: 'government', canonical: 'Government of South Korea' },
      { text: '소방당국', type: 'government' },
    ],
  },
  {
    text: '소방당국은 화재 원인을 조사하고 있다고 밝혔다.',
    gazetteer: true,
    entities: [{ text: '소방당국', type: 'government', canonical: 'National Fire Agency' }],
  },
  // a country acting in its clause is its state; as a place it stays a place
  {
    text: '북한이 동해상으로 탄도미사일을 발사했다고 합참이 밝혔다. 그는 북한에서 태어났다.',
    gazetteer: true,
    entities: [
      { text: '북한', type: 'government', canonical: 'North Korea' },
      { text: '합참', type: 'government' },
    ],
    distinct: { 북한: 2 },
  },
  {
    text: '그는 미국 뉴욕에서 태어났다. 미국은 이번 제재를 발표했다.',
    gazetteer: true,
    entities: [
      { text: '미국 뉴욕', type: 'place' },
      { text: '미국', type: 'government', canonical: 'United States' },
    ],
  },
  {
    text: '정부는 개성공단 기업들을 통해 북한 측에 임금을 지급했다.',
    gazetteer: true,
    entities: [{ text: '북한', type: 'government' }],
  },
  // addresses are one place
  {
    text: '경기도 성남시 분당구의 한 아파트와 서울 강남구 역삼동 사무실에서 불이 났다.',
    gazetteer: true,
    entities: [
      { text: '경기도 성남시 분당구', type: 'place' },
      { text: '서울 강남구 역삼동', type: 'place' },
    ],
    absent: ['경기도', '성남시', '서울', '강남구'],
  },
  // a province abbreviation starts an address, and alone it is a word (a match, the economy)
  {
    text: '그는 경기 수원시 팔달구에서 경기 침체를 걱정했다.',
    entities: [{ text: '경기 수원시 팔달구', type: 'place' }],
    absent: ['경기'],
  },
  {
    text: '시위대는 서울광장에 모였다가 서울역으로 행진했다.',
    gazetteer: true,
    entities: [
      { text: '서울광장', type: 'place' },
      { text: '서울역', type: 'place' },
    ],
    absent: ['서울'],
  },
  // common words the dictionary tags as names
  {
    text: '공정거래위원회(이하 공정위)는 정동극장 내부 사정을 조사했다. 이용자들이 바이오 팩토리를 찾았다.',
    gazetteer: true,
    entities: [{ text: '공정거래위원회', type: 'government' }],
    absent: ['이하', '내부', '이용자', '바이오', '팩토리'],
  },
  // bodies by their ending in crime and accident news
  {
    text: '울산 남부경찰서는 춘천지법에 영장을 신청했고 창원시청은 TV시청 시간을 조사했다.',
    entities: [
      { text: '울산 남부경찰서', type: 'government' },
      { text: '춘천지법', type: 'government' },
      { text: '창원시청', type: 'government' },
    ],
    absent: ['TV시청', '울산'],
  },
  // a body and its unit are one mention; a common noun after a body is not a unit
  {
    text: '서울고법 형사12부는 검찰 일부와 경찰 간부의 항소를 기각했다.',
    entities: [
      { text: '서울고법 형사12부', type: 'government' },
      { text: '검찰', type: 'government' },
      { text: '경찰', type: 'government' },
    ],
    absent: ['서울고법', '검찰 일부', '경찰 간부'],
  },
  // an apposition types an unlisted company (invented names)
  {
    text: '데이터 분석업체 밍뤼에커지에 따르면 AI 스타트업 한빛랩스는 투자를 유치했다.',
    entities: [
      { text: '밍뤼에커지', type: 'company' },
      { text: '한빛랩스', type: 'company' },
    ],
  },
  {
    text: 'LG AI연구원은 엑사원 3.5를 공개했고 네이버는 하이퍼클로바X를 내놨다.',
    gazetteer: true,
    entities: [
      { text: 'LG AI연구원', type: 'institute', canonical: 'LG AI Research' },
      { text: '엑사원 3.5', type: 'model' },
      { text: '하이퍼클로바X', type: 'model' },
    ],
  },
  // versions beyond the listed ones, fused or spaced
  {
    text: '메타의 라마 3.1과 알리바바의 Qwen2.5, 오픈AI의 GPT-4o, 앤트로픽의 Claude 3.5 Sonnet을 비교했다.',
    gazetteer: true,
    entities: [
      { text: '라마 3.1', type: 'model' },
      { text: 'Qwen2.5', type: 'model', canonical: 'Qwen' },
      { text: 'GPT-4o', type: 'model' },
      { text: 'Claude 3.5 Sonnet', type: 'model' },
    ],
    absent: ['라마', 'Qwen'],
  },
  // an unlisted name with a version after a word that says it is a model (invented name)
  {
    text: '한빛소프트는 거대언어모델 누리온 2.5를 공개했다.',
    entities: [{ text: '누리온 2.5', type: 'model' }],
  },
];
