/**
 * Korean dates corpus: news-style sentences and the dates they hold, written by hand (values
 * worked out on a calendar against the reference, Tuesday 2013-02-12).
 */
import type { DateCase } from './cases.js';

export const KO_CASES: DateCase[] = [
  // Absolute dates
  {
    input: '삼성전자의 2024년 3분기 영업이익은 9조원이다.',
    expect: [['2024년 3분기', '2024-Q3', 'quarter']],
  },
  {
    input: '대선은 2007년 12월 19일 오후 3시 현재 개표 중이다.',
    expect: [['2007년 12월 19일 오후 3시', '2007-12-19T15:00', 'hour']],
  },
  { input: '정부는 2024 회계연도 예산을 확정했다.', expect: [['2024 회계연도', '2024', 'year']] },
  { input: '2013년도 예산안이 통과됐다.', expect: [['2013년도', '2013', 'year']] },
  { input: '법은 2008년 6월 16일 시행됐다.', expect: [['2008년 6월 16일', '2008-06-16', 'day']] },
  { input: '공시일: 2008.6.16', expect: [['2008.6.16', '2008-06-16', 'day']] },
  { input: '2013-02-12 발표 자료', expect: [['2013-02-12', '2013-02-12', 'day']] },
  { input: '2008. 6. 16. 서울', expect: [['2008. 6. 16', '2008-06-16', 'day']] },
  { input: '2014년 상반기 출시 예정이다.', expect: [['2014년 상반기', '2014-H1', 'half']] },
  { input: '2012년 말 기준 부채는 늘었다.', expect: [['2012년 말', '2012', 'year', 'a']] },
  { input: '2015년 초 완공된다.', expect: [['2015년 초', '2015', 'year', 'a']] },
  { input: '2017년 7월엔 전략이 발표됐다.', expect: [['2017년 7월', '2017-07', 'month']] },
  { input: "'08년 실적을 넘어섰다.", expect: [["'08년", '2008', 'year']] },
  {
    input: '2013년 2월 12일 화요일 발표했다.',
    expect: [['2013년 2월 12일 화요일', '2013-02-12', 'day']],
  },
  { input: '2021년만 해도 3개사에 불과했다.', expect: [['2021년', '2021', 'year']] },
  { input: '2030년까지 세계 1위를 노린다.', expect: [['2030년', '2030', 'year']] },
  {
    input: '2012~2022년 9월까지 논문을 분석했다.',
    expect: [['2012~2022년 9월', null, 'month']],
  },
  {
    input: '2022~2026년간 연평균 성장률은 300%다.',
    expect: [['2022~2026년', null, 'year']],
  },
  { input: '오는 2015년 완공된다.', expect: [['오는 2015년', '2015', 'year']] },
  { input: '지난 2008년 금융위기 이후', expect: [['지난 2008년', '2008', 'year']] },

  // Days of the month, with and without 지난/오는
  { input: '정부는 지난 19일 대책을 발표했다.', expect: [['지난 19일', '2013-01-19', 'day', 'r']] },
  { input: '지난 5일 열린 회의에서 결정됐다.', expect: [['지난 5일', '2013-02-05', 'day', 'r']] },
  { input: '박람회는 오는 20일 개막한다.', expect: [['오는 20일', '2013-02-20', 'day', 'r']] },
  { input: '신제품은 오는 5일 출시된다.', expect: [['오는 5일', '2013-03-05', 'day', 'r']] },
  { input: '19일 서울 중구에서 열린 행사에서', expect: [['19일', '2013-01-19', 'day', 'r']] },
  { input: '1월 13일 귀국했다.', expect: [['1월 13일', '2013-01-13', 'day', 'r']] },
  { input: '16일자 보도에 따르면', expect: [['16일', '2013-01-16', 'day', 'r']] },
  { input: '2월 4일(현지시간) 발표했다.', expect: [['2월 4일', '2013-02-04', 'day', 'r']] },
  { input: '내년 1월 1일부터 시행된다.', expect: [['내년 1월 1일', '2014-01-01', 'day', 'r']] },
  { input: '지난해 12월 31일 마감했다.', expect: [['지난해 12월 31일', '2012-12-31', 'day', 'r']] },
  { input: '19일 15시 기준', expect: [['19일 15시', '2013-01-19T15:00', 'hour', 'r']] },
  {
    input: '15일 오후 2시 30분 개막',
    expect: [['15일 오후 2시 30분', '2013-01-15T14:30', 'minute', 'r']],
  },
  {
    input: '지난 19일 기자회견에서',
    ref: '2008-06-16',
    expect: [['지난 19일', '2008-05-19', 'day', 'r']],
  },
  {
    input: '지난 2일 기자회견에서',
    ref: '2008-06-16',
    expect: [['지난 2일', '2008-06-02', 'day', 'r']],
  },

  // Relative days and times of day
  { input: '이날 코스피는 1% 올랐다.', expect: [['이날', '2013-02-12', 'day', 'r']] },
  { input: '오늘 발표된 자료에 따르면', expect: [['오늘', '2013-02-12', 'day', 'r']] },
  { input: '어제 오후 기자들과 만났다.', expect: [['어제 오후', '2013-02-11', 'day', 'r']] },
  { input: '그는 전날 귀국했다.', expect: [['전날', '2013-02-11', 'day', 'r']] },
  {
    input: '다음날 새벽 5시 출국했다.',
    expect: [['다음날 새벽 5시', '2013-02-13T05:00', 'hour', 'r']],
  },
  {
    input: '내일 오전 9시 발표한다.',
    expect: [['내일 오전 9시', '2013-02-13T09:00', 'hour', 'r']],
  },
  { input: '이튿날 회의가 열렸다.', expect: [['이튿날', '2013-02-13', 'day', 'r']] },
  { input: '이날 오후 3시 주가는', expect: [['이날 오후 3시', '2013-02-12T15:00', 'hour', 'r']] },
  {
    input: '오전 10시 30분 발표했다.',
    expect: [['오전 10시 30분', '2013-02-12T10:30', 'minute', 'r']],
  },
  { input: '새벽 2시께 불이 났다.', expect: [['새벽 2시께', '2013-02-12T02:00', 'hour', 'ra']] },
  {
    input: '밤 10시 30분 귀가했다.',
    expect: [['밤 10시 30분', '2013-02-12T22:30', 'minute', 'r']],
  },
  { input: '오후 3시 반 회의', expect: [['오후 3시 반', '2013-02-12T15:30', 'minute', 'r']] },
  { input: '오후 1시께 도착했다.', expect: [['오후 1시께', '2013-02-12T13:00', 'hour', 'ra']] },
  { input: '이날 발표된 수치는', ref: null, expect: [['이날', null, 'day', 'r']] },

  // Weekdays and weeks
  { input: '월요일 오전 회의에서', expect: [['월요일 오전', '2013-02-11', 'day', 'r']] },
  { input: '지난 월요일 발표했다.', expect: [['지난 월요일', '2013-02-11', 'day', 'r']] },
  { input: '오는 금요일 결정된다.', expect: [['오는 금요일', '2013-02-15', 'day', 'r']] },
  { input: '다음 주 월요일 개막한다.', expect: [['다음 주 월요일', '2013-02-18', 'day', 'r']] },
  { input: '지난주 월요일 발표했다.', expect: [['지난주 월요일', '2013-02-04', 'day', 'r']] },
  { input: '지난주 발표한 자료', expect: [['지난주', '2013-W06', 'week', 'r']] },
  { input: '이번 주 안에 결론이 난다.', expect: [['이번 주', '2013-W07', 'week', 'r']] },
  { input: '다음 주 발표된다.', expect: [['다음 주', '2013-W08', 'week', 'r']] },

  // Months
  { input: '신제도는 오는 5월 출범한다.', expect: [['오는 5월', '2013-05', 'month', 'r']] },
  { input: '지난 3월 발표된 보고서', expect: [['지난 3월', '2012-03', 'month', 'r']] },
  {
    input: '지난 3월 발표된 보고서',
    ref: '2008-06-16',
    expect: [['지난 3월', '2008-03', 'month', 'r']],
  },
  {
    input: '오는 1월 시행된다.',
    ref: '2008-06-16',
    expect: [['오는 1월', '2009-01', 'month', 'r']],
  },
  { input: '3월 말 기준 잔액은', expect: [['3월 말', '2013-03', 'month', 'ra']] },
  { input: '2월 중순 발표된다.', expect: [['2월 중순', '2013-02', 'month', 'ra']] },
  { input: '12월 초순 개장한다.', expect: [['12월 초순', '2013-12', 'month', 'ra']] },
  { input: '2월 말께 결론이 난다.', expect: [['2월 말께', '2013-02', 'month', 'ra']] },
  { input: '오는 3월 중순 출시된다.', expect: [['오는 3월 중순', '2013-03', 'month', 'ra']] },
  { input: '작년 12월 수출은', expect: [['작년 12월', '2012-12', 'month', 'r']] },
  { input: '지난달 수출은 늘었다.', expect: [['지난달', '2013-01', 'month', 'r']] },
  { input: '지난달 말 기준', expect: [['지난달 말', '2013-01', 'month', 'ra']] },
  { input: '이달 중순 발표한다.', expect: [['이달 중순', '2013-02', 'month', 'ra']] },
  { input: '내달 출시된다.', expect: [['내달', '2013-03', 'month', 'r']] },
  { input: '다음 달 초 발표할 예정이다.', expect: [['다음 달 초', '2013-03', 'month', 'ra']] },
  { input: '그는 지난달 말했다.', expect: [['지난달', '2013-01', 'month', 'r']] },
  { input: '지난해 3월 발표된', ref: null, expect: [['지난해 3월', null, 'month', 'r']] },

  // Years, halves and quarters
  { input: '올해 상반기 매출은 늘었다.', expect: [['올해 상반기', '2013-H1', 'half', 'r']] },
  { input: '매출은 전년 동기 대비 20% 증가했다.', expect: [['전년 동기', null, 'year', 'r']] },
  { input: '지난해 같은 기간보다 늘었다.', expect: [['지난해 같은 기간', null, 'year', 'r']] },
  { input: '내년 예산은 늘어난다.', expect: [['내년', '2014', 'year', 'r']] },
  { input: '작년 매출은', expect: [['작년', '2012', 'year', 'r']] },
  { input: '재작년 이후 처음이다.', expect: [['재작년', '2011', 'year', 'r']] },
  { input: '내후년 완공된다.', expect: [['내후년', '2015', 'year', 'r']] },
  { input: '금년 중 결정된다.', expect: [['금년', '2013', 'year', 'r']] },
  { input: '하반기 채용을 늘린다.', expect: [['하반기', '2013-H2', 'half', 'r']] },
  { input: '내년 하반기 출시된다.', expect: [['내년 하반기', '2014-H2', 'half', 'r']] },
  { input: '연말까지 마무리한다.', expect: [['연말', '2013', 'year', 'ra']] },
  { input: '연초 대비 10% 올랐다.', expect: [['연초', '2013', 'year', 'ra']] },
  { input: '연내 출시할 계획이다.', expect: [['연내', '2013', 'year', 'r']] },
  { input: '올 연말까지 완료한다.', expect: [['올 연말', '2013', 'year', 'ra']] },
  { input: '올 들어 수출이 늘었다.', expect: [['올', '2013', 'year', 'r']] },
  { input: '올 상반기 실적은', expect: [['올 상반기', '2013-H1', 'half', 'r']] },
  { input: '올해 말까지 완공한다.', expect: [['올해 말', '2013', 'year', 'ra']] },
  { input: '지난해 말 기준', expect: [['지난해 말', '2012', 'year', 'ra']] },
  { input: '지난해 4분기 실적은', expect: [['지난해 4분기', '2012-Q4', 'quarter', 'r']] },
  { input: '1·4분기 실적이 개선됐다.', expect: [['1·4분기', '2013-Q1', 'quarter', 'r']] },
  { input: '2분기 말 기준', expect: [['2분기 말', '2013-Q2', 'quarter', 'ra']] },
  { input: '3분기 영업이익이 1조2000억원이다.', expect: [['3분기', '2013-Q3', 'quarter', 'r']] },
  { input: 'Q3 실적 발표', expect: [['Q3', '2013-Q3', 'quarter', 'r']] },
  { input: '5년 전 조사에서는', expect: [['5년 전', '2008', 'year', 'r']] },
  { input: '2024년 3분기', ref: null, expect: [['2024년 3분기', '2024-Q3', 'quarter']] },

  // Ranges and vague counts have a span and a grain but no single value
  {
    input: '회담을 6월 21일-24일 서울에서 연다.',
    ref: '2008-07-31',
    expect: [['6월 21일-24일', null, 'day', 'r']],
  },
  { input: '대만은 7~9월 사이에 태풍이 잦다.', expect: [['7~9월', null, 'month', 'r']] },
  { input: '발사준비팀은 오는 3∼4일 이틀간 점검한다.', expect: [['오는 3∼4일', null, 'day', 'r']] },
  { input: '2000년대 들어 급증했다.', expect: [['2000년대', null, 'year']] },
  { input: '몇 년 전부터 준비했다.', expect: [['몇 년 전', null, 'year', 'ra']] },

  // Glued and spoken forms seen in news
  { input: '올해들어 수출이 늘었다.', expect: [['올해', '2013', 'year', 'r']] },
  { input: '올 시즌 최고 기록을 세웠다.', expect: [['올 시즌', '2013', 'year', 'r']] },
  { input: '2001년 시즌 이전에 계약했다.', expect: [['2001년 시즌', '2001', 'year']] },
  { input: '2006년 여름 미국에서 열렸다.', expect: [['2006년 여름', '2006', 'year', 'a']] },
  {
    input: '그는 지난해 12월27일 숨졌다.',
    expect: [['지난해 12월27일', '2012-12-27', 'day', 'r']],
  },
  { input: '1주일 전부터 시행했다.', expect: [['1주일 전', '2013-W06', 'week', 'r']] },
  { input: '3개월여 전부터 사귀었다.', expect: [['3개월여 전', '2012-11', 'month', 'ra']] },
  { input: '관계자가 월요일날 밝혔다.', expect: [['월요일날', '2013-02-11', 'day', 'r']] },
  { input: '에일리언(1979년작)', expect: [['1979년', '1979', 'year']] },
  {
    input: '위성은 11시 34분 발사되었다.',
    expect: [['11시 34분', '2013-02-12T11:34', 'minute', 'r']],
  },
  { input: '지난 주말 시위가 열렸다.', expect: [['지난 주말', '2013-W06', 'week', 'r']] },
  { input: '전날 밤 열린 콘서트', expect: [['전날 밤', '2013-02-11', 'day', 'r']] },

  // Duckling's Korean time corpus, the news-relevant kinds, same reference time (Duckling reads a
  // bare weekday or day ahead; news reads it back, so those differ and are not repeated here)
  { input: '다음주 화요일', expect: [['다음주 화요일', '2013-02-19', 'day', 'r']] },
  { input: '지난 일요일', expect: [['지난 일요일', '2013-02-10', 'day', 'r']] },
  { input: '저번주 화요일', expect: [['저번주 화요일', '2013-02-05', 'day', 'r']] },
  {
    input: '2014년 7월 18일 금요일 오후 7시',
    expect: [['2014년 7월 18일 금요일 오후 7시', '2014-07-18T19:00', 'hour']],
  },
  {
    input: '9월 20일 저녁 7시 30분',
    expect: [['9월 20일 저녁 7시 30분', '2013-09-20T19:30', 'minute', 'r']],
  },
  { input: '2015/3/3', expect: [['2015/3/3', '2015-03-03', 'day']] },
  { input: '2015-3-3', expect: [['2015-3-3', '2015-03-03', 'day']] },
  { input: '2014년 10월', expect: [['2014년 10월', '2014-10', 'month']] },
  { input: '8월 8일', expect: [['8월 8일', '2013-08-08', 'day', 'r']] },
  { input: '저번달', expect: [['저번달', '2013-01', 'month', 'r']] },
  { input: '다음달', expect: [['다음달', '2013-03', 'month', 'r']] },
  { input: '이번분기', expect: [['이번분기', '2013-Q1', 'quarter', 'r']] },
  { input: '다음분기', expect: [['다음분기', '2013-Q2', 'quarter', 'r']] },
  { input: '2018년 4분기', expect: [['2018년 4분기', '2018-Q4', 'quarter']] },
  { input: '저번주', expect: [['저번주', '2013-W06', 'week', 'r']] },
  { input: '금주', expect: [['금주', '2013-W07', 'week', 'r']] },
  { input: '엊그제', expect: [['엊그제', '2013-02-10', 'day', 'r']] },
  { input: '내일모레', expect: [['내일모레', '2013-02-14', 'day', 'r']] },
  { input: '7일전', expect: [['7일전', '2013-02-05', 'day', 'r']] },
  { input: '14일전에', expect: [['14일전', '2013-01-29', 'day', 'r']] },
  { input: '오늘밤 8시', expect: [['오늘밤 8시', '2013-02-12T20:00', 'hour', 'r']] },
  { input: '7월 13일 - 15일', expect: [['7월 13일 - 15일', null, 'day', 'r']] },

  // From the gold guidelines: the same period a year before the one the sentence names
  {
    input: '3분기 영업이익이 전년 동기 대비 20% 늘었다.',
    expect: [
      ['3분기', '2013-Q3', 'quarter', 'r'],
      ['전년 동기', '2012-Q3', 'quarter', 'r'],
    ],
  },
  {
    input: '2012년 상반기 매출은 지난해 같은 기간보다 늘었다.',
    expect: [
      ['2012년 상반기', '2012-H1', 'half'],
      ['지난해 같은 기간', '2011-H1', 'half', 'r'],
    ],
  },
  {
    input: '이르면 이번 화요일까지 마무리된다.',
    ref: '2008-07-31',
    expect: [['이번 화요일', '2008-07-29', 'day', 'r']],
  },
  { input: '30일 여론조사에 따르면', expect: [['30일', '2013-01-30', 'day', 'r']] },
  { input: '바로 이 날 결정됐다.', expect: [['이 날', '2013-02-12', 'day', 'r']] },
  { input: '그는 올해의 선수로 뽑혔다.', expect: [] },
  { input: '3일 연속 하락했다.', expect: [] },

  // Not dates: durations, ages, counts, money, other numbers
  { input: '3년 동안 연구했다.', expect: [] },
  { input: '김모(33)씨는 경찰에 붙잡혔다.', expect: [] },
  { input: '33세의 나이로 취임했다.', expect: [] },
  { input: '노조는 3일간 파업을 벌였다.', expect: [] },
  { input: '10억원을 투자했다.', expect: [] },
  { input: '1980년생 동갑내기', expect: [] },

  { input: '3개월 만에 회복했다.', expect: [] },
  { input: '10년 만에 최대 규모다.', expect: [] },
  { input: '지난 10년간 두 배로 늘었다.', expect: [] },
  { input: '30일 이내 신고해야 한다.', expect: [] },
  { input: '주가는 3일째 하락했다.', expect: [] },
  { input: '매주 월요일 회의를 연다.', expect: [] },
  { input: '2024년형 모델을 공개했다.', expect: [] },
  { input: '설립 8개월 만에 유니콘이 됐다.', expect: [] },
  { input: '3일 동안 머물렀다.', expect: [] },
  { input: '3시간 동안 회의했다.', expect: [] },
  { input: '오늘날 기업들은', expect: [] },
  { input: '장기휴가 2일 정도를 더 쓴다.', expect: [] },
  { input: '1000억 원 규모의 펀드', expect: [] },
];
