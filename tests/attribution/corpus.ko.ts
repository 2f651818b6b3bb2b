/**
 * Korean money in context, written by reading each sentence. Cases marked with `source` are
 * sentences of the shared corpus (ko-news-and-reviews.txt, Korean news 2006–08, CC BY-SA 3.0);
 * the rest are written for this corpus in the manner of business news.
 */
import type { ContextCase } from './cases.js';

const Q = 'quarter' as const;
const Y = 'year' as const;

export const KO_CONTEXT_CASES: ContextCase[] = [
  {
    text: '삼성전자는 올해 3분기 영업이익이 10조원으로 전년 동기 대비 20% 증가했다고 밝혔다.',
    dates: [
      { text: '올해 3분기', value: '2024-Q3', grain: Q },
      { text: '전년 동기', value: '2023-Q3', grain: Q },
    ],
    expect: [
      {
        money: '10조원',
        subject: '삼성전자',
        measure: 'operating_profit',
        period: '올해 3분기',
        change: { direction: 'up', from: null, percent: 20 },
      },
    ],
  },
  {
    text: '삼성전자의 3분기 영업이익은 10조원이다.',
    dates: [{ text: '3분기', value: '2024-Q3', grain: Q }],
    expect: [
      {
        money: '10조원',
        subject: '삼성전자',
        measure: 'operating_profit',
        period: '3분기',
        change: null,
      },
    ],
  },
  {
    text: '중국 정부는 올해 반도체 산업에 50억 위안을 투자한다.',
    dates: [{ text: '올해', value: '2024', grain: Y }],
    expect: [
      {
        money: '50억 위안',
        // A country's body by a common noun is a government entity since issue 12 (the
        // contract's older example called 중국 정부 a non-entity subject).
        subject: '중국 정부',
        measure: 'investment',
        period: '올해',
        change: null,
      },
    ],
  },
  {
    text: '매출이 3조원에서 5조원으로 늘었다.',
    expect: [
      { money: '3조원', subject: null, measure: 'revenue', period: null, change: null },
      {
        money: '5조원',
        subject: null,
        measure: 'revenue',
        period: null,
        change: { direction: 'up', from: 0, percent: null },
      },
    ],
  },
  {
    text: 'LG전자는 매출 10조원을 기록했고 영업이익은 20% 늘었다.',
    expect: [
      { money: '10조원', subject: 'LG전자', measure: 'revenue', period: null, change: null },
    ],
  },
  {
    text: '네이버는 지난해 매출 5조원, 영업이익 1조3000억원을 기록했다.',
    dates: [{ text: '지난해', value: '2023', grain: Y }],
    expect: [
      { money: '5조원', subject: '네이버', measure: 'revenue', period: '지난해', change: null },
      {
        money: '1조3000억원',
        subject: '네이버',
        measure: 'operating_profit',
        period: '지난해',
        change: null,
      },
    ],
  },
  {
    text: '카카오는 5000억원 규모의 투자를 유치했다고 밝혔다.',
    expect: [
      { money: '5000억원', subject: '카카오', measure: 'funding', period: null, change: null },
    ],
  },
  {
    text: '공정거래위원회는 구글에 과징금 2000억원을 부과했다.',
    expect: [{ money: '2000억원', subject: '구글', measure: 'fine', period: null, change: null }],
  },
  {
    text: '전년 동기 대비 15% 줄어든 3000억원의 순이익을 냈다.',
    dates: [{ text: '전년 동기', value: '2023-Q3', grain: Q }],
    expect: [
      {
        money: '3000억원',
        subject: null,
        measure: 'net_profit',
        period: null,
        change: { direction: 'down', from: null, percent: 15 },
      },
    ],
  },
  {
    text: '한국전력은 올해 상반기 영업손실 2조원을 기록했다.',
    dates: [{ text: '올해 상반기', value: '2024-H1', grain: 'half' }],
    expect: [
      { money: '2조원', subject: '한국전력', measure: 'loss', period: '올해 상반기', change: null },
    ],
  },
  {
    text: '지난해 국내 게임 시장 규모는 20조원에 달했다.',
    dates: [{ text: '지난해', value: '2023', grain: Y }],
    expect: [
      { money: '20조원', subject: null, measure: 'market_size', period: '지난해', change: null },
    ],
  },
  {
    text: 'SK하이닉스는 1분기 매출 12조4296억원, 영업이익 2조8860억원을 올렸다.',
    dates: [{ text: '1분기', value: '2024-Q1', grain: Q }],
    expect: [
      {
        money: '12조4296억원',
        subject: 'SK하이닉스',
        measure: 'revenue',
        period: '1분기',
        change: null,
      },
      {
        money: '2조8860억원',
        subject: 'SK하이닉스',
        measure: 'operating_profit',
        period: '1분기',
        change: null,
      },
    ],
  },
  {
    text: '이 회사의 시가총액은 이날 500조원을 넘어섰다.',
    published: '2024-11-15',
    dates: [{ text: '이날', value: '2024-11-15', grain: 'day' }],
    expect: [
      {
        money: '500조원',
        subject: '회사',
        entity: false,
        measure: 'market_cap',
        period: '이날',
        change: null,
      },
    ],
  },
  {
    text: '관람료는 1만2000원이다.',
    expect: [{ money: '1만2000원', subject: null, measure: 'price', period: null, change: null }],
  },
  {
    text: '그는 지갑에서 5만원을 꺼냈다.',
    expect: [{ money: '5만원', subject: null, measure: null, period: null, change: null }],
  },
  {
    text: '중국의 생성AI 시장규모가 올해 50억 위안(9000억원)에서 2025년 800억 위안(14조 4000억원), 2026년엔 1700억 위안(30조 6000억원)으로 급성장할 거로 보고 있다.',
    dates: [
      { text: '올해', value: '2023', grain: Y },
      { text: '2025년', value: '2025', grain: Y },
      { text: '2026년', value: '2026', grain: Y },
    ],
    expect: [
      { money: '50억 위안', subject: null, measure: 'market_size', period: '올해', change: null },
      {
        money: '800억 위안',
        subject: null,
        measure: 'market_size',
        period: '2025년',
        change: { direction: 'up', from: 0, percent: null },
      },
      {
        money: '1700억 위안',
        subject: null,
        measure: 'market_size',
        period: '2026년',
        change: { direction: 'up', from: 1, percent: null },
      },
    ],
  },
  {
    text: '서울대가 250억 원의 예산으로 서울 관악 캠퍼스에 여 황우석 교수의 줄기 세포 연구를 위한 첨단 생명공학 연구동을 건설할 예정이다.',
    source: 'corpus:2857',
    expect: [
      { money: '250억 원', subject: '서울대', measure: 'budget', period: null, change: null },
    ],
  },
  {
    text: '일부 텍사스 송전회사들이 28일(현지시간) 미국 대규모 풍력을 활용하기 위한 최신 송전선을 설치하는데 50억달러를 투자한다고 발표했다.',
    source: 'corpus:96',
    dates: [{ text: '28일', value: '2008-07-28', grain: 'day' }],
    expect: [
      {
        money: '50억달러',
        subject: '텍사스 송전회사들',
        entity: false,
        measure: 'investment',
        period: null,
        change: null,
      },
    ],
  },
  {
    text: '영국 언론은 이적료가 2억3800만달러(약 2400억 원)이 될 거시며 세계 최고를 기록할 것이라고 보도했다.',
    source: 'corpus:570',
    expect: [
      { money: '2억3800만달러', subject: null, measure: 'deal', period: null, change: null },
    ],
  },
  {
    text: '로버트 스터겔 FAA시행 행정관은 FAA가 JFK공항을 포함, 미국에서 혼잡한 20개의 공항 활주로에 3년간 4억달러(약 4000억원)의 예산을 들여 최신식 상황 지시등을 설치할 것이라고 전했다.',
    source: 'corpus:1627',
    expect: [{ money: '4억달러', subject: 'FAA', measure: 'budget', period: null, change: null }],
  },
  {
    text: '러시아의 억만장자인 드미트리 리볼로브예프는 트럼프가 지난 2004년 4100만 달러에 구입한 대서양이 보이는 5574평방미터 부지의 이 대저택을 사들인 것으로 알려졌다.',
    source: 'corpus:1416',
    dates: [{ text: '지난 2004년', value: '2004', grain: Y }],
    expect: [
      {
        money: '4100만 달러',
        subject: '트럼프',
        measure: 'deal',
        period: '지난 2004년',
        change: null,
      },
    ],
  },
  {
    text: 'AC밀란은 이적료 3340만 달러(한화 337억원)를 바르셀로나에 지급했고 유럽축구연맹(UEFA) 챔피언스리그 진출시 추가로 630만 달러를 주기로 했다.',
    source: 'corpus:1542',
    expect: [
      { money: '3340만 달러', subject: 'AC밀란', measure: 'deal', period: null, change: null },
      { money: '630만 달러', subject: 'AC밀란', measure: 'deal', period: null, change: null },
    ],
  },
  {
    text: '생성 AI 신생기업인 01.AI는 설립 8개월 만에 유니콘(기업가치 10억 달러 이상의 비상장사)이 됐다.',
    expect: [
      { money: '10억 달러', subject: null, measure: 'valuation', period: null, change: null },
    ],
  },
  {
    // A surname with `씨` is the clause's topic; `챙겼` says the money was taken.
    text: '김씨는 투자자들로부터 3억원을 받아 챙겼다.',
    expect: [{ money: '3억원', subject: '김', measure: 'other', period: null, change: null }],
  },
  {
    // The police recover the money; it is not theirs.
    text: '경찰은 부당하게 지급된 20억원을 환수했다.',
    expect: [{ money: '20억원', subject: null, measure: 'other', period: null, change: null }],
  },
  {
    text: '그는 강도에게 5만원을 주고 달아났다.',
    expect: [{ money: '5만원', subject: null, measure: 'other', period: null, change: null }],
  },
  {
    // The first figure of a list shares the word after the last.
    text: '8GB 모델은 199달러, 16GB 모델은 299달러에 구매할 수 있다.',
    expect: [
      { money: '199달러', subject: null, measure: 'price', period: null, change: null },
      { money: '299달러', subject: null, measure: 'price', period: null, change: null },
    ],
  },
  {
    text: '고객들이 하루 만에 5억달러를 인출했다.',
    expect: [
      {
        money: '5억달러',
        subject: '고객들',
        entity: false,
        measure: 'other',
        period: null,
        change: null,
      },
    ],
  },
  {
    // A country heading its trade figure is the party to it.
    text: '일본 자동차수출은 500억달러에 이르렀다.',
    expect: [
      { money: '500억달러', subject: '일본', measure: 'exports', period: null, change: null },
    ],
  },
  {
    // The party noun a relative clause describes owns the figure in it.
    text: '연봉 5천만원 이상인 미혼 직장인은 세금을 더 낸다.',
    expect: [
      {
        money: '5천만원',
        subject: '미혼 직장인',
        entity: false,
        measure: 'wage',
        period: null,
        change: null,
      },
    ],
  },
  {
    // The name heading the measure word the figure modifies.
    text: '3년 동안 300억원 이상의 국민연금 재정이 새어 나갔다.',
    expect: [
      { money: '300억원', subject: '국민연금', measure: 'budget', period: null, change: null },
    ],
  },
  {
    // The one a loss is done to bears it, not the clause's topic.
    text: '노조는 경영진이 회사에 50억원의 손해를 끼쳤다고 주장했다.',
    expect: [
      {
        money: '50억원',
        subject: '회사',
        entity: false,
        measure: 'cost',
        period: null,
        change: null,
      },
    ],
  },
  {
    // What a claim is about (`에 대한`) is not its recipient.
    text: '구글에 대한 10억 달러 손해배상 소송이 기각됐다.',
    expect: [{ money: '10억 달러', subject: null, measure: 'fine', period: null, change: null }],
  },
  {
    // `등은`: the first of several named is still the topic.
    text: '박씨 등은 훔친 휴대전화 3억원 어치를 사들였다.',
    expect: [{ money: '3억원', subject: '박', measure: 'deal', period: null, change: null }],
  },
  {
    // A fund's size, not money put into it.
    text: '이 펀드 규모는 약 3조원으로 주식에 투자된다.',
    expect: [{ money: '3조원', subject: null, measure: 'fund', period: null, change: null }],
  },
  {
    // A threshold is nobody's money, whoever argues it.
    text: '야당은 과세 기준을 4천만원으로 낮추자고 주장했다.',
    expect: [{ money: '4천만원', subject: null, measure: 'other', period: null, change: null }],
  },
  {
    // The relative clause says the one it describes sells.
    text: '중고 자전거를 5만원에 판매하겠다고 한 주민이 경찰에 붙잡혔다.',
    expect: [
      {
        money: '5만원',
        subject: '주민',
        entity: false,
        measure: 'price',
        period: null,
        change: null,
      },
    ],
  },
];
