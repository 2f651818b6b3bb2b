import type { Exact } from './exact.js';

/** A number read from the text, before any currency is attached. */
export interface NumberParse {
  start: number;
  end: number;
  /** The value; for a vague magnitude (`수십억`) its lower edge. */
  value: Exact;
  /**
   * What the first literal was multiplied by (`5조` → 10^12, `5천만` → 10^7): a bare left side of a
   * range borrows it (`3~5조` is 3조 to 5조).
   */
  lead: Exact;
  /** A magnitude or scale word was applied (만/억/조, million, bn). */
  scaled: boolean;
  /** The exclusive upper edge of a vague magnitude (`수십억` → 100억), else null. */
  vagueMax: Exact | null;
  /** `여` written inside the number (`100여억`), else null. */
  approxMark: string | null;
  /** Written only with Hangul numerals (`삼천만`). */
  hangulOnly: boolean;
  /** A bare 19xx/20xx integer that reads like a year. */
  yearLike: boolean;
}

const DIGIT_LITERAL = /[0-9]{1,3}(?:,[0-9]{3})+(?:\.[0-9]+)?|[0-9]+(?:\.[0-9]+)?/y;

/** Reads `1,234.56` or `2.3` at `at`; returns the digits without commas and the end. */
export function readDigits(text: string, at: number): { digits: string; end: number } | null {
  DIGIT_LITERAL.lastIndex = at;
  const m = DIGIT_LITERAL.exec(text);
  if (!m) return null;
  return { digits: m[0].replace(/,/g, ''), end: at + m[0].length };
}
