/**
 * Korean money corpus: news-like sentences and the figures they must give, written by hand.
 * Sentences are made up in the style of Korean business, tech and economy news.
 */
import { type Case, m } from './cases.js';

const 조 = 1e12;
const 억 = 1e8;
const 만 = 1e4;

export const KO_CASES: Case[] = [
  // Digit groups and magnitudes
  {
    about: '조 with space',
    input: '삼성전자는 올해 14조 4000억원의 시설투자를 집행한다.',
    expect: [m('14조 4000억원', 14.4 * 조, 'KRW')],
  },
  {
    about: '조억 attached',
    input: 'SK하이닉스의 3분기 영업이익은 1조2000억원으로 집계됐다.',
    expect: [m('1조2000억원', 1.2 * 조, 'KRW')],
  },
  {
    about: '조 천 억',
    input: '정부는 4조5천600억원 규모의 추경안을 국회에 제출했다.',
    expect: [m('4조5천600억원', 4_560_000_000_000, 'KRW')],
  },
  {
    about: '억 천만 spaced currency',
    input: '그는 서울 강남의 아파트를 3억5천만 원에 전세로 계약했다.',
    expect: [m('3억5천만 원', 350_000_000, 'KRW')],
  },
  {
    about: '만 천 units',
    input: '이 제품의 출고가는 16만9천10원이다.',
    expect: [m('16만9천10원', 169_010, 'KRW')],
  },
  {
    about: 'decimal 조',
    input: '카카오뱅크는 1.5조원의 자금을 조달했다고 밝혔다.',
    expect: [m('1.5조원', 1.5 * 조, 'KRW')],
  },
  {
    about: 'decimal 억 dollars exact',
    input: '이 회사는 미국 법인에 2.3억 달러를 추가 투자한다.',
    expect: [m('2.3억 달러', 230_000_000, 'USD')],
  },
  {
    about: 'plain 조 원',
    input: '정부는 반도체 산업에 1조 원을 지원하기로 했다.',
    expect: [m('1조 원', 조, 'KRW')],
  },
  {
    about: 'plain 조원',
    input: '현대차는 미국 공장에 1조원을 투자한다.',
    expect: [m('1조원', 조, 'KRW')],
  },
  {
    about: 'comma digits 억',
    input: '네이버는 1,000억 원 규모의 자사주를 매입한다.',
    expect: [m('1,000억 원', 1000 * 억, 'KRW')],
  },
  {
    about: '원어치',
    input: '외국인은 이날 유가증권시장에서 3000억원어치를 순매수했다.',
    expect: [m('3000억원', 3000 * 억, 'KRW')],
  },
  {
    about: '매출 조천억',
    input: '쿠팡의 지난해 매출은 2조3천억원을 기록했다.',
    expect: [m('2조3천억원', 2.3 * 조, 'KRW')],
  },
  {
    about: '규모',
    input: '정부는 4천억 원 규모의 펀드를 조성한다.',
    expect: [m('4천억 원', 4000 * 억, 'KRW')],
  },
  {
    about: '연봉',
    input: '신입 개발자에게 연봉 1억원을 제시한 스타트업이 화제다.',
    expect: [m('1억원', 억, 'KRW')],
  },
  {
    about: '시가총액',
    input: '엔비디아의 시가총액이 한때 500조원을 넘어섰다.',
    expect: [m('500조원', 500 * 조, 'KRW')],
  },
  {
    about: '짜리',
    input: '명품 매장에서는 100만원짜리 가방이 가장 많이 팔렸다.',
    expect: [m('100만원', 100 * 만, 'KRW')],
  },
  {
    about: '원화 prefix restated',
    input: '이 펀드는 원화 2000억 원을 운용한다.',
    expect: [m('2000억 원', 2000 * 억, 'KRW')],
  },
  {
    about: 'decimal won',
    input: '원유 선물은 1,234.56달러에 거래를 마쳤다.',
    expect: [m('1,234.56달러', 1234.56, 'USD')],
  },
  {
    about: 'fractional dollar',
    input: '이 앱은 건당 0.5달러의 수수료를 받는다.',
    expect: [m('0.5달러', 0.5, 'USD', { per: '건당' })],
  },
  {
    about: '만 원 spaced',
    input: '입장료는 성인 1만 5000원, 어린이 8000원이다.',
    expect: [m('1만 5000원', 15_000, 'KRW'), m('8000원', 8000, 'KRW')],
  },
  {
    about: '천 만원 spaced',
    input: '이 땅의 공시지가는 30억6천 만원으로 평가됐다.',
    expect: [m('30억6천 만원', 3_060_000_000, 'KRW')],
  },
  {
    about: '억 만 달러',
    input: '이 영화는 개봉 첫 주에 1억5840만달러를 벌어들였다.',
    expect: [m('1억5840만달러', 158_400_000, 'USD')],
  },
  {
    about: '경',
    input: '가계와 기업의 금융자산은 1경 2000조원에 이른다.',
    expect: [m('1경 2000조원', 1.2e16, 'KRW')],
  },
  {
    about: 'headline no space',
    input: '[속보] LG엔솔, 美 배터리 공장에 7조2000억원 투자',
    expect: [m('7조2000억원', 7.2 * 조, 'KRW')],
  },
  {
    about: 'attached to noun',
    input: '총투자비는 총1000억원으로 책정됐다.',
    expect: [m('1000억원', 1000 * 억, 'KRW')],
  },
  // Hangul numerals
  {
    about: 'hangul 삼천만',
    input: '그는 사기 피해로 삼천만 원을 잃었다고 호소했다.',
    expect: [m('삼천만 원', 30_000_000, 'KRW')],
  },
  {
    about: 'hangul 일억',
    input: '복권 2등 당첨금은 일억 원이었다.',
    expect: [m('일억 원', 억, 'KRW')],
  },
  {
    about: 'hangul 오만원',
    input: '세뱃돈으로 오만원을 받았다.',
    expect: [m('오만원', 50_000, 'KRW')],
  },
  {
    about: 'hangul 이십오만',
    input: '월 이십오만 원의 지원금이 지급된다.',
    expect: [m('이십오만 원', 250_000, 'KRW')],
  },
  {
    about: 'digit and hangul unit',
    input: '벌금 5천만원이 선고됐다.',
    expect: [m('5천만원', 50_000_000, 'KRW')],
  },
  // Vague magnitudes
  {
    about: '수십억',
    input: '이 사고로 회사는 수십억 원의 손실을 봤다.',
    expect: [m('수십억 원', null, 'KRW', { approximate: true, min: 10 * 억, max: 100 * 억 })],
  },
  {
    about: '수백억',
    input: '구단은 수백억원을 들여 새 구장을 지었다.',
    expect: [m('수백억원', null, 'KRW', { approximate: true, min: 100 * 억, max: 1000 * 억 })],
  },
  {
    about: '수천만',
    input: '피해자들은 수천만 원씩을 뜯긴 것으로 드러났다.',
    expect: [m('수천만 원', null, 'KRW', { approximate: true, min: 1000 * 만, max: 억 })],
  },
  {
    about: '수조',
    input: '정부는 수조 원의 재정을 투입해야 한다.',
    expect: [m('수조 원', null, 'KRW', { approximate: true, min: 조, max: 10 * 조 })],
  },
  {
    about: '수천억 달러',
    input: '시장 규모는 수천억 달러가 될 것이라고 전망했다.',
    expect: [
      m('수천억 달러', null, 'USD', { approximate: true, min: 1000 * 억, max: 10_000 * 억 }),
    ],
  },
  {
    about: '십수억',
    input: '그는 주식 투자로 십수억원을 벌었다.',
    expect: [m('십수억원', null, 'KRW', { approximate: true, min: 10 * 억, max: 20 * 억 })],
  },
  {
    about: '수십억 이상 opens upwards',
    input: '복구에는 수십억 원 이상이 들 전망이다.',
    expect: [
      m('수십억 원', null, 'KRW', {
        approximate: true,
        min: 10 * 억,
        max: null,
        qualifiers: ['이상'],
      }),
    ],
  },
  {
    about: 'vague range',
    input: '업계는 수십억~수백억원의 과징금을 예상한다.',
    expect: [
      m('수십억~수백억원', null, 'KRW', { approximate: true, min: 10 * 억, max: 1000 * 억 }),
    ],
  },
  // Approximation
  {
    about: '약',
    input: '이번 인수 금액은 약 3조원이다.',
    expect: [m('3조원', 3 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
  },
  {
    about: '약 attached',
    input: '총 사업비는 약1200억원이다.',
    expect: [m('1200억원', 1200 * 억, 'KRW', { approximate: true, qualifiers: ['약'] })],
  },
  {
    about: '가량',
    input: '이 공장 건설에 2조원가량이 투입된다.',
    expect: [m('2조원', 2 * 조, 'KRW', { approximate: true, qualifiers: ['가량'] })],
  },
  {
    about: '정도',
    input: '월 유지비는 50만원 정도로 추산된다.',
    expect: [m('50만원', 50 * 만, 'KRW', { approximate: true, qualifiers: ['정도'] })],
  },
  {
    about: '안팎',
    input: '올해 적자는 3000억원 안팎이 될 것으로 보인다.',
    expect: [m('3000억원', 3000 * 억, 'KRW', { approximate: true, qualifiers: ['안팎'] })],
  },
  {
    about: '내외',
    input: '분기 영업이익은 1조원 내외로 예상된다.',
    expect: [m('1조원', 조, 'KRW', { approximate: true, qualifiers: ['내외'] })],
  },
  {
    about: '전후',
    input: '중형차 가격은 4000만원 전후에서 형성돼 있다.',
    expect: [m('4000만원', 4000 * 만, 'KRW', { approximate: true, qualifiers: ['전후'] })],
  },
  {
    about: '여 inside',
    input: '이 사업에는 100여억원이 투입됐다.',
    expect: [m('100여억원', 100 * 억, 'KRW', { approximate: true, qualifiers: ['여'] })],
  },
  {
    about: '여 after magnitude',
    input: '그는 5억여 원의 뇌물을 받은 혐의를 받는다.',
    expect: [m('5억여 원', 5 * 억, 'KRW', { approximate: true, qualifiers: ['여'] })],
  },
  {
    about: '남짓',
    input: '이 회사의 현금성 자산은 2000억원 남짓이다.',
    expect: [m('2000억원', 2000 * 억, 'KRW', { approximate: true, qualifiers: ['남짓'] })],
  },
  {
    about: '가까이',
    input: '유가는 배럴당 130달러 가까이 떨어졌다.',
    expect: [
      m('130달러', 130, 'USD', { approximate: true, qualifiers: ['가까이'], per: '배럴당' }),
    ],
  },
  {
    about: '약 … 이상',
    input: '피해액은 약 10억 달러 이상으로 추정된다.',
    expect: [
      m('10억 달러', 10 * 억, 'USD', {
        approximate: true,
        min: 10 * 억,
        qualifiers: ['약', '이상'],
      }),
    ],
  },
  // Bounds
  {
    about: '이상',
    input: '기업가치 10억 달러 이상의 비상장사를 유니콘이라 부른다.',
    expect: [m('10억 달러', 10 * 억, 'USD', { min: 10 * 억, qualifiers: ['이상'] })],
  },
  {
    about: '초과',
    input: '자산 5조원 초과 기업은 공시 의무가 강화된다.',
    expect: [m('5조원', 5 * 조, 'KRW', { min: 5 * 조, qualifiers: ['초과'] })],
  },
  {
    about: '넘는 with particle',
    input: '1조원이 넘는 투자금이 몰렸다.',
    expect: [m('1조원', 조, 'KRW', { min: 조, qualifiers: ['넘는'] })],
  },
  {
    about: '넘게',
    input: '이 작품은 해외에서 500억원 넘게 벌어들였다.',
    expect: [m('500억원', 500 * 억, 'KRW', { min: 500 * 억, qualifiers: ['넘게'] })],
  },
  {
    about: '최소',
    input: '최소 2000억원의 추가 자본이 필요하다.',
    expect: [m('2000억원', 2000 * 억, 'KRW', { min: 2000 * 억, qualifiers: ['최소'] })],
  },
  {
    about: '이하',
    input: '연소득 7000만원 이하 가구가 대상이다.',
    expect: [m('7000만원', 7000 * 만, 'KRW', { max: 7000 * 만, qualifiers: ['이하'] })],
  },
  {
    about: '미만',
    input: '거래대금 1억원 미만 종목은 제외된다.',
    expect: [m('1억원', 억, 'KRW', { max: 억, qualifiers: ['미만'] })],
  },
  {
    about: '최대',
    input: '정부는 최대 5000만원까지 저리 대출을 해준다.',
    expect: [m('5000만원', 5000 * 만, 'KRW', { max: 5000 * 만, qualifiers: ['최대', '까지'] })],
  },
  {
    about: '까지',
    input: '대출 한도를 3억원까지 늘렸다.',
    expect: [m('3억원', 3 * 억, 'KRW', { max: 3 * 억, qualifiers: ['까지'] })],
  },
  {
    about: '이내',
    input: '경품은 1인당 10만원 이내로 제한된다.',
    expect: [m('10만원', 10 * 만, 'KRW', { max: 10 * 만, qualifiers: ['이내'], per: '1인당' })],
  },
  {
    about: '웃도는',
    input: '시장 예상치를 웃도는 영업이익 10조원을 냈다.',
    expect: [m('10조원', 10 * 조, 'KRW')],
  },
  {
    about: '을 웃도는 after figure',
    input: '매출은 3조원을 웃도는 수준이다.',
    expect: [m('3조원', 3 * 조, 'KRW', { min: 3 * 조, qualifiers: ['웃도는'] })],
  },
  {
    about: 'comparison not a bound',
    input: '수출액이 6조5천억 원을 넘어섰다.',
    expect: [m('6조5천억 원', 6.5 * 조, 'KRW')],
  },
  {
    about: 'comparison 돌파',
    input: '누적 거래액이 10조원을 돌파했다.',
    expect: [m('10조원', 10 * 조, 'KRW')],
  },
  // Bands
  {
    about: '원대 band',
    input: '이 회사는 2300억 원대 매출을 올렸다.',
    expect: [
      m('2300억 원', null, 'KRW', {
        approximate: true,
        min: 2300 * 억,
        max: 2400 * 억,
        qualifiers: ['대'],
      }),
    ],
  },
  {
    about: '조원대',
    input: '올해 영업이익은 1조원대에 그칠 전망이다.',
    expect: [
      m('1조원', null, 'KRW', { approximate: true, min: 조, max: 2 * 조, qualifiers: ['대'] }),
    ],
  },
  {
    about: '10억원대 apartment',
    input: '강남에서는 10억원대 아파트도 드물어졌다.',
    expect: [
      m('10억원', null, 'KRW', {
        approximate: true,
        min: 10 * 억,
        max: 20 * 억,
        qualifiers: ['대'],
      }),
    ],
  },
  {
    about: '만원대 price',
    input: '보급형 모델은 30만원대로 책정됐다.',
    expect: [
      m('30만원', null, 'KRW', {
        approximate: true,
        min: 30 * 만,
        max: 40 * 만,
        qualifiers: ['대'],
      }),
    ],
  },
  {
    about: '1조5000억원대',
    input: '이번 거래는 1조5000억원대로 알려졌다.',
    expect: [
      m('1조5000억원', null, 'KRW', {
        approximate: true,
        min: 1.5 * 조,
        max: 1.6 * 조,
        qualifiers: ['대'],
      }),
    ],
  },
  {
    about: '원 대출 is not a band',
    input: '은행은 1조원 대출을 승인했다.',
    expect: [m('1조원', 조, 'KRW')],
  },
  // Ranges
  {
    about: 'range bare left',
    input: '증권가는 투자 규모를 3~5조원으로 본다.',
    expect: [m('3~5조원', null, 'KRW', { min: 3 * 조, max: 5 * 조 })],
  },
  {
    about: 'range 억 위안',
    input: '중국 시장 규모는 235~247억 위안으로 추정된다.',
    expect: [m('235~247억 위안', null, 'CNY', { min: 235 * 억, max: 247 * 억 })],
  },
  {
    about: 'range both magnitudes',
    input: '매각가는 2000억~3000억원 수준이다.',
    // 수준 marks an approximate figure (issue 11).
    expect: [
      m('2000억~3000억원', null, 'KRW', {
        min: 2000 * 억,
        max: 3000 * 억,
        approximate: true,
        qualifiers: ['수준'],
      }),
    ],
  },
  {
    about: 'range 억 to 조',
    input: '과징금은 5000억~1조원이 될 수 있다.',
    expect: [m('5000억~1조원', null, 'KRW', { min: 5000 * 억, max: 조 })],
  },
  {
    about: 'range 천만 borrowed',
    input: '중고차 가격은 3~5천만원 선이다.',
    expect: [m('3~5천만원', null, 'KRW', { min: 3000 * 만, max: 5000 * 만 })],
  },
  {
    about: 'range wave dash',
    input: '공모가는 2만∼2만4000원으로 정해졌다.',
    expect: [m('2만∼2만4000원', null, 'KRW', { min: 2 * 만, max: 2.4 * 만 })],
  },
  {
    about: 'range with spaces',
    input: '목표주가를 8만 ~ 9만원으로 제시했다.',
    expect: [m('8만 ~ 9만원', null, 'KRW', { min: 8 * 만, max: 9 * 만 })],
  },
  {
    about: 'range both currencies',
    input: '가격은 1000달러~1500달러 사이다.',
    expect: [m('1000달러~1500달러', null, 'USD', { min: 1000, max: 1500 })],
  },
  {
    about: 'range 에서 사이',
    input: '인수가는 1000억원에서 2000억원 사이로 거론된다.',
    expect: [m('1000억원에서 2000억원', null, 'KRW', { min: 1000 * 억, max: 2000 * 억 })],
  },
  {
    about: '에서 으로 is a change',
    input: '자본금을 1000억원에서 2000억원으로 늘렸다.',
    expect: [m('1000억원', 1000 * 억, 'KRW'), m('2000억원', 2000 * 억, 'KRW')],
  },
  {
    about: 'approximate range',
    input: '총 사업비는 약 3~4조원으로 추산된다.',
    expect: [
      m('3~4조원', null, 'KRW', {
        approximate: true,
        min: 3 * 조,
        max: 4 * 조,
        qualifiers: ['약'],
      }),
    ],
  },
  {
    about: 'range dollars 사이를 오르내리다',
    input: '유가는 129~130달러 사이를 오르내렸다.',
    expect: [m('129~130달러', null, 'USD', { min: 129, max: 130 })],
  },
  // Currencies
  {
    about: '위안',
    input: '샤오미는 전기차 사업에 100억 위안을 쏟아붓는다.',
    expect: [m('100억 위안', 100 * 억, 'CNY')],
  },
  {
    about: '위안화',
    input: '인민은행은 500억 위안화를 시장에 풀었다.',
    expect: [m('500억 위안화', 500 * 억, 'CNY')],
  },
  {
    about: '元 with Chinese magnitude',
    input: "현지 공시에는 '投资50亿元'으로 적혀 있다.",
    expect: [m('50亿元', 50 * 억, 'CNY')],
  },
  {
    about: '엔',
    input: '도요타는 1조엔 규모의 자사주 매입을 발표했다.',
    expect: [m('1조엔', 조, 'JPY')],
  },
  { about: '엔화', input: '일본은행은 3조엔화를 공급했다.', expect: [m('3조엔화', 3 * 조, 'JPY')] },
  {
    about: '유로',
    input: 'EU는 반도체법에 430억 유로를 배정했다.',
    expect: [m('430억 유로', 430 * 억, 'EUR')],
  },
  {
    about: '파운드',
    input: '첼시는 이적료로 1억 파운드를 지불했다.',
    expect: [m('1억 파운드', 억, 'GBP')],
  },
  {
    about: '홍콩달러',
    input: '텐센트는 100억 홍콩달러 규모의 자사주를 사들인다.',
    expect: [m('100억 홍콩달러', 100 * 억, 'HKD')],
  },
  {
    about: '대만달러',
    input: 'TSMC는 배당금으로 주당 4대만달러를 지급한다.',
    expect: [m('4대만달러', 4, 'TWD', { per: '주당' })],
  },
  {
    about: '싱가포르달러',
    input: '싱가포르 정부는 10억 싱가포르달러를 지원한다.',
    expect: [m('10억 싱가포르달러', 10 * 억, 'SGD')],
  },
  {
    about: '호주달러',
    input: 'BHP는 50억 호주달러의 순이익을 냈다.',
    expect: [m('50억 호주달러', 50 * 억, 'AUD')],
  },
  {
    about: '캐나다달러',
    input: '캐나다 정부는 20억 캐나다달러를 배터리 공장에 지원한다.',
    expect: [m('20억 캐나다달러', 20 * 억, 'CAD')],
  },
  {
    about: '루블',
    input: '러시아는 1조 루블의 국방 예산을 추가 편성했다.',
    expect: [m('1조 루블', 조, 'RUB')],
  },
  {
    about: '루피',
    input: '인도 정부는 7600억 루피를 반도체에 지원한다.',
    expect: [m('7600억 루피', 7600 * 억, 'INR')],
  },
  {
    about: '루피아 not 루피',
    input: '인도네시아는 10조 루피아를 투입했다.',
    expect: [m('10조 루피아', 10 * 조, 'IDR')],
  },
  {
    about: '바트',
    input: '태국 정부는 5000억 바트의 경기부양책을 내놨다.',
    expect: [m('5000억 바트', 5000 * 억, 'THB')],
  },
  {
    about: '동 with Vietnam',
    input: '베트남 근로자의 최저임금은 월 468만동으로 올랐다.',
    expect: [m('468만동', 468 * 만, 'VND')],
  },
  {
    about: '미화 달러',
    input: '한국은행은 미화 5억 달러 규모의 외평채를 발행했다.',
    expect: [m('5억 달러', 5 * 억, 'USD')],
  },
  {
    about: 'dollar sign in Korean',
    input: '오픈AI는 $6.6bn 규모의 투자를 유치했다.',
    expect: [m('$6.6bn', 6.6e9, 'USD')],
  },
  {
    about: 'US$ in Korean',
    input: '이번 계약은 US$3.5 billion 규모다.',
    expect: [m('US$3.5 billion', 3.5e9, 'USD')],
  },
  {
    about: 'KRW code',
    input: '발행 금액은 KRW 5000억으로 확정됐다.',
    expect: [m('KRW 5000억', 5000 * 억, 'KRW')],
  },
  {
    about: 'won sign',
    input: '가격표에는 ₩15,000이 적혀 있었다.',
    expect: [m('₩15,000', 15000, 'KRW')],
  },
  {
    about: 'yen sign in Japan context',
    input: '일본 소니는 ¥500억을 투자한다고 밝혔다.',
    expect: [m('¥500억', 500 * 억, 'JPY')],
  },
  {
    about: 'yen sign in China context',
    input: '중국 알리바바는 ¥300억을 투자한다.',
    expect: [m('¥300억', 300 * 억, 'CNY')],
  },
  // Per
  {
    about: '주당',
    input: '이사회는 주당 5000원의 현금배당을 결의했다.',
    expect: [m('5000원', 5000, 'KRW', { per: '주당' })],
  },
  {
    about: '배럴당',
    input: '브렌트유는 배럴당 80달러에 거래됐다.',
    expect: [m('80달러', 80, 'USD', { per: '배럴당' })],
  },
  {
    about: '1인당',
    input: '정부는 1인당 25만원의 지원금을 지급한다.',
    expect: [m('25만원', 25 * 만, 'KRW', { per: '1인당' })],
  },
  {
    about: 'kg당',
    input: '배추 도매가는 kg당 3000원을 넘었다.',
    expect: [m('3000원', 3000, 'KRW', { per: 'kg당' })],
  },
  {
    about: '배럴 당 spaced',
    input: '유가는 배럴 당 30.48달러로 최고치를 기록했다.',
    expect: [m('30.48달러', 30.48, 'USD', { per: '배럴 당' })],
  },
  {
    about: '온스당',
    input: '금값은 온스당 2400달러를 돌파했다.',
    expect: [m('2400달러', 2400, 'USD', { per: '온스당' })],
  },
  {
    about: '주당 최대',
    input: '공개매수가는 주당 최대 8만3000원이다.',
    expect: [m('8만3000원', 83_000, 'KRW', { per: '주당', max: 83_000, qualifiers: ['최대'] })],
  },
  {
    about: '1주당',
    input: '1주당 1만원에 신주를 발행한다.',
    expect: [m('1만원', 만, 'KRW', { per: '1주당' })],
  },
  {
    about: '정당 is not a per base',
    input: '민주당 100억원 선거비용 보전',
    expect: [m('100억원', 100 * 억, 'KRW')],
  },
  // Equivalents
  {
    about: 'paren equivalent',
    input: '시장 규모가 올해 50억 위안(9000억원)에 이를 전망이다.',
    expect: [m('50억 위안', 50 * 억, 'CNY', { equivalents: [m('9000억원', 9000 * 억, 'KRW')] })],
  },
  {
    about: 'paren equivalent with 약',
    input: '이 회사는 28억달러(약 3조9000억원)에 인수됐다.',
    expect: [
      m('28억달러', 28 * 억, 'USD', {
        equivalents: [m('3조9000억원', 3.9 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'two equivalents with middle dot',
    input: '중국 AI 시장은 2천455억 위안(367억6천400만 달러·41조7천521억원)으로 커졌다.',
    expect: [
      m('2천455억 위안', 2455 * 억, 'CNY', {
        equivalents: [
          m('367억6천400만 달러', 36_764_000_000, 'USD'),
          m('41조7천521억원', 41_752_100_000_000, 'KRW'),
        ],
      }),
    ],
  },
  {
    about: 'apposition 우리 돈',
    input: '중국은 3800억 위안, 우리 돈 약 75조 원을 투입한다.',
    expect: [
      m('3800억 위안', 3800 * 억, 'CNY', {
        equivalents: [m('75조 원', 75 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'apposition 한화로',
    input: '계약 규모는 12억 달러, 한화로 약 1조6000억원이다.',
    expect: [
      m('12억 달러', 12 * 억, 'USD', {
        equivalents: [m('1조6000억원', 1.6 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'paren 한화',
    input: 'AC밀란은 이적료 3340만 달러(한화 337억원)를 제시했다.',
    expect: [m('3340만 달러', 3340 * 만, 'USD', { equivalents: [m('337억원', 337 * 억, 'KRW')] })],
  },
  {
    about: 'qualifier after paren applies to both',
    input: '발굴된 금의 가치는 3억달러(약 3100억원) 이상으로 평가된다.',
    expect: [
      m('3억달러', 3 * 억, 'USD', {
        min: 3 * 억,
        qualifiers: ['이상'],
        equivalents: [
          m('3100억원', 3100 * 억, 'KRW', {
            approximate: true,
            min: 3100 * 억,
            qualifiers: ['약', '이상'],
          }),
        ],
      }),
    ],
  },
  {
    about: 'equivalent 미화 inside paren',
    input: '국민연금 규모는 약 220조원(미화 2,326억 달러)에 이른다.',
    expect: [
      m('220조원', 220 * 조, 'KRW', {
        approximate: true,
        qualifiers: ['약'],
        equivalents: [m('2,326억 달러', 2326 * 억, 'USD')],
      }),
    ],
  },
  {
    about: 'share in paren is not an equivalent',
    input: '영업이익은 1조2000억원(43.7%)으로 늘었다.',
    expect: [m('1조2000억원', 1.2 * 조, 'KRW')],
  },
  {
    about: 'name then amount in paren',
    input: '지난해 영업이익은 쿠팡(1401억원), 컬리(1436억원) 순이었다.',
    expect: [m('1401억원', 1401 * 억, 'KRW'), m('1436억원', 1436 * 억, 'KRW')],
  },
  {
    about: 'same-currency parenthesis is not an equivalent',
    input: '총 1조원(국비 5000억원)이 투입된다.',
    expect: [m('1조원', 조, 'KRW'), m('5000억원', 5000 * 억, 'KRW')],
  },
  {
    about: 'euro to won paren',
    input: '그는 징역 4개월과 500유로(약 80만원)의 벌금을 선고받았다.',
    expect: [
      m('500유로', 500, 'EUR', {
        equivalents: [m('80만원', 80 * 만, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'yen with dollars paren',
    input: '정부는 4조7000억엔(440억 달러)을 투입했다.',
    expect: [
      m('4조7000억엔', 4.7 * 조, 'JPY', { equivalents: [m('440억 달러', 440 * 억, 'USD')] }),
    ],
  },
  {
    about: 'equivalent then 짜리',
    input: '그는 700만파운드(약 139억원)짜리 저택을 샀다.',
    expect: [
      m('700만파운드', 700 * 만, 'GBP', {
        equivalents: [m('139억원', 139 * 억, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  // Several figures in one sentence
  {
    about: 'two figures',
    input: '매출은 5조1000억원, 영업이익은 4200억원으로 집계됐다.',
    expect: [m('5조1000억원', 5.1 * 조, 'KRW'), m('4200억원', 4200 * 억, 'KRW')],
  },
  {
    about: 'price change',
    input: 'WTI는 2.16달러 오른 131.04달러에 거래됐다.',
    expect: [m('2.16달러', 2.16, 'USD'), m('131.04달러', 131.04, 'USD')],
  },
  {
    about: 'salary list',
    input: '올해 연봉은 2700만 달러로, 보너스 20만 달러는 별도다.',
    expect: [m('2700만 달러', 2700 * 만, 'USD'), m('20만 달러', 20 * 만, 'USD')],
  },
  {
    about: 'figure with 짜리 spaced',
    input: '1억1천만 달러 짜리 슈퍼컴퓨터가 공개됐다.',
    expect: [m('1억1천만 달러', 110_000_000, 'USD')],
  },
  {
    about: 'English amount in Korean text',
    input: '한국수출입은행은 KRW 1.5 trillion 규모의 채권을 발행했다.',
    expect: [m('KRW 1.5 trillion', 1.5 * 조, 'KRW')],
  },
  {
    about: '원 followed by 인',
    input: '시가총액이 10조원인 기업이다.',
    expect: [m('10조원', 10 * 조, 'KRW')],
  },
  {
    about: '원씩',
    input: '주주들에게 1주당 500원씩 배당한다.',
    expect: [m('500원', 500, 'KRW', { per: '1주당' })],
  },
  {
    about: 'exact large sum',
    input: '국가채무는 1126조7000억원으로 늘었다.',
    expect: [m('1126조7000억원', 1_126_700_000_000_000, 'KRW')],
  },
  {
    about: 'exact decimal 억',
    input: '벤처캐피털은 3.7억원을 투자했다.',
    expect: [m('3.7억원', 370_000_000, 'KRW')],
  },
  {
    about: 'exact 0.1',
    input: '수수료는 거래당 0.1달러다.',
    expect: [m('0.1달러', 0.1, 'USD', { per: '거래당' })],
  },
  // More phrasing seen in news
  {
    about: '한화 약 inside paren',
    input: '이 회사는 10억 달러(한화 약 1조3000억원)를 조달했다.',
    expect: [
      m('10억 달러', 10 * 억, 'USD', {
        equivalents: [m('1조3000억원', 1.3 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: '약 on both sides',
    input: '약 7억5000만 달러(약 1조원) 규모의 계약이다.',
    expect: [
      m('7억5000만 달러', 750_000_000, 'USD', {
        approximate: true,
        qualifiers: ['약'],
        equivalents: [m('1조원', 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: '兆円',
    input: '소프트뱅크는 1兆円 규모의 펀드를 만든다.',
    expect: [m('1兆円', 조, 'JPY')],
  },
  {
    about: '万元',
    input: '벌금은 5000万元으로 정해졌다.',
    expect: [m('5000万元', 5000 * 만, 'CNY')],
  },
  {
    about: '달러어치',
    input: '중국은 미국산 대두 2억 달러어치를 사들였다.',
    expect: [m('2억 달러', 2 * 억, 'USD')],
  },
  {
    about: '미화 약',
    input: '한국은행은 미화 약 5억 달러를 매도한 것으로 추정된다.',
    expect: [m('5억 달러', 5 * 억, 'USD', { approximate: true, qualifiers: ['약'] })],
  },
  {
    about: '수억원대',
    input: '그는 수억원대 사기 혐의로 구속됐다.',
    expect: [
      m('수억원', null, 'KRW', { approximate: true, min: 억, max: 10 * 억, qualifiers: ['대'] }),
    ],
  },
  {
    about: '가량 spaced',
    input: '손실액은 1조 원 가량으로 추산된다.',
    expect: [m('1조 원', 조, 'KRW', { approximate: true, qualifiers: ['가량'] })],
  },
  {
    about: 'glued verb informal',
    input: '그 인형도 4천원주고 샀던 기억이 난다.',
    expect: [m('4천원', 4000, 'KRW')],
  },
  {
    about: 'glued noun headline',
    input: '현대차, 美 조지아에 7조원투자 확정',
    expect: [m('7조원', 7 * 조, 'KRW')],
  },
  {
    about: '하는 price',
    input: '1장에 5달러(약 5160원)하는 복권이다.',
    expect: [
      m('5달러', 5, 'USD', {
        equivalents: [m('5160원', 5160, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'yen with won paren',
    input: '아이 엄마는 강도에게 1만엔(약 9만4000원)을 건넸다.',
    expect: [
      m('1만엔', 만, 'JPY', {
        equivalents: [m('9만4000원', 94_000, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'rupee to won paren',
    input: '주민들은 매달 6루피(약 145원)를 내야 한다.',
    expect: [
      m('6루피', 6, 'INR', {
        equivalents: [m('145원', 145, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'dollar with pound paren',
    input: '미국은 그의 체포에 20,000달러(9,900파운드)의 현상금을 걸었다.',
    expect: [m('20,000달러', 20_000, 'USD', { equivalents: [m('9,900파운드', 9900, 'GBP')] })],
  },
  {
    about: 'won with dollar paren',
    input: '회사가 입은 피해는 약 50억원(5백만달러)으로 추정된다.',
    expect: [
      m('50억원', 50 * 억, 'KRW', {
        approximate: true,
        qualifiers: ['약'],
        equivalents: [m('5백만달러', 5_000_000, 'USD')],
      }),
    ],
  },
  {
    about: '이상 attached',
    input: '국제유가가 배럴당 140달러이상 급등했다.',
    expect: [m('140달러', 140, 'USD', { per: '배럴당', min: 140, qualifiers: ['이상'] })],
  },
  {
    about: 'NZD',
    input: '임원 중 25만 뉴질랜드달러 이상을 받는 사람이 늘었다.',
    expect: [m('25만 뉴질랜드달러', 25 * 만, 'NZD', { min: 25 * 만, qualifiers: ['이상'] })],
  },
  {
    about: '선 level',
    input: '환율 불안에도 코스피 종목의 주가는 5만원선을 지켰다.',
    expect: [m('5만원', 5 * 만, 'KRW')],
  },
  // Spaced groups, Hangul numerals before dollars, cents and 불
  {
    about: 'spaced 천 백만',
    input: '시 정부는 다리 보수에 6천 3백만 달러를 배정했다.',
    expect: [m('6천 3백만 달러', 63_000_000, 'USD')],
  },
  {
    about: 'spaced 만 천 literal',
    input: '중고 트럭은 2만 3천 450 달러에 팔렸다.',
    expect: [m('2만 3천 450 달러', 23_450, 'USD')],
  },
  {
    about: 'spaced 백 만',
    input: '그의 재산은 7백 20만 파운드로 평가됐다.',
    expect: [m('7백 20만 파운드', 7_200_000, 'GBP')],
  },
  {
    about: 'spaced 억 천 백만',
    input: '이 작품의 흥행 수입은 3억 1천 2백만 달러에 이른다.',
    expect: [m('3억 1천 2백만 달러', 312_000_000, 'USD')],
  },
  {
    about: 'bare 천 then spaced',
    input: '지난해 순이익은 천 6백만 달러였다.',
    expect: [m('천 6백만 달러', 16_000_000, 'USD')],
  },
  {
    about: 'spaced 홍콩 달러',
    input: '수출은 2백억 4천만 홍콩 달러로 줄었다.',
    expect: [m('2백억 4천만 홍콩 달러', 20_040_000_000, 'HKD')],
  },
  {
    about: 'spaced 캐나다 달러',
    input: '장비 가격은 3천 150만 캐나다 달러다.',
    expect: [m('3천 150만 캐나다 달러', 31_500_000, 'CAD')],
  },
  {
    about: 'lone numeral before 달러',
    input: '입장료는 십달러로 올랐다.',
    expect: [m('십달러', 10, 'USD')],
  },
  {
    about: 'lone 만 before 불',
    input: '그는 상금으로 만불을 받았다.',
    expect: [m('만불', 10_000, 'USD')],
  },
  {
    about: 'lone numeral before 파운드',
    input: '티켓은 구파운드에 팔렸다.',
    expect: [m('구파운드', 9, 'GBP')],
  },
  {
    about: 'lone 백 before 원',
    input: '봉투 값으로 백원을 더 받는다.',
    expect: [m('백원', 100, 'KRW')],
  },
  {
    about: 'Hangul decimal',
    input: '커피 한 잔이 사점오달러로 올랐다.',
    expect: [m('사점오달러', 4.5, 'USD')],
  },
  {
    about: 'cents',
    input: '휘발유 가격은 갤런당 12센트 내렸다.',
    expect: [m('12센트', 0.12, 'USD', { per: '갤런당' })],
  },
  {
    about: 'dollars and cents',
    input: '3월물 계약은 2달러 35센트 올랐다.',
    expect: [m('2달러 35센트', 2.35, 'USD')],
  },
  {
    about: '불 in older news',
    input: '올해 수출 100억불 달성이 목표다.',
    expect: [m('100억불', 100 * 억, 'USD')],
  },
  { about: 'suffix won sign', input: '자판기 커피는 500₩이다.', expect: [m('500₩', 500, 'KRW')] },
  {
    about: 'suffix euro sign',
    input: '메뉴판에는 12€라고 적혀 있었다.',
    expect: [m('12€', 12, 'EUR')],
  },
  {
    about: 'space between digits and unit',
    input: '회사는 올해 3 억 원의 순손실을 냈다.',
    expect: [m('3 억 원', 3 * 억, 'KRW')],
  },
  {
    about: 'space between comma digits and 억',
    input: '총 1,000 억원이 투입된다.',
    expect: [m('1,000 억원', 1000 * 억, 'KRW')],
  },
  {
    about: 'range with two-part right side',
    input: '매각가는 3조~3조5000억 원으로 거론된다.',
    expect: [m('3조~3조5000억 원', null, 'KRW', { min: 3 * 조, max: 3.5 * 조 })],
  },
  // Won implied after a money noun (headline style)
  {
    about: 'implied won 영업익',
    input: '삼성전자, 2분기 영업익 10.4조…전년比 1462%↑',
    expect: [m('10.4조', 10.4 * 조, 'KRW')],
  },
  {
    about: 'implied won two figures',
    input: '[실적] 매출 74조, 영업이익 6.6조 기록',
    expect: [m('74조', 74 * 조, 'KRW'), m('6.6조', 6.6 * 조, 'KRW')],
  },
  {
    about: 'implied won with particle',
    input: '투자 규모가 1000억에 이른다.',
    expect: [m('1000억', 1000 * 억, 'KRW')],
  },
  {
    about: 'implied won 연봉',
    input: '신입 연봉 5000만 시대가 열렸다.',
    expect: [m('5000만', 5000 * 만, 'KRW')],
  },
  {
    about: 'implied won with qualifier',
    input: '시총 약 1000조 돌파',
    expect: [m('1000조', 1000 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
  },
  // Issue 11: currency carried by ellipsis
  {
    about: 'bare magnitude in a parenthesis after dollars is won',
    input: '중국의 외환보유액은 5890억달러(약 846조)에 달한다.',
    expect: [
      m('5890억달러', 5890 * 억, 'USD', {
        equivalents: [m('846조', 846 * 조, 'KRW', { approximate: true, qualifiers: ['약'] })],
      }),
    ],
  },
  {
    about: 'bare magnitude between two won figures',
    input: '정부는 1500억원을 투입하고, 지자체가 3000억, 그 외 민간이 1500억원을 부담한다.',
    expect: [
      m('1500억원', 1500 * 억, 'KRW'),
      m('3000억', 3000 * 억, 'KRW'),
      m('1500억원', 1500 * 억, 'KRW'),
    ],
  },
  {
    about: 'currency at the end of a list distributes back (vague)',
    input: '수십조, 수백조원의 자금이 몰렸다.',
    expect: [
      m('수십조', null, 'KRW', { approximate: true, min: 10 * 조, max: 100 * 조 }),
      m('수백조원', null, 'KRW', { approximate: true, min: 100 * 조, max: 1000 * 조 }),
    ],
  },
  {
    about: 'currency at the end of a list distributes back (three items)',
    input: '정부는 세 해 동안 1조, 2조, 3조원을 차례로 투입한다.',
    expect: [m('1조', 조, 'KRW'), m('2조', 2 * 조, 'KRW'), m('3조원', 3 * 조, 'KRW')],
  },
  {
    about: 'list joined by 과 takes the dollars after it',
    input: '두 회사는 각각 3000억과 5000억 달러를 투자한다.',
    expect: [m('3000억', 3000 * 억, 'USD'), m('5000억 달러', 5000 * 억, 'USD')],
  },
  {
    about: 'a population between two won figures stays a count',
    input: '삼성은 1조원을 투자해 인구 14억의 시장에서 2조원을 벌었다.',
    expect: [m('1조원', 조, 'KRW'), m('2조원', 2 * 조, 'KRW')],
  },
  {
    about: 'a counted magnitude between two won figures stays a count',
    input: '회사는 1조원을 들여 3000억 개의 칩을 만들고 2조원을 번다.',
    expect: [m('1조원', 조, 'KRW'), m('2조원', 2 * 조, 'KRW')],
  },
  {
    about: 'no ellipsis across a sentence end',
    input: '매출은 1조원이다. 가입자는 3만, 협력사 몫은 2조원이다.',
    expect: [m('1조원', 조, 'KRW'), m('2조원', 2 * 조, 'KRW')],
  },
  // Issue 11: more currencies
  {
    about: 'peso in the Philippines',
    input: '필리핀 정부는 50억 페소를 투입한다.',
    expect: [m('50억 페소', 50 * 억, 'PHP')],
  },
  {
    about: 'peso in Mexico',
    input: '멕시코 중앙은행은 100억 페소 규모의 채권을 샀다.',
    expect: [m('100억 페소', 100 * 억, 'MXN')],
  },
  {
    about: 'peso in Argentina',
    input: '아르헨티나 정부는 1조 페소를 찍어냈다.',
    expect: [m('1조 페소', 조, 'ARS')],
  },
  {
    about: 'peso with no country: currency unknown',
    input: '그는 50억 페소를 받았다.',
    expect: [m('50억 페소', 50 * 억, null)],
  },
  {
    about: 'rupee in Pakistan',
    input: '파키스탄은 500억 루피의 예산을 배정했다.',
    expect: [m('500억 루피', 500 * 억, 'PKR')],
  },
  {
    about: 'lira',
    input: '터키 리라화 가치가 떨어져 100억 리라의 손실이 났다.',
    expect: [m('100억 리라', 100 * 억, 'TRY')],
  },
  {
    about: 'rand in South Africa',
    input: '남아공 정부는 50억 랜드를 지원한다.',
    expect: [m('50억 랜드', 50 * 억, 'ZAR')],
  },
  {
    about: 'dirham',
    input: '아랍에미리트(UAE)는 100억 디르함을 투자한다.',
    expect: [m('100억 디르함', 100 * 억, 'AED')],
  },
  {
    about: 'riyal (Saudi by default)',
    input: '사우디는 500억 리얄 규모의 펀드를 만든다.',
    expect: [m('500억 리얄', 500 * 억, 'SAR')],
  },
  {
    about: 'rial in Iran',
    input: '이란 정부는 1조 리알을 풀었다.',
    expect: [m('1조 리알', 조, 'IRR')],
  },
  {
    about: 'shekel',
    input: '이스라엘은 30억 셰켈을 배정했다.',
    expect: [m('30억 셰켈', 30 * 억, 'ILS')],
  },
  {
    about: 'franc',
    input: '스위스 은행은 10억 프랑을 벌었다.',
    expect: [m('10억 프랑', 10 * 억, 'CHF')],
  },
  {
    about: 'krona',
    input: '스웨덴 정부는 100억 크로나를 지원한다.',
    expect: [m('100억 크로나', 100 * 억, 'SEK')],
  },
  {
    about: 'krone with Norway and Denmark both near: currency unknown',
    input: '노르웨이와 덴마크 기업들은 합쳐 1000억 크로네를 벌었다.',
    expect: [m('1000억 크로네', 1000 * 억, null)],
  },
  {
    about: 'krone in Norway',
    input: '노르웨이 국부펀드는 1000억 크로네를 벌었다.',
    expect: [m('1000억 크로네', 1000 * 억, 'NOK')],
  },
  {
    about: 'zloty and forint',
    input: '폴란드는 100억 즐로티, 헝가리는 1000억 포린트를 지원한다.',
    expect: [m('100억 즐로티', 100 * 억, 'PLN'), m('1000억 포린트', 1000 * 억, 'HUF')],
  },
  {
    about: '베트남 동 named',
    input: '환전소에서 50만 베트남 동을 바꿨다.',
    expect: [m('50만 베트남 동', 50 * 만, 'VND')],
  },
  {
    about: 'North Korean won after 북한 돈',
    input: '북한 돈 100만원은 암시장에서 쌀 몇 포대 값이다.',
    expect: [m('100만원', 100 * 만, 'KPW')],
  },
  {
    about: 'won sent to North Korea stays KRW',
    input: '정부는 북한에 100억원을 지원한다.',
    expect: [m('100억원', 100 * 억, 'KRW')],
  },
  // Issue 11: bands and vague amounts
  {
    about: '후반대 after the currency',
    input: '올해 매출은 1조 원 후반대로 예상된다.',
    expect: [
      m('1조 원', null, 'KRW', {
        approximate: true,
        min: 1.7 * 조,
        max: 2 * 조,
        qualifiers: ['후반대'],
      }),
    ],
  },
  {
    about: '원대 후반',
    input: '영업이익은 1조원대 후반을 기록할 전망이다.',
    expect: [
      m('1조원', null, 'KRW', {
        approximate: true,
        min: 1.7 * 조,
        max: 2 * 조,
        qualifiers: ['대', '후반'],
      }),
    ],
  },
  {
    about: '초반',
    input: '계약금은 10억 원 초반에서 정해졌다.',
    expect: [
      m('10억 원', null, 'KRW', {
        approximate: true,
        min: 10 * 억,
        max: 13 * 억,
        qualifiers: ['초반'],
      }),
    ],
  },
  {
    about: '원대 중반 of a narrow band',
    input: '시가총액은 2300억원대 중반이다.',
    expect: [
      m('2300억원', null, 'KRW', {
        approximate: true,
        min: 2330 * 억,
        max: 2370 * 억,
        qualifiers: ['대', '중반'],
      }),
    ],
  },
  {
    about: '후반기 is a period, not a band',
    input: '투자금 5000억원 후반기 집행',
    expect: [m('5000억원', 5000 * 억, 'KRW')],
  },
  {
    about: '몇억',
    input: '그는 그 사업으로 몇억 원을 벌었다.',
    expect: [m('몇억 원', null, 'KRW', { approximate: true, min: 억, max: 10 * 억 })],
  },
  {
    about: '몇천만',
    input: '수리비로 몇천만 원이 들었다.',
    expect: [m('몇천만 원', null, 'KRW', { approximate: true, min: 1000 * 만, max: 억 })],
  },
  {
    about: '수준',
    input: '총사업비는 1조 원 수준이다.',
    expect: [m('1조 원', 조, 'KRW', { approximate: true, qualifiers: ['수준'] })],
  },
  {
    about: '에 육박',
    input: '적자가 1조원에 육박하는 것으로 나타났다.',
    expect: [m('1조원', 조, 'KRW', { approximate: true, qualifiers: ['육박'] })],
  },
  // Issue 11: negative amounts
  {
    about: 'minus sign',
    input: '영업이익은 -3조원으로 적자 전환했다.',
    expect: [m('-3조원', -3 * 조, 'KRW')],
  },
  {
    about: '마이너스',
    input: '순이익은 마이너스 1436억원이었다.',
    expect: [m('마이너스 1436억원', -1436 * 억, 'KRW')],
  },
  {
    about: '△ in a financial table',
    input: '영업이익 △3조2000억원(전년 1조원)',
    expect: [m('△3조2000억원', -3.2 * 조, 'KRW'), m('1조원', 조, 'KRW')],
  },
  {
    about: '적자 keeps a positive amount',
    input: '이 회사는 지난해 3조원 적자를 냈다.',
    expect: [m('3조원', 3 * 조, 'KRW')],
  },
  {
    about: 'a bullet dash with a space is not a sign',
    input: '- 3조원 규모 투자 계획',
    expect: [m('3조원', 3 * 조, 'KRW')],
  },
  {
    about: '▲ is a bullet, not a sign',
    input: '▲3조원 규모 반도체 펀드 ▲1조원 규모 배터리 펀드',
    expect: [m('3조원', 3 * 조, 'KRW'), m('1조원', 조, 'KRW')],
  },
  // Issue 11: ranges
  {
    about: '이상 … 이하 as one range',
    input: '2조 원 이상 3조 원 이하의 사업은 예비타당성 조사를 받는다.',
    expect: [
      m('2조 원 이상 3조 원', null, 'KRW', {
        min: 2 * 조,
        max: 3 * 조,
        qualifiers: ['이상', '이하'],
      }),
    ],
  },
  {
    about: '초과 … 미만 as one range',
    input: '과세표준 1억원 초과 5억원 미만 구간',
    expect: [
      m('1억원 초과 5억원', null, 'KRW', { min: 억, max: 5 * 억, qualifiers: ['초과', '미만'] }),
    ],
  },
  {
    about: '에서 … 사이 range',
    input: '인수가는 3조에서 5조 원 사이로 예상된다.',
    expect: [m('3조에서 5조 원', null, 'KRW', { min: 3 * 조, max: 5 * 조 })],
  },
  {
    about: 'dash range with magnitudes on both sides',
    input: '투자 규모는 3조-5조 원이다.',
    expect: [m('3조-5조 원', null, 'KRW', { min: 3 * 조, max: 5 * 조 })],
  },
  {
    about: '을 밑도는 is an upper bound',
    input: '영업이익은 시장 기대치인 1조원을 밑도는 수준이었다.',
    expect: [m('1조원', 조, 'KRW', { max: 조, qualifiers: ['밑도는'] })],
  },
];
