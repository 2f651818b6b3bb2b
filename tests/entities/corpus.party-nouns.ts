/**
 * Examples for the party-noun table in src/entities/ko/party-nouns.ts: a country before one of
 * its nouns (`이스라엘의 공습`) or coordinated as subject of a joint act acts as a party, a
 * `government`; owning anything else, or being where something is, it stays a `place`. Written by
 * hand (invented sentences in the style of world news); every noun of the table appears in one.
 */
import type { Example } from './corpus.ko.js';

export const KO_PARTY_NOUN_CORPUS: Example[] = [
  // force and pressure
  {
    text: '이스라엘의 공습과 하마스의 반격으로 20명이 숨졌다. 이스라엘의 공격은 계속됐다.',
    entities: [{ text: '이스라엘', type: 'government', canonical: 'Israel' }],
  },
  {
    text: '러시아의 침공 이후 이라크의 포격 소식은 묻혔다.',
    entities: [
      { text: '러시아', type: 'government' },
      { text: '이라크', type: 'government' },
    ],
  },
  {
    text: '북한의 도발과 이란의 위협에 대해 미국의 보복 가능성이 거론된다.',
    entities: [
      { text: '북한', type: 'government' },
      { text: '이란', type: 'government' },
      { text: '미국', type: 'government' },
    ],
  },
  {
    text: '중국의 제재와 일본의 압박 속에 대만 기업들이 고전했다.',
    entities: [
      { text: '중국', type: 'government' },
      { text: '일본', type: 'government' },
    ],
  },
  {
    text: '북한의 핵실험 이후 이란의 핵개발 문제가 다시 불거졌다.',
    entities: [
      { text: '북한', type: 'government' },
      { text: '이란', type: 'government' },
    ],
  },
  // talks and dealings, one or two countries
  {
    text: '북한과 미국의 회담은 다음 달 열린다.',
    entities: [
      { text: '북한', type: 'government' },
      { text: '미국', type: 'government' },
    ],
  },
  {
    text: '영국의 협상 대표는 프랑스의 합의 파기를 비판했다.',
    entities: [
      { text: '영국', type: 'government' },
      { text: '프랑스', type: 'government' },
    ],
  },
  {
    text: '독일의 제안과 이탈리아의 요구는 엇갈렸고, 스페인의 요청은 무시됐다.',
    entities: [
      { text: '독일', type: 'government' },
      { text: '이탈리아', type: 'government' },
      { text: '스페인', type: 'government' },
    ],
  },
  {
    text: '중국과 러시아의 거부권 행사로 결의안이 무산됐다. 호주의 협력 없이는 어렵다.',
    entities: [
      { text: '중국', type: 'government' },
      { text: '러시아', type: 'government' },
      { text: '호주', type: 'government' },
    ],
  },
  // decisions, statements, stances
  {
    text: '베트남의 결정과 태국의 발표 이후 캄보디아의 조치가 나왔다.',
    entities: [
      { text: '베트남', type: 'government' },
      { text: '태국', type: 'government' },
      { text: '캄보디아', type: 'government' },
    ],
  },
  {
    text: '일본의 입장은 분명하지만 한국의 정책과 미국의 방침은 아직 모른다.',
    entities: [
      { text: '일본', type: 'government' },
      { text: '한국', type: 'government' },
      { text: '미국', type: 'government' },
    ],
  },
  {
    text: '이라크의 대응을 두고 이란의 의도와 시리아의 불만, 터키의 반발이 거론됐다.',
    entities: [
      { text: '이라크', type: 'government' },
      { text: '이란', type: 'government' },
      { text: '시리아', type: 'government' },
      { text: '터키', type: 'government' },
    ],
  },
  {
    text: '북한의 신고 내용은 이집트의 주장과 달랐다.',
    entities: [
      { text: '북한', type: 'government' },
      { text: '이집트', type: 'government' },
    ],
  },
  // aid and money
  {
    text: '일본의 지원과 미국의 원조, 중국의 투자가 아프리카로 몰렸다.',
    entities: [
      { text: '일본', type: 'government' },
      { text: '미국', type: 'government' },
      { text: '중국', type: 'government' },
    ],
  },
  // a side's result
  {
    text: '브라질의 승리와 독일의 패배는 멕시코의 자책골에서 갈렸다.',
    entities: [
      { text: '브라질', type: 'government' },
      { text: '독일', type: 'government' },
      { text: '멕시코', type: 'government' },
    ],
  },
  // coordinated subjects of a joint act
  {
    text: '캄보디아와 태국이 국경 사원을 둘러싼 분쟁을 해결하지 못했다.',
    entities: [
      { text: '캄보디아', type: 'government' },
      { text: '태국', type: 'government' },
    ],
  },
  // a place owning something else, or where something is, stays a place
  {
    text: '이스라엘의 수도 예루살렘에서 집회가 열렸다. 중국의 도시 가운데 상하이가 가장 크다.',
    entities: [
      { text: '이스라엘', type: 'place' },
      { text: '중국', type: 'place' },
    ],
  },
  {
    text: '이라크에서 폭탄이 터졌다. 서울과 부산은 비가 오겠다. 미국과 캐나다는 북미에 있다.',
    entities: [
      { text: '이라크', type: 'place' },
      { text: '서울', type: 'place' },
      { text: '부산', type: 'place' },
      { text: '미국', type: 'place' },
      { text: '캐나다', type: 'place' },
    ],
  },
];
