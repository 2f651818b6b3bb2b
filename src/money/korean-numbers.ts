/**
 * Korean numbers: Arabic digits and Hangul numerals with 십/백/천 inside 만/억/조/경 groups, in any
 * mix (`4조5천600억`, `3억5천만`, `삼천만`, `1.5조`), the vague `수십억` family, and `여` (`100여억`).
 */
import {
  type Exact,
  ONE,
  ZERO,
  add,
  compare,
  int,
  isZero,
  mul,
  parseDecimal,
  pow10,
} from './exact.js';
import { type NumberParse, readDigits } from './number-parse.js';

export const HANGUL_DIGITS: Readonly<Record<string, number>> = {
  일: 1,
  이: 2,
  삼: 3,
  사: 4,
  오: 5,
  육: 6,
  륙: 6,
  칠: 7,
  팔: 8,
  구: 9,
  // Chinese numerals, for Chinese figures quoted in Korean text and Chinese news (五亿美元).
  一: 1,
  二: 2,
  两: 2,
  兩: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/** Units inside a group, as powers of ten. */
export const SMALL_UNITS: Readonly<Record<string, number>> = {
  십: 1,
  백: 2,
  천: 3,
  十: 1,
  拾: 1,
  百: 2,
  佰: 2,
  千: 3,
  仟: 3,
};
/** Group units, as powers of ten; they must descend within one number. */
export const BIG_UNITS: Readonly<Record<string, number>> = {
  만: 4,
  억: 8,
  조: 12,
  경: 16,
  // Chinese and Japanese figures quoted in Korean text: 50亿元, 5000万元, 1兆円.
  万: 4,
  萬: 4,
  亿: 8,
  億: 8,
  兆: 12,
};

/** `수십억`, `몇억`: an unknown digit before a unit. */
const VAGUE = new Set(['수', '몇']);
/** `여` (100여억) and the Chinese 多/余 (100多万) mark an approximate number inside it. */
const APPROX = new Set(['여', '多', '余', '餘']);
/** The Chinese zero fills a skipped place (一千零五十) and adds nothing. */
const ZERO_FILLER = new Set(['零', '〇']);

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isKoreanNumberStart(c: string): boolean {
  return c in HANGUL_DIGITS || c in SMALL_UNITS || c in BIG_UNITS || VAGUE.has(c) || isDigit(c);
}

function isUnit(c: string | undefined): boolean {
  return c !== undefined && (c in SMALL_UNITS || c in BIG_UNITS);
}

/** After a unit written apart from its digits: a currency or a non-word must follow. */
function unitEndsWord(text: string, at: number): boolean {
  const c = text[at];
  if (c === undefined || !(c >= '가' && c <= '힣')) return true;
  return '원달위엔유파불'.includes(c) || isUnit(c);
}

interface State {
  i: number;
  total: Exact;
  section: Exact;
  cur: Exact | null;
  lastBig: number;
  lastSmall: number;
  anyDigit: boolean;
  hangulChars: number;
  scaled: boolean;
  vagueMul: number;
  approxMark: string | null;
  lead: Exact;
  leadState: 'none' | 'cur' | 'section' | 'done';
  /** Where the Hangul digit in `cur` was written. */
  curAt: number;
}

/**
 * Is what was read since the space at `from` a proper continuation? It must hold a unit
 * (`14조 4000억`, `7천 5백만`) or be an Arabic literal below the last unit (`1만 2천 345`);
 * a bare Hangul numeral after a space is a word (`5억 이상`).
 */
function continues(from: State, now: State): boolean {
  if (now.i <= from.i + 1) return false;
  if (now.lastBig !== from.lastBig || now.lastSmall !== from.lastSmall) return true;
  if (now.cur === null || now.hangulChars !== from.hangulChars) return false;
  const below = from.lastSmall !== 99 ? from.lastSmall : from.lastBig;
  return below !== 99 && compare(now.cur, pow10(below)) < 0;
}

/**
 * Reads a Korean number at `at`, or null when nothing numeric starts there. A lone Hangul
 * numeral (`사`, `구`, `만`) is returned with `hangulOnly` and a one-character span; whether it
 * is a number depends on the currency after it (see grammar.ts).
 */
export function parseKoreanNumber(text: string, at: number, limit: number): NumberParse | null {
  const st: State = {
    i: at,
    total: ZERO,
    section: ZERO,
    cur: null,
    lastBig: 99,
    lastSmall: 99,
    anyDigit: false,
    hangulChars: 0,
    scaled: false,
    vagueMul: 0,
    approxMark: null,
    lead: ONE,
    leadState: 'none',
    curAt: at,
  };
  let digitsOnly = '';
  let spaceAt: State | null = null;

  while (st.i < limit) {
    const c = text[st.i];
    if (c === ' ' && st.scaled && st.cur === null && st.vagueMul === 0 && spaceAt === null) {
      // A space inside the number: keep going, and take it back if what follows is not a part.
      spaceAt = { ...st };
      st.i++;
      continue;
    }
    if (spaceAt !== null && (c === ' ' || !(isDigit(c) || c in HANGUL_DIGITS || isUnit(c)))) {
      if (!continues(spaceAt, st)) {
        Object.assign(st, spaceAt);
        spaceAt = null;
        break;
      }
      spaceAt = null;
      if (c === ' ' && st.cur === null) continue;
      break;
    }
    if (isDigit(c)) {
      if (st.cur !== null) break;
      const lit = readDigits(text, st.i);
      if (!lit) break;
      if (!st.anyDigit && st.leadState === 'none') digitsOnly = lit.digits;
      st.cur = parseDecimal(lit.digits);
      st.anyDigit = true;
      if (st.leadState === 'none') st.leadState = 'cur';
      st.i = lit.end;
      // `3 억 원`, `300 만달러`: a space before the unit, when the unit ends the word.
      if (text[st.i] === ' ' && isUnit(text[st.i + 1]) && unitEndsWord(text, st.i + 2)) st.i++;
      continue;
    }
    if (c in HANGUL_DIGITS) {
      if (st.cur !== null || st.anyDigit) break;
      st.cur = int(HANGUL_DIGITS[c]);
      st.curAt = st.i;
      st.hangulChars++;
      if (st.leadState === 'none') st.leadState = 'cur';
      st.i++;
      // 일점이삼: a decimal point spelled out between Hangul digits.
      if ((text[st.i] === '점' || text[st.i] === '쩜') && text[st.i + 1] in HANGUL_DIGITS) {
        let j = st.i + 1;
        let frac = '';
        while (j < limit && text[j] in HANGUL_DIGITS) frac += String(HANGUL_DIGITS[text[j++]]);
        st.cur = parseDecimal(`${HANGUL_DIGITS[c]}.${frac}`);
        st.hangulChars += j - st.i;
        st.i = j;
      }
      continue;
    }
    if (VAGUE.has(c)) {
      // 수 opens a vague magnitude (수십억) or follows 십 (십수억, ten-odd).
      const afterSip =
        st.cur === null && !isZero(st.section) && st.lastSmall === 1 && st.vagueMul === 0;
      const atStart = st.i === at;
      if (!(atStart || afterSip) || !isUnit(text[st.i + 1]) || st.vagueMul !== 0) break;
      if (atStart) {
        st.cur = ONE;
        st.vagueMul = 10;
        st.leadState = 'cur';
      } else {
        st.vagueMul = 2;
      }
      st.hangulChars++;
      st.i++;
      continue;
    }
    if (c in SMALL_UNITS) {
      const e = SMALL_UNITS[c];
      if (e >= st.lastSmall) break;
      if (st.leadState === 'none') st.leadState = 'cur';
      // `5천` or a bare `천` (one thousand).
      st.section = add(st.section, mul(st.cur ?? ONE, pow10(e)));
      if (st.leadState === 'cur') {
        st.lead = mul(st.lead, pow10(e));
        st.leadState = 'section';
      }
      st.cur = null;
      st.lastSmall = e;
      if (!st.anyDigit) st.hangulChars++;
      st.scaled = true;
      st.i++;
      continue;
    }
    if (c in BIG_UNITS) {
      const e = BIG_UNITS[c];
      if ((c === '亿' || c === '億') && (text[st.i - 1] === '万' || text[st.i - 1] === '萬')) {
        // Chinese 万亿 is 10^12: 3.5万亿元.
        st.total = mul(st.total, pow10(e));
        st.lead = mul(st.lead, pow10(e));
        st.lastBig = 12;
        st.i++;
        continue;
      }
      if (e >= st.lastBig) break;
      if (st.leadState === 'none') st.leadState = 'cur';
      let group = st.cur ? add(st.section, st.cur) : st.section;
      if (isZero(group)) {
        // `2조억` is a slip, not 2조 1억; a bare 만/억 only opens a number (`만 달러`).
        if (st.lastBig !== 99) break;
        group = ONE;
      }
      st.total = add(st.total, mul(group, pow10(e)));
      if (st.leadState === 'cur' || st.leadState === 'section') {
        st.lead = mul(st.lead, pow10(e));
        st.leadState = 'done';
      }
      st.section = ZERO;
      st.cur = null;
      st.lastBig = e;
      st.lastSmall = 99;
      if (!st.anyDigit) st.hangulChars++;
      st.scaled = true;
      st.i++;
      if (st.vagueMul !== 0) break;
      continue;
    }
    if (ZERO_FILLER.has(c) && st.scaled && st.cur === null && text[st.i + 1] in HANGUL_DIGITS) {
      st.i++;
      continue;
    }
    if (APPROX.has(c) && st.approxMark === null && (st.cur !== null || st.scaled)) {
      // 100여억, 5천여만, 5억여 (원), 100多万
      st.approxMark = c;
      st.i++;
      continue;
    }
    break;
  }
  if (spaceAt !== null && !continues(spaceAt, st)) Object.assign(st, spaceAt);
  if (!st.anyDigit && st.cur !== null && st.lastBig !== 99 && st.lastSmall === 99) {
    // A lone Hangul digit after 만/억/조 starts a word: `조사원` is a surveyor, not 1조4원.
    st.i = st.curAt;
    st.cur = null;
  }

  if (st.leadState === 'none') return null;
  const value = st.cur ? add(st.total, add(st.section, st.cur)) : add(st.total, st.section);
  if (st.vagueMul !== 0 && !st.scaled) return null;
  const yearLike =
    !st.scaled && /^(19|20)[0-9]{2}$/.test(digitsOnly) && text.slice(at, st.i) === digitsOnly;
  return {
    start: at,
    end: st.i,
    value,
    lead: st.lead,
    scaled: st.scaled,
    vagueMax: st.vagueMul ? mul(value, int(st.vagueMul)) : null,
    approxMark: st.approxMark,
    hangulOnly: !st.anyDigit,
    yearLike,
  };
}
