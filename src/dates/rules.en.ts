/**
 * English date words and patterns. Each table is checked by `tests/dates/corpus.en.ts`. Month
 * and weekday names must be capitalised (`march`, `may` are verbs); sentence-initial words are
 * written `[Ll]ast`.
 */
import type { Direction, Frame } from './frame.js';
import { RANK, type Rule, WordTable } from './rule.js';

const MONTH_NAMES = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/** Full names and the dotted abbreviations news style uses (`Oct.`, `Sept.`). */
export const MONTHS = new WordTable<number>({
  ...Object.fromEntries(MONTH_NAMES.map((n, i) => [n, i + 1])),
  ...Object.fromEntries(
    MONTH_NAMES.filter((n) => n !== 'May').map((n) => [
      `${n.slice(0, 3)}.`,
      MONTH_NAMES.indexOf(n) + 1,
    ]),
  ),
  'Sept.': 9,
});

export const WEEKDAYS = new WordTable<number>({
  Monday: 0,
  Tuesday: 1,
  Wednesday: 2,
  Thursday: 3,
  Friday: 4,
  Saturday: 5,
  Sunday: 6,
});

export const ORDINALS = new WordTable<number>({
  first: 1,
  '1st': 1,
  second: 2,
  '2nd': 2,
  third: 3,
  '3rd': 3,
  fourth: 4,
  '4th': 4,
  final: 4,
  latter: 2,
  First: 1,
  Second: 2,
  Third: 3,
  Fourth: 4,
});

export const RELATIVE_DAYS = new WordTable<number>({
  today: 0,
  Today: 0,
  tonight: 0,
  Tonight: 0,
  yesterday: -1,
  Yesterday: -1,
  tomorrow: 1,
  Tomorrow: 1,
});

/** `this`/`last`/`next` before a unit, a weekday or a month. */
export const SHIFTS = new WordTable<number>({
  this: 0,
  This: 0,
  current: 0,
  last: -1,
  Last: -1,
  previous: -1,
  prior: -1,
  next: 1,
  Next: 1,
  coming: 1,
  following: 1,
});

/** `early`, `late`, `around`, `the end of`: the date is approximate. */
export const APPROXIMATE = new WordTable<true>({
  early: true,
  Early: true,
  late: true,
  Late: true,
  mid: true,
  Mid: true,
  around: true,
  Around: true,
  'the end of': true,
  'The end of': true,
  'end of': true,
  'the beginning of': true,
  'the start of': true,
  'the middle of': true,
});

const COUNT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'];

const capitalise = (w: string) => `${w[0].toUpperCase()}${w.slice(1)}`;

/** Small counts in `two years ago`, capitalised too at a sentence's start. */
export const COUNTS = new WordTable<number>(
  Object.fromEntries(
    [
      ...['a', 'an'].map((w): [string, number] => [w, 1]),
      ...COUNT_WORDS.map((w, i): [string, number] => [w, i + 1]),
    ].flatMap(([w, n]) => [
      [w, n],
      [capitalise(w), n],
    ]),
  ),
);

/** Prepositions after which a bare four-digit number is a year (`in 2023`, `since 2020`). */
const YEAR_CUES =
  'in|In|since|Since|by|By|until|till|from|From|through|to|of|during|During|before|after|After|for|between|and|year|the|The';

const YEAR = '((?:19|20)[0-9]{2})(?![0-9A-Za-z]|[-/.][0-9])';
const MONTH = `(${MONTHS.pattern})(?![A-Za-z])`;
const WEEKDAY = `(${WEEKDAYS.pattern})(?![A-Za-z])`;
const DAY = '(3[01]|[12][0-9]|0?[1-9])(?:st|nd|rd|th)?(?![0-9])';
const APPROX_WORD = `(${APPROXIMATE.pattern})[\\s-]+`;
const APPROX = `(?:${APPROX_WORD})?`;
/** `of 2024`, `2024`, `of last year`: two groups, a year or a shift word. */
const OF_YEAR = `(?:,?\\s+(?:of\\s+)?${YEAR}|\\s+of\\s+(this|last|next)\\s+year\\b)?`;

const yearOf = (abs: string | undefined, shift: string | undefined): Frame =>
  abs !== undefined
    ? { year: Number(abs) }
    : shift !== undefined
      ? { yearShift: SHIFTS.get(shift) }
      : {};

const approxOf = (word: string | undefined): Frame => (word ? { approximate: true } : {});

function shortYear(yy: string): number {
  const n = Number(yy.replace(/['’]/, ''));
  return n < 50 ? 2000 + n : 1900 + n;
}

const UNIT_SHIFT: Record<string, keyof Frame> = {
  year: 'yearShift',
  quarter: 'quarterShift',
  month: 'monthShift',
  week: 'weekShift',
  day: 'dayShift',
};

function unitShift(unit: string | undefined, n: number): Frame {
  return { [UNIT_SHIFT[(unit ?? '').replace(/s$/, '')]]: n };
}

function weekdayDirection(shift: number | undefined): Direction {
  return shift === undefined || shift === 0 ? 'nearest' : shift < 0 ? 'past' : 'future';
}

/** `May` alone is a month only after a word that wants a time (`in May`, `since May`). */
const MAY_CUE =
  /\b(?:in|since|until|by|of|from|to|through|during|before|after|early|late|mid|last|next|this|end of)[\s-]+$/i;

/**
 * Every English rule but the numeric date matches a Latin word (a month, `Q3`, `p.m.`, `in` before
 * a year): a paragraph without a Latin letter, most of a Korean article, skips them.
 */
const LATIN = /[A-Za-z]/;

export const EN_RULES: Rule[] = [
  {
    name: 'month day year (Oct. 25, 2024; Tuesday, Oct. 25)',
    pattern: `\\b(?:${WEEKDAY},?\\s+)?${MONTH}\\s?${DAY}(?:,?\\s+${YEAR})?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({
      ...(g[4] ? { year: Number(g[4]) } : {}),
      month: MONTHS.get(g[2]),
      day: Number(g[3]),
    }),
  },
  {
    name: 'day month year (25 October 2024)',
    pattern: `\\b${DAY}\\s+(?:of\\s+)?${MONTH}(?:,?\\s+${YEAR})?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({
      ...(g[3] ? { year: Number(g[3]) } : {}),
      month: MONTHS.get(g[2]),
      day: Number(g[1]),
    }),
  },
  {
    name: 'US numeric date (3/19/2024)',
    pattern: `\\b(1[0-2]|0?[1-9])/(3[01]|[12][0-9]|0?[1-9])/${YEAR}`,
    rank: RANK.whole,
    starts: '0-9',
    build: (g) => ({ year: Number(g[3]), month: Number(g[1]), day: Number(g[2]) }),
  },
  {
    name: 'months forming a quarter or half (the January–March period)',
    pattern: `(?:\\b[Tt]he\\s+)?\\b${MONTH}\\s?(?:–|—|-|to|through)\\s?${MONTH}\\s+(?:period|quarter)\\b(?:,?\\s+(?:of\\s+)?${YEAR})?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => {
      const from = MONTHS.get(g[1]) ?? 0;
      const to = MONTHS.get(g[2]) ?? 0;
      const year = g[3] ? { year: Number(g[3]) } : {};
      if (from % 3 === 1 && to === from + 2) return { ...year, quarter: (from + 2) / 3 };
      if (from % 6 === 1 && to === from + 5) return { ...year, half: (from + 5) / 6 };
      return null;
    },
  },
  {
    name: 'month (March 2024, early March, last March)',
    pattern: `${APPROX}(?:\\b(this|last|next)\\s+)?\\b${MONTH}(?:,?\\s+${YEAR})?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g, text, start) => {
      const month = MONTHS.get(g[3]);
      if (
        g[3] === 'May' &&
        !g[1] &&
        !g[2] &&
        !g[4] &&
        !MAY_CUE.test(text.slice(Math.max(0, start - 12), start))
      )
        return null;
      const shift = SHIFTS.get(g[2]);
      return {
        ...approxOf(g[1]),
        ...(g[4] ? { year: Number(g[4]) } : {}),
        month,
        ...(shift === undefined ? {} : { monthDir: weekdayDirection(shift) }),
      };
    },
  },
  {
    name: 'quarter in words (third quarter, the fourth quarter of 2024)',
    pattern: `${APPROX}\\b(${ORDINALS.pattern})[\\s-]quarter\\b${OF_YEAR}`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ ...approxOf(g[1]), ...yearOf(g[3], g[4]), quarter: ORDINALS.get(g[2]) }),
  },
  {
    name: 'quarter (Q3, Q3 2024, 3Q24)',
    pattern: `\\b(?:Q([1-4])|([1-4])Q)(?:\\s?${YEAR}|\\s?['’]([0-9]{2})(?![0-9])|(?<=[1-4]Q)([0-9]{2})(?![0-9]))?\\b`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => {
      const yy = g[4] ?? g[5];
      return {
        ...(g[3] ? { year: Number(g[3]) } : yy ? { year: shortYear(yy) } : {}),
        quarter: Number(g[1] ?? g[2]),
      };
    },
  },
  {
    name: 'half in words (first half, second half of 2024)',
    pattern: `${APPROX}\\b(first|second|First|Second|1st|2nd|latter)[\\s-]half\\b${OF_YEAR}`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ ...approxOf(g[1]), ...yearOf(g[3], g[4]), half: ORDINALS.get(g[2]) }),
  },
  {
    name: 'half (H1, H2 2024)',
    pattern: `\\bH([12])\\b(?:\\s?${YEAR})?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ ...(g[2] ? { year: Number(g[2]) } : {}), half: Number(g[1]) }),
  },
  {
    name: 'fiscal year (fiscal 2024, FY2024, FY24)',
    pattern: `\\b(?:[Ff]iscal(?:\\s+[Yy]ear)?\\s|FY\\s?)(?:${YEAR}|['’]?([0-9]{2})(?![0-9]))`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ year: g[1] ? Number(g[1]) : shortYear(g[2] ?? '') }),
  },
  {
    name: 'relative day (yesterday, today)',
    pattern: `\\b(${RELATIVE_DAYS.pattern})\\b`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ dayShift: RELATIVE_DAYS.get(g[1]) }),
  },
  {
    name: 'relative unit (last year, earlier this month, next quarter)',
    pattern: `\\b(?:([Ee]arlier|[Ll]ater)\\s+)?${APPROX}\\b(${SHIFTS.pattern})\\s+(year|quarter|month|week)\\b`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ ...approxOf(g[2]), ...unitShift(g[4], SHIFTS.get(g[3]) ?? 0) }),
  },
  {
    name: 'the end of the year',
    pattern: `\\b(${APPROXIMATE.pattern})\\s+the\\s+(year|month)\\b`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ approximate: true, ...unitShift(g[2], 0) }),
  },
  {
    name: 'ago (a year earlier, two weeks ago)',
    pattern: `\\b(${COUNTS.pattern}|[1-9][0-9]?)\\s+(years?|quarters?|months?|weeks?|days?)\\s+(ago|earlier|before|later)\\b`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => {
      const n = COUNTS.get(g[1]) ?? Number(g[1]);
      return unitShift(g[2], g[3] === 'later' ? n : -n);
    },
  },
  {
    name: 'weekday (Monday, last Tuesday)',
    pattern: `(?:\\b(${SHIFTS.pattern})\\s+)?\\b${WEEKDAY}`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({
      weekday: WEEKDAYS.get(g[2]),
      weekdayDir: weekdayDirection(SHIFTS.get(g[1])),
    }),
  },
  {
    name: 'time (3 p.m., 10:30 a.m.)',
    pattern: `\\b(1[0-2]|0?[1-9])(?::([0-5][0-9]))?\\s?([ap])\\.?m\\b\\.?`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => {
      const h = Number(g[1]) % 12;
      const hour = g[3] === 'p' ? h + 12 : h;
      return g[2] ? { hour, minute: Number(g[2]) } : { hour };
    },
  },
  {
    name: 'year (in 2023, early 2024, mid-2024)',
    // Not every four-digit number is a year: a bare one needs a word that wants a time.
    pattern: `(?:${APPROX_WORD}|(?<=\\b(?:${YEAR_CUES})\\s))\\b${YEAR}(?![.,][0-9]|\\s?(?:%|percent))`,
    rank: RANK.whole,
    starts: 'A-Za-z0-9',
    requires: LATIN,
    build: (g) => ({ ...approxOf(g[1]), year: Number(g[2]) }),
  },
];
