/**
 * Korean date words and patterns. Each table is checked by `tests/dates/corpus.ko.ts`.
 * Parts join in the scanner: `지난해` + `3분기`, `2007년` + `12월` + `19일` + `오후 3시`.
 */
import type { Direction, Frame } from './frame.js';
import { RANK, type Rule, WordTable } from './rule.js';

/** Years counted from the reference year. `올` alone is too common a prefix: see `올` below. */
export const RELATIVE_YEARS = new WordTable<number>({
  올해: 0,
  금년: 0,
  지난해: -1,
  작년: -1,
  전년: -1,
  전년도: -1,
  재작년: -2,
  지지난해: -2,
  내년: 1,
  내후년: 2,
});

/** Months counted from the reference month. */
export const RELATIVE_MONTHS = new WordTable<number>({
  이달: 0,
  '이번 달': 0,
  금월: 0,
  '지난 달': -1,
  전월: -1,
  전달: -1,
  '다음 달': 1,
  내달: 1,
  익월: 1,
});

/** Weeks counted from the reference week. (`전주` is also the city, so it is left out.) */
export const RELATIVE_WEEKS = new WordTable<number>({
  '이번 주': 0,
  금주: 0,
  '지난 주': -1,
  '다음 주': 1,
  내주: 1,
  차주: 1,
});

/** Days counted from the reference day. `전날`/`다음날` are read from the reference too. */
export const RELATIVE_DAYS = new WordTable<number>({
  오늘: 0,
  금일: 0,
  이날: 0,
  당일: 0,
  어제: -1,
  어저께: -1,
  전날: -1,
  전일: -1,
  그제: -2,
  그저께: -2,
  내일: 1,
  '다음 날': 1,
  이튿날: 1,
  익일: 1,
  모레: 2,
});

export const HALVES = new WordTable<number>({ 상반기: 1, 하반기: 2, 전반기: 1, 후반기: 2 });

/** Words before a month, day or weekday that say which one is meant. */
export const DIRECTIONS = new WordTable<Direction>({
  지난: 'past',
  오는: 'future',
  다가오는: 'future',
  돌아오는: 'future',
});

export const WEEKDAYS = new WordTable<number>({ 월: 0, 화: 1, 수: 2, 목: 3, 금: 4, 토: 5, 일: 6 });

/** Hours of the clock by part of the day: `오후 3시` is 15:00, `새벽 3시` 03:00. */
type DayPart = 'am' | 'pm' | 'night' | 'day';

export const DAY_PARTS = new WordTable<DayPart>({
  오전: 'am',
  새벽: 'am',
  아침: 'am',
  오후: 'pm',
  저녁: 'pm',
  밤: 'night',
  낮: 'day',
});

/** A part of a year or month (`3월 말`, `연말`, `중순`): the date is approximate. */
export const PERIOD_SUFFIXES = new WordTable<true>({
  초: true,
  초순: true,
  초반: true,
  중순: true,
  중반: true,
  하순: true,
  후반: true,
  말: true,
  말께: true,
  말경: true,
});

/** `께`, `경`, `무렵`, `쯤`: around a day or an hour. */
export const AROUND_SUFFIXES = new WordTable<true>({ 께: true, 경: true, 무렵: true, 쯤: true });

/** What may follow a date word directly, so that `3월 말했다` (said) is no `말`. */
const PARTICLE =
  '(?=[^가-힣]|$|에|엔|의|까지|부터|로|으로|께|쯤|경|이|인|은|는|만|도|와|과|보다|대비|기준|을|를|중|부|자|사이)';

/** An optional `께`/`경` and then a word's end; one capture group. */
const AROUND = `(?:\\s?(${AROUND_SUFFIXES.pattern})${PARTICLE}|${PARTICLE})`;
/** An optional `초`/`말`/… or `께`/`경` and then a word's end; two capture groups. */
const PERIOD = `(?:\\s?(${PERIOD_SUFFIXES.pattern})${PARTICLE}|\\s?(${AROUND_SUFFIXES.pattern})${PARTICLE}|${PARTICLE})`;
const HANGUL_WORD_START = '(?<![가-힣])';
/** Sub-year words may be glued to `년` or `해` (`2024년상반기`, `올해하반기`). */
const SUB_YEAR_START = '(?<=^|[^가-힣]|년|해)';
const NOT_IN_NUMBER = '(?<![0-9.,])';

const approx = (...suffixes: (string | undefined)[]) => suffixes.some((s) => s !== undefined);
const withApprox = (f: Frame, ...suffixes: (string | undefined)[]): Frame =>
  approx(...suffixes) ? { ...f, approximate: true } : f;

function clock(hour: number, part: DayPart | undefined): number | null {
  if (hour > 24) return null;
  if (part === 'pm' && hour < 12) return hour + 12;
  // 밤 10시 is 22:00 and 밤 12시 midnight; 낮 2시 is 14:00 and 낮 12시 noon.
  if (part === 'night') return hour === 12 ? 0 : hour >= 6 ? hour + 12 : hour;
  if (part === 'day') return hour < 7 ? hour + 12 : hour;
  return hour;
}

const timeFrame = (
  h: string | undefined,
  min: string | undefined,
  half: string | undefined,
  part: DayPart | undefined,
  around: string | undefined,
): Frame | null => {
  const hour = clock(Number(h), part);
  if (hour === null) return null;
  const minute = min !== undefined ? Number(min) : half !== undefined ? 30 : undefined;
  return withApprox(minute === undefined ? { hour } : { hour, minute }, around);
};

const MINUTES = '(?:\\s?([0-5]?[0-9])분|\\s?(반))?';

export const KO_RULES: Rule[] = [
  {
    name: 'numeric date (2024-03-19, 2008.6.16)',
    pattern: `${NOT_IN_NUMBER}((?:19|20)[0-9]{2})[-./]\\s?(1[0-2]|0?[1-9])[-./]\\s?(3[01]|[12][0-9]|0?[1-9])(?![0-9])`,
    rank: RANK.day,
    build: (g) => ({ year: Number(g[1]), month: Number(g[2]), day: Number(g[3]) }),
  },
  {
    name: 'fiscal year (2024 회계연도, 2024년도)',
    pattern: `${NOT_IN_NUMBER}((?:19|20)[0-9]{2})(?:\\s?회계\\s?연도|\\s?회계\\s?년도|년도)`,
    rank: RANK.year,
    build: (g) => ({ year: Number(g[1]) }),
  },
  {
    name: 'year (2024년, 2024년 말)',
    // 2000년대 is a decade, 1980년생 a birth year, 2024년간 a span.
    pattern: `${NOT_IN_NUMBER}([12][0-9]{3})년(?!대|간|\\s?동안|째|생|치)${PERIOD}`,
    rank: RANK.year,
    build: (g) => withApprox({ year: Number(g[1]) }, g[2], g[3]),
  },
  {
    name: 'first year of a range (2012~2022년)',
    pattern: `${NOT_IN_NUMBER}((?:19|20)[0-9]{2})(?=\\s?[~∼–-]\\s?(?:19|20)?[0-9]{2}년)`,
    rank: RANK.year,
    build: (g) => ({ year: Number(g[1]) }),
  },
  {
    name: 'last year of a range over the years (2022~2026년간)',
    pattern: `(?<=[0-9]{2}\\s?[~∼–-]\\s?)([12][0-9]{3})년(?=간)`,
    rank: RANK.year,
    build: (g) => ({ year: Number(g[1]) }),
  },
  {
    name: "short year ('08년)",
    pattern: `['‘’]([0-9]{2})년(?!대|간|\\s?동안|째|생)${PERIOD}`,
    rank: RANK.year,
    build: (g) => {
      const yy = Number(g[1]);
      return withApprox({ year: yy < 50 ? 2000 + yy : 1900 + yy }, g[2], g[3]);
    },
  },
  {
    name: 'years ago (3년 전)',
    pattern: `${NOT_IN_NUMBER}([1-9][0-9]?)년\\s?(전|후|뒤)${PARTICLE}`,
    rank: RANK.year,
    build: (g) => ({ yearShift: (g[2] === '전' ? -1 : 1) * Number(g[1]) }),
  },
  {
    name: 'relative year (지난해, 올해 말, 전년 동기)',
    // 전년 동기 / 지난해 같은 기간: the same part of the previous year, read as that year.
    pattern: `${HANGUL_WORD_START}(${RELATIVE_YEARS.pattern})(?:\\s?(?:동기간|동기|같은\\s?기간)${PARTICLE})?${PERIOD}`,
    rank: RANK.year,
    build: (g) => withApprox({ yearShift: RELATIVE_YEARS.get(g[1]) }, g[2], g[3]),
  },
  {
    name: '올 before a part of the year (올 들어, 올 상반기, 올 연말)',
    pattern: `${HANGUL_WORD_START}올(?=\\s?(?:들어|[상하]반기|[0-9]|연[말초내]|초[^가-힣]|말[^가-힣]))${PERIOD}`,
    rank: RANK.year,
    build: (g) => withApprox({ yearShift: 0 }, g[1], g[2]),
  },
  {
    name: '연말, 연초, 연내 (alone or after a year: 올 연말)',
    pattern: `${HANGUL_WORD_START}(연말|연초|연내)${PARTICLE}`,
    rank: RANK.subYear,
    build: (g) => (g[1] === '연내' ? { yearShift: 0 } : { yearShift: 0, approximate: true }),
  },
  {
    name: 'half (상반기)',
    pattern: `${SUB_YEAR_START}(${HALVES.pattern})${PERIOD}`,
    rank: RANK.subYear,
    build: (g) => withApprox({ half: HALVES.get(g[1]) }, g[2], g[3]),
  },
  {
    name: 'quarter (3분기, 1·4분기)',
    pattern: `(?<![0-9])([1-4])\\s?(?:[·./]\\s?4\\s?)?분기${PERIOD}`,
    rank: RANK.subYear,
    build: (g) => withApprox({ quarter: Number(g[1]) }, g[2], g[3]),
  },
  {
    name: 'month (3월, 3월 말)',
    pattern: `${NOT_IN_NUMBER}(1[0-2]|0?[1-9])월(?![0-9]|간)${PERIOD}`,
    rank: RANK.subYear,
    build: (g) => withApprox({ month: Number(g[1]) }, g[2], g[3]),
  },
  {
    name: 'relative month (지난달, 다음 달 초)',
    pattern: `${HANGUL_WORD_START}(${RELATIVE_MONTHS.pattern})(?!간)${PERIOD}`,
    rank: RANK.subYear,
    build: (g) => withApprox({ monthShift: RELATIVE_MONTHS.get(g[1]) }, g[2], g[3]),
  },
  {
    name: 'relative week (지난주, 다음 주)',
    pattern: `${HANGUL_WORD_START}(${RELATIVE_WEEKS.pattern})(?!말|간)${PARTICLE}`,
    rank: RANK.week,
    build: (g) => ({ weekShift: RELATIVE_WEEKS.get(g[1]) }),
  },
  {
    name: 'day of the month (19일)',
    // 3일간, 3일 동안, 3일째, 30일 이내 count days; 19일 is a date.
    pattern: `${NOT_IN_NUMBER}(3[01]|[12][0-9]|0?[1-9])일(?![0-9]|\\s?(?:간|동안|째|만에|만의|만이|이내|이상|분|치|여|가량|넘게|내로|안에|마다))${AROUND}`,
    rank: RANK.day,
    build: (g) => withApprox({ day: Number(g[1]) }, g[2]),
  },
  {
    name: 'relative day (이날, 어제, 전날)',
    pattern: `${HANGUL_WORD_START}(${RELATIVE_DAYS.pattern})(?!날|제)${AROUND}`,
    rank: RANK.day,
    build: (g) => withApprox({ dayShift: RELATIVE_DAYS.get(g[1]) }, g[2]),
  },
  {
    name: 'weekday (월요일)',
    // 매주 월요일 is every Monday, not one day.
    pattern: `(?<!매주\\s?|[가-힣])(${WEEKDAYS.pattern})요일`,
    rank: RANK.weekday,
    build: (g) => ({ weekday: WEEKDAYS.get(g[1]) }),
  },
  {
    name: 'time of day (오후 3시 30분)',
    pattern: `${HANGUL_WORD_START}(${DAY_PARTS.pattern})\\s?(1[0-2]|0?[0-9])시(?!간)${MINUTES}${AROUND}`,
    rank: RANK.time,
    build: (g) => timeFrame(g[2], g[3], g[4], DAY_PARTS.get(g[1]), g[5]),
  },
  {
    name: 'bare hour after a day (19일 15시)',
    pattern: `${NOT_IN_NUMBER}(2[0-4]|1[0-9]|0?[0-9])시${MINUTES}${AROUND}`,
    rank: RANK.time,
    needs: 'day',
    build: (g) => timeFrame(g[1], g[2], g[3], undefined, g[4]),
  },
  {
    name: 'direction (지난 19일, 오는 5월)',
    pattern: `${HANGUL_WORD_START}(${DIRECTIONS.pattern})(?=\\s)`,
    rank: RANK.direction,
    needs: 'next',
    build: () => ({}),
  },
];

/** The direction a `지난`/`오는` match gives the next part. */
export const directionOf = (word: string): Direction | undefined => DIRECTIONS.get(word);
