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
};

/** Units inside a group, as powers of ten. */
export const SMALL_UNITS: Readonly<Record<string, number>> = { 십: 1, 백: 2, 천: 3 };
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

const VAGUE = '수';
const APPROX = '여';

function isDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

export function isKoreanNumberStart(c: string): boolean {
  return c in HANGUL_DIGITS || c in SMALL_UNITS || c in BIG_UNITS || c === VAGUE || isDigit(c);
}

function isUnit(c: string | undefined): boolean {
  return c !== undefined && (c in SMALL_UNITS || c in BIG_UNITS);
}

interface Options {
  /** Only group units below this power of ten (continuations after a space). */
  below?: number;
}

/**
 * Reads a Korean number at `at`. Returns null when nothing numeric starts there, or when what is
 * there is a lone Hangul numeral (`사`, `구`, `만`), which is far more often a word (`사원`, `구원`,
 * `만원 관중`) than a number.
 */
export function parseKoreanNumber(
  text: string,
  at: number,
  limit: number,
  options: Options = {},
): NumberParse | null {
  let i = at;
  let total = ZERO;
  let section = ZERO;
  let cur: Exact | null = null;
  let lastBig = options.below ?? 99;
  let lastSmall = 99;
  let anyDigit = false;
  let hangulChars = 0;
  let scaled = false;
  let vagueMul = 0;
  let approxMark: string | null = null;
  let lead = ONE;
  let leadState: 'none' | 'cur' | 'section' | 'done' = 'none';
  let digitsOnly = '';

  while (i < limit) {
    const c = text[i];
    if (isDigit(c)) {
      if (cur !== null || hangulChars > 0) break;
      const lit = readDigits(text, i);
      if (!lit) break;
      if (!anyDigit && leadState === 'none') digitsOnly = lit.digits;
      cur = parseDecimal(lit.digits);
      anyDigit = true;
      if (leadState === 'none') leadState = 'cur';
      i = lit.end;
      continue;
    }
    if (c in HANGUL_DIGITS) {
      if (cur !== null || anyDigit) break;
      cur = int(HANGUL_DIGITS[c]);
      hangulChars++;
      if (leadState === 'none') leadState = 'cur';
      i++;
      continue;
    }
    if (c === VAGUE) {
      // 수 opens a vague magnitude (수십억) or follows 십 (십수억, ten-odd).
      const afterSip = cur === null && !isZero(section) && lastSmall === 1 && vagueMul === 0;
      const atStart = i === at;
      if (!(atStart || afterSip) || !isUnit(text[i + 1]) || vagueMul !== 0) break;
      if (atStart) {
        cur = ONE;
        vagueMul = 10;
        leadState = 'cur';
      } else {
        vagueMul = 2;
      }
      hangulChars++;
      i++;
      continue;
    }
    if (c in SMALL_UNITS) {
      const e = SMALL_UNITS[c];
      if (leadState === 'none') leadState = 'cur';
      if (e >= lastSmall) break;
      // `5천` or bare `천`; a bare 십/백/천 after a finished group starts its own term.
      section = add(section, mul(cur ?? ONE, pow10(e)));
      if (leadState === 'cur') {
        lead = mul(lead, pow10(e));
        leadState = 'section';
      }
      cur = null;
      lastSmall = e;
      if (!anyDigit) hangulChars++;
      scaled = true;
      i++;
      // `30억6천 만원`: a space is often written before the group unit.
      if (text[i] === ' ' && text[i + 1] in BIG_UNITS && BIG_UNITS[text[i + 1]] < lastBig) i++;
      continue;
    }
    if (c in BIG_UNITS) {
      const e = BIG_UNITS[c];
      if (leadState === 'none') leadState = 'cur';
      if (e >= lastBig) break;
      let group = cur ? add(section, cur) : section;
      if (isZero(group)) {
        // `2조억` is a slip, not 2조 1억; a bare 만/억 only opens a number (`만 원`, `억대`).
        if (lastBig !== (options.below ?? 99)) break;
        group = ONE;
      }
      total = add(total, mul(group, pow10(e)));
      if (leadState === 'cur' || leadState === 'section') {
        lead = mul(lead, pow10(e));
        leadState = 'done';
      }
      section = ZERO;
      cur = null;
      lastBig = e;
      lastSmall = 99;
      if (!anyDigit) hangulChars++;
      scaled = true;
      i++;
      if (vagueMul !== 0) break;
      // `14조 4000억`, `1만 5000`: a smaller group after one space continues the number.
      if (text[i] === ' ' && i + 1 < limit) {
        const rest = parseKoreanNumber(text, i + 1, limit, { below: e });
        if (
          rest &&
          rest.vagueMax === null &&
          compare(rest.value, pow10(e)) < 0 &&
          (anyDigit ? !rest.hangulOnly || rest.end - rest.start >= 2 : true)
        ) {
          total = add(total, rest.value);
          if (rest.approxMark) approxMark = rest.approxMark;
          i = rest.end;
          break;
        }
      }
      continue;
    }
    if (c === APPROX && approxMark === null && (cur !== null || scaled)) {
      // 100여억, 5천여만, 5억여 (원)
      approxMark = APPROX;
      i++;
      continue;
    }
    break;
  }

  if (leadState === 'none') return null;
  // A trailing 여 not followed by more number belongs to the number only when it ends it.
  const value = cur ? add(total, add(section, cur)) : add(total, section);
  if (!anyDigit && hangulChars < 2) return null;
  if (vagueMul !== 0 && !scaled) return null;
  const yearLike =
    !scaled && /^(19|20)[0-9]{2}$/.test(digitsOnly) && text.slice(at, i) === digitsOnly;
  return {
    start: at,
    end: i,
    value,
    lead,
    scaled,
    vagueMax: vagueMul ? mul(value, int(vagueMul)) : null,
    approxMark,
    hangulOnly: !anyDigit,
    yearLike,
  };
}
