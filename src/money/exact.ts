/**
 * Exact decimal arithmetic for money amounts. A value is `n / 10^s` with BigInt `n`, so `2.3억`
 * is 23 × 10^7 exactly; binary floating point is touched once, in `toNumber`.
 */
export interface Exact {
  readonly n: bigint;
  /** Decimal places: the value is n / 10^s. */
  readonly s: number;
}

export const ZERO: Exact = { n: 0n, s: 0 };
export const ONE: Exact = { n: 1n, s: 0 };

export function int(n: bigint | number): Exact {
  return { n: BigInt(n), s: 0 };
}

const POWERS: Exact[] = Array.from({ length: 40 }, (_, k) => ({ n: 10n ** BigInt(k), s: 0 }));

/** 10^k for k ≥ 0. */
export function pow10(k: number): Exact {
  return POWERS[k] ?? { n: 10n ** BigInt(k), s: 0 };
}

/** Parses a plain decimal literal such as `1234.56` (no signs, no separators). */
export function parseDecimal(digits: string): Exact {
  const dot = digits.indexOf('.');
  if (dot < 0) return { n: BigInt(digits), s: 0 };
  const frac = digits.slice(dot + 1);
  return { n: BigInt(digits.slice(0, dot) + frac), s: frac.length };
}

function align(a: Exact, b: Exact): [bigint, bigint, number] {
  if (a.s === b.s) return [a.n, b.n, a.s];
  if (a.s > b.s) return [a.n, b.n * 10n ** BigInt(a.s - b.s), a.s];
  return [a.n * 10n ** BigInt(b.s - a.s), b.n, b.s];
}

export function add(a: Exact, b: Exact): Exact {
  const [x, y, s] = align(a, b);
  return { n: x + y, s };
}

export function mul(a: Exact, b: Exact): Exact {
  return { n: a.n * b.n, s: a.s + b.s };
}

export function neg(a: Exact): Exact {
  return { n: -a.n, s: a.s };
}

export function compare(a: Exact, b: Exact): number {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export function isZero(a: Exact): boolean {
  return a.n === 0n;
}

/** True when the value has no fractional part. */
export function isInteger(a: Exact): boolean {
  return a.s === 0 || a.n % 10n ** BigInt(a.s) === 0n;
}

/**
 * The place value of the last non-zero digit (`2300억` → 100억, `1.5조` → 1000억): the width of
 * a `원대` band.
 */
export function lastPlace(a: Exact): Exact {
  if (a.n === 0n) return ONE;
  let n = a.n < 0n ? -a.n : a.n;
  let zeros = 0;
  while (n % 10n === 0n) {
    n /= 10n;
    zeros++;
  }
  const k = zeros - a.s;
  return k >= 0 ? pow10(k) : { n: 1n, s: -k };
}

/** The decimal string of the value, e.g. `230000000` or `1234.56`. */
export function toDecimalString(a: Exact): string {
  const neg = a.n < 0n;
  const digits = (neg ? -a.n : a.n).toString();
  if (a.s === 0) return (neg ? '-' : '') + digits;
  const padded = digits.padStart(a.s + 1, '0');
  const intPart = padded.slice(0, padded.length - a.s);
  const frac = padded.slice(padded.length - a.s).replace(/0+$/, '');
  return (neg ? '-' : '') + intPart + (frac ? '.' + frac : '');
}

/** The one conversion to a JS number: parsing the decimal string rounds correctly. */
export function toNumber(a: Exact): number {
  return Number(toDecimalString(a));
}
