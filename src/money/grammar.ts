/**
 * The money grammar: [qualifiers] [per] [prefix currency] number [suffix currency]
 * [range to another such] [band 대] [qualifiers] [per], read at an anchor (a digit, a currency
 * sign, a Hangul numeral starting a word, an English number word).
 */
import {
  type CurrencyForm,
  CURRENCY_NOUNS_KO,
  LONE_NUMERALS,
  PREFIX_BY_FIRST,
  SUFFIX_BY_FIRST,
  resolveAmbiguous,
} from './currencies.js';
import {
  type Exact,
  add,
  compare,
  int,
  lastPlace,
  mul,
  neg,
  parseDecimal,
  pow10,
} from './exact.js';
import { parseEnglishNumber } from './english-numbers.js';
import {
  isHangul,
  isLatin,
  isAsciiDigit,
  isRateQuote,
  koreanCurrencyEnds,
  numberStartOk,
} from './guards.js';
import { parseKoreanNumber, HANGUL_DIGITS, SMALL_UNITS } from './korean-numbers.js';
import type { NumberParse } from './number-parse.js';
import {
  AFTER,
  BAND_FOLLOWERS,
  BEFORE,
  BAND_PARTS,
  BAND_PART_FOLLOWERS,
  BOUND_PARTICLES,
  COUNTED_BEFORE,
  NEGATIVE_SIGNS,
  PAIR_GAP,
  PAIR_LOWER,
  PAIR_UPPER,
  CHANGE_VERBS,
  COUNTER_AFTER,
  IMPLIED_WON_BEFORE,
  PER_BASES_KO,
  PER_EN,
  type QualifierKind,
} from './qualifiers.js';

export interface Context {
  text: string;
  lang: string;
  /**
   * Also return bare Korean magnitudes (`3000억`, `수십조`) as figures with `bare` set and no
   * currency, for ellipsis.ts to give a currency from the figures around them or drop.
   */
  bare?: boolean;
}

export interface WrittenQualifier {
  word: string;
  at: number;
  kind: QualifierKind;
}

/** A figure while it is being read; exact values until the record is built. */
export interface Figure {
  start: number;
  end: number;
  /** Including qualifiers and per bases, for leftovers checks. */
  outerStart: number;
  outerEnd: number;
  amount: Exact | null;
  min: Exact | null;
  max: Exact | null;
  /** Vague or band: bounds that a lower-bound qualifier opens upwards. */
  open: boolean;
  currency: string | null;
  approximate: boolean;
  qualifiers: WrittenQualifier[];
  per: string | null;
  scaled: boolean;
  /** A magnitude with no currency written, waiting for one from its neighbours (see Context). */
  bare: boolean;
  equivalents: Figure[];
}

interface Side {
  start: number;
  end: number;
  num: NumberParse;
  currency: string | null;
  /** A currency form was written (its code may still be null: `페소` with no country near). */
  named: boolean;
  /** Where the number's span starts (a ko prefix like 미화 stays outside when a suffix exists). */
  spanStart: number;
  prefixed: boolean;
}

function matchPrefix(text: string, at: number): CurrencyForm | null {
  for (const f of PREFIX_BY_FIRST.get(text[at]) ?? []) {
    if (text.startsWith(f.form, at)) return f;
  }
  return null;
}

function numberAt(text: string, at: number, limit: number): NumberParse | null {
  const c = text[at];
  if (c === undefined || at >= limit) return null;
  if (isAsciiDigit(c)) {
    const ko = parseKoreanNumber(text, at, limit);
    if (ko && (ko.scaled || ko.approxMark)) return ko;
    const en = parseEnglishNumber(text, at, limit);
    return en ?? ko;
  }
  if (c in HANGUL_DIGITS || c in SMALL_UNITS || '만억조경수몇万萬亿億'.includes(c))
    return parseKoreanNumber(text, at, limit);
  if (isLatin(c)) return parseEnglishNumber(text, at, limit);
  return null;
}

function formCurrency(ctx: Context, f: CurrencyForm, at: number): string | null {
  return f.code ?? resolveAmbiguous(f, ctx.text, at, ctx.lang);
}

/** A currency word or code after the number ending at `at`. */
function matchSuffix(
  ctx: Context,
  at: number,
  limit: number,
  num: NumberParse,
): { form: CurrencyForm; start: number; end: number } | null {
  const { text } = ctx;
  let i = at;
  if (num.vagueMax && text.startsWith(' of ', i)) i += 3;
  const spaced = text[i] === ' ';
  if (spaced) i++;
  for (const f of SUFFIX_BY_FIRST.get(text[i]) ?? []) {
    const end = i + f.form.length;
    if (end > limit) continue;
    if (f.script === 'symbol' && (spaced || isAsciiDigit(text[end]))) continue;
    const w = text.slice(i, end);
    if (f.script === 'en' ? w.toLowerCase() !== f.form.toLowerCase() : w !== f.form) continue;
    if (f.script === 'en' && !spaced) continue;
    if (
      (f.script === 'en' || f.script === 'code') &&
      (isLatin(text[end]) || isAsciiDigit(text[end]))
    )
      continue;
    if (f.script === 'ko' && !koreanCurrencyEnds(text, end, f.follow)) continue;
    if (f.script === 'en' && f.follow instanceof RegExp && f.follow.test(text.slice(end, end + 4)))
      continue;
    if (f.needsScale && !num.scaled) continue;
    if (f.minUnscaled && !num.scaled && compare(num.value, int(f.minUnscaled)) < 0) continue;
    if (f.needsContext && !f.needsContext.test(text.slice(Math.max(0, i - 300), end + 300)))
      continue;
    if (
      f.unlessContext &&
      !num.scaled &&
      f.unlessContext.test(text.slice(Math.max(0, i - 60), end + 30))
    )
      continue;
    // `in 2019 won the`: a year before the verb `won`.
    if (f.form === 'won' && num.yearLike) continue;
    // `in 2023 yen weakness`: a year after a preposition, not a price.
    if (
      f.script === 'en' &&
      num.yearLike &&
      /\b(?:in|since|by|from|until|of|during|before|after)\s$/i.test(
        text.slice(Math.max(0, num.start - 8), num.start),
      )
    )
      continue;
    return { form: f, start: i, end };
  }
  return null;
}

function inUnit(num: NumberParse, unit: string): NumberParse {
  const u = parseDecimal(unit);
  return { ...num, value: mul(num.value, u), lead: mul(num.lead, u) };
}

/** Cents right after a dollar amount: the `20센트` of `1달러 20센트`. */
function readCents(ctx: Context, at: number, limit: number): { value: Exact; end: number } | null {
  const start = ctx.text[at] === ' ' ? at + 1 : at;
  const num = numberAt(ctx.text, start, limit);
  if (!num || num.vagueMax) return null;
  const suffix = matchSuffix(ctx, num.end, limit, num);
  if (!suffix?.form.unit) return null;
  return { value: mul(num.value, parseDecimal(suffix.form.unit)), end: suffix.end };
}

/** One side of a figure: [prefix] number [suffix]. */
function readSide(ctx: Context, at: number, from: number, limit: number): Side | null {
  const { text } = ctx;
  let i = at;
  const prefix = matchPrefix(text, at);
  let prefixCurrency: string | null = null;
  if (prefix) {
    if (prefix.script !== 'symbol' || isLatin(prefix.form[0])) {
      if (isLatin(text[at - 1]) || isAsciiDigit(text[at - 1])) return null;
    }
    i += prefix.form.length;
    if (text[i] === ' ') i++;
    prefixCurrency = formCurrency(ctx, prefix, at);
  }
  // Checked before the number is read (every parser starts its number at `i`): inside a run of
  // digits every digit is an anchor, and reading the rest of the run from each is quadratic.
  if (!prefix && !numberStartOk(text, i, !isAsciiDigit(text[i]))) return null;
  let num = numberAt(text, i, limit);
  if (!num) return null;
  if (prefix && num.hangulOnly) return null;
  if (at < from) return null;
  const suffix = matchSuffix(ctx, num.end, limit, num);
  if (num.hangulOnly && num.end - num.start === 1) {
    const ok = suffix ? LONE_NUMERALS[suffix.form.form] : undefined;
    if (!ok || !ok.includes(text[num.start])) return null;
  }
  let currency = prefixCurrency;
  let spanStart = prefix ? at : num.start;
  let end = num.end;
  if (suffix) {
    currency = formCurrency(ctx, suffix.form, suffix.start);
    end = suffix.end;
    if (prefix && prefix.script === 'ko') {
      spanStart = num.start;
      if (prefix.refines === currency) currency = prefixCurrency;
    }
    if (suffix.form.unit) num = inUnit(num, suffix.form.unit);
    else if (currency === 'USD') {
      // `1달러 20센트`, `2 dollars 23 cents`
      const cents = readCents(ctx, end, limit);
      if (cents) {
        num = { ...num, value: add(num.value, cents.value) };
        end = cents.end;
      }
    }
  }
  // An English number word with no currency right after it is never a side of a figure.
  if (!suffix && !prefix && isLatin(text[num.start]) && !num.scaled) return null;
  const named = prefix !== null || suffix !== null;
  return { start: at, end, num, currency, named, spanStart, prefixed: prefix !== null };
}

const RANGE_DASH = /\s?[~∼〜～\-–—到至]\s?/y;

/** The separator of a range after the left side, or null. */
function rangeSeparator(ctx: Context, left: Side, at: number): number | null {
  const { text } = ctx;
  RANGE_DASH.lastIndex = at;
  if (RANGE_DASH.exec(text)) return RANGE_DASH.lastIndex;
  const before = text.slice(Math.max(0, left.start - 60), left.start);
  if (/\bbetween\s$/i.test(before) && /^ and /y.test(text.slice(at, at + 5))) return at + 5;
  if (/^ to /.test(text.slice(at, at + 4))) {
    const clause = before.slice(Math.max(before.lastIndexOf('.'), before.lastIndexOf(',')) + 1);
    if (CHANGE_VERBS.test(clause)) return null;
    if (/\bfrom\s$/i.test(before) || left.named) return at + 4;
  }
  if (text.startsWith('에서 ', at)) return at + 3;
  return null;
}

/**
 * A Korean magnitude with no currency (`3000억`, `10.4조`, `수십조`) that may stand for money: not
 * before a counter (`3000억 개`) nor after a counted noun (`인구 14억`).
 */
function bareMagnitude(ctx: Context, side: Side, from: number): boolean {
  const { text } = ctx;
  const num = side.num;
  if (!num.scaled || (num.hangulOnly && !num.vagueMax)) return false;
  if (compare(num.value, pow10(4)) < 0 || !/[만억조]/.test(text.slice(num.start, num.end)))
    return false;
  const next = text[num.end];
  if (isHangul(next) && !koreanCurrencyEnds(text, num.end)) return false;
  if (COUNTER_AFTER.test(text.slice(num.end, num.end + 4))) return false;
  return !COUNTED_BEFORE.test(text.slice(Math.max(from, num.start - 12), num.start));
}

/**
 * `영업익 10.4조`: a bare magnitude (checked by the caller) right after a money noun is won (see IMPLIED_WON_BEFORE).
 */
function impliedWon(ctx: Context, side: Side, from: number): boolean {
  const { text } = ctx;
  const num = side.num;
  if (ctx.lang !== 'ko' || num.hangulOnly || num.vagueMax) return false;
  const before = readBefore(ctx, num.start, from);
  const at = before ? before.start : num.start;
  return IMPLIED_WON_BEFORE.test(text.slice(Math.max(from, at - 12), at));
}

/**
 * The right side of a range, with the currency that applies to both: `3~5조원`, `$1m-$2m`,
 * `$1-2 billion` (the left's currency, the right's scale), `1000억원에서 2000억원 사이`.
 */
function readRight(ctx: Context, left: Side, from: number, limit: number): Side | null {
  const { text } = ctx;
  const sep = rangeSeparator(ctx, left, left.end);
  if (sep === null) return null;
  const r = readSide(ctx, sep, from, limit);
  if (!r) return null;
  if (text.startsWith('에서 ', left.end)) {
    const closes = /^\s?사이/.test(text.slice(r.end, r.end + 3));
    return closes && r.named && (!left.named || left.currency === r.currency) ? r : null;
  }
  if (r.named) return !left.named || left.currency === r.currency ? r : null;
  // `$1-2 billion`, `$10-15`; after a word separator only with a scale (`$5 to 10 charities`).
  const wordSep = /^ (?:to|and) /.test(text.slice(left.end, sep));
  if (left.named && left.prefixed && (!wordSep || r.num.scaled)) {
    return { ...r, currency: left.currency, named: true };
  }
  return null;
}

function indexBy<T extends { word: string }>(rows: readonly T[], key: (w: string) => string) {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r.word).toLowerCase();
    map.set(k, [...(map.get(k) ?? []), r]);
  }
  return map;
}

/** Qualifier tables by the character the scan meets first: the scanner's hot path. */
const BEFORE_BY_LAST = indexBy(BEFORE, (w) => w[w.length - 1]);
const AFTER_BY_FIRST = indexBy(AFTER, (w) => w[0]);

function kindOfBand(text: string, at: number): boolean {
  return text[at] === '대' && BAND_FOLLOWERS.test(text.slice(at + 1, at + 4));
}

/** Qualifiers and a unit-price base before `at`, nearest last. Null when it is a rate (`달러당`). */
function readBefore(
  ctx: Context,
  at: number,
  from: number,
): { quals: WrittenQualifier[]; per: string | null; start: number } | null {
  const { text } = ctx;
  const quals: WrittenQualifier[] = [];
  let per: string | null = null;
  let pos = at;
  for (let guard = 0; guard < 4; guard++) {
    let j = pos;
    if (text[j - 1] === ' ') j--;
    let found = false;
    for (const q of BEFORE_BY_LAST.get(text[j - 1]?.toLowerCase() ?? '') ?? []) {
      const s = j - q.word.length;
      if (s < from) continue;
      const w = text.slice(s, j);
      if (w !== q.word && w.toLowerCase() !== q.word) continue;
      const prev = text[s - 1];
      if (isHangul(prev) || isLatin(prev) || isAsciiDigit(prev)) continue;
      if (isLatin(q.word[0]) && j === pos) continue; // English words need a space
      quals.unshift({ word: w, at: s, kind: q.kind });
      pos = s;
      found = true;
      break;
    }
    if (found) continue;
    if (per === null && text[j - 1] === '당') {
      let s = j - 1;
      // `배럴 당`: the base word written apart from 당.
      if (text[s - 1] === ' ' && /[가-힣A-Za-z]/.test(text[s - 2] ?? '')) s--;
      while (s > from && /[가-힣A-Za-z0-9.㎏㎡ℓ²㎾]/.test(text[s - 1])) s--;
      const token = text.slice(s, j);
      const base = token
        .slice(0, -1)
        .trimEnd()
        .replace(/^[0-9.]+/, '');
      if (CURRENCY_NOUNS_KO.has(base)) return null;
      if (PER_BASES_KO.has(base)) {
        per = token;
        pos = s;
        continue;
      }
    }
    break;
  }
  return { quals, per, start: pos };
}

/** Qualifiers after `at` (not attached band/여, handled by the caller). */
export function readAfterQualifiers(
  ctx: Context,
  at: number,
  limit: number,
): { quals: WrittenQualifier[]; end: number } {
  const { text } = ctx;
  const quals: WrittenQualifier[] = [];
  let pos = at;
  for (let guard = 0; guard < 3; guard++) {
    let found = false;
    const c0 = text[pos] ?? '';
    const c1 = text[pos + 1] ?? '';
    const c2 = text[pos + 2] ?? '';
    const candidates = [
      ...(AFTER_BY_FIRST.get(c0.toLowerCase()) ?? []),
      ...(AFTER_BY_FIRST.get(c1.toLowerCase()) ?? []),
      ...(AFTER_BY_FIRST.get(c2.toLowerCase()) ?? []),
    ];
    for (const q of candidates) {
      if (q.attached || (q.direct && quals.length > 0)) continue;
      let i = pos;
      if (q.particle) {
        const p = text[i];
        if (BOUND_PARTICLES.includes(p)) i++;
      }
      if (text[i] === ' ') i++;
      const english = isLatin(q.word[0]);
      if (english && i === pos) continue;
      const w = text.slice(i, i + q.word.length);
      if (english ? w.toLowerCase() !== q.word : w !== q.word) continue;
      if (i + w.length > limit) continue;
      if (english && isLatin(text[i + w.length])) continue;
      quals.push({ word: w, at: i, kind: q.kind });
      pos = i + w.length;
      found = true;
      break;
    }
    if (!found) break;
  }
  return { quals, end: pos };
}

export function applyQualifier(f: Figure, q: WrittenQualifier): void {
  f.qualifiers.push(q);
  if (q.kind === 'approx') f.approximate = true;
  else if (q.kind === 'min') {
    if (f.amount) f.min = f.amount;
    else if (f.open) f.max = null;
  } else if (f.amount) f.max = f.amount;
}

/**
 * Reads one figure whose first side starts at anchor `at`, or null. Equivalents are attached by
 * the caller (see equivalents.ts).
 */
export function readFigure(ctx: Context, at: number, from: number, limit: number): Figure | null {
  const { text } = ctx;
  const left = readSide(ctx, at, from, limit);
  if (!left) return null;
  const right = readRight(ctx, left, from, limit);
  const unnamed = !left.named && !right;
  const magnitude = unnamed && bareMagnitude(ctx, left, from);
  if (unnamed && !magnitude) return null;
  const implied = magnitude && impliedWon(ctx, left, from);
  const bare = magnitude && !implied;
  if (bare && ctx.bare !== true) return null;
  if (implied) left.currency = 'KRW';

  const currency = right ? right.currency : left.currency;
  const sign = right ? null : signBefore(text, left.spanStart, from);
  const start = sign ? sign.start : left.spanStart;
  const end = right ? right.end : left.end;
  const last = right ?? left;
  const scaled = left.num.scaled || (right?.num.scaled ?? false);

  // A figure followed by 당 is the base of a rate or unit price (`1달러당`), not an amount.
  if (text[end] === '당') return null;

  const before = readBefore(ctx, start, from);
  if (!before) return null;

  let amount: Exact | null = null;
  let min: Exact | null = null;
  let max: Exact | null = null;
  let open = false;
  let approximate = false;
  if (right) {
    const lv = left.num.scaled ? left.num.value : mul(left.num.value, right.num.lead);
    min = lv;
    max = right.num.vagueMax ?? right.num.value;
    approximate = left.num.vagueMax !== null || right.num.vagueMax !== null;
  } else if (left.num.vagueMax) {
    min = left.num.value;
    max = left.num.vagueMax;
    open = true;
    approximate = true;
  } else {
    amount = left.num.value;
  }
  const quals: WrittenQualifier[] = [...before.quals];
  for (const side of right ? [left, right] : [left]) {
    if (side.num.approxMark) {
      const idx = text.indexOf(side.num.approxMark, side.num.start);
      quals.push({ word: side.num.approxMark, at: idx, kind: 'approx' });
    }
  }
  // Attached 여 after the currency (`5억원여`) and the `원대` band.
  let pos = end;
  if (text[pos] === '여' && !isHangul(text[pos + 1])) {
    quals.push({ word: '여', at: pos, kind: 'approx' });
    pos++;
  } else if (kindOfBand(text, pos) && !last.prefixed) {
    const top = right ? right.num.value : amount!;
    if (top && !last.num.vagueMax) {
      if (!right) min = amount;
      max = add(top, lastPlace(top));
    }
    amount = null;
    open = true;
    approximate = true;
    quals.push({ word: '대', at: pos, kind: 'approx' });
    pos++;
  }
  // `1조 원 후반대`, `1조원대 후반`, `10억 원 초반`: a part of the band the number opens.
  const part = right || last.num.vagueMax ? null : bandPart(text, pos);
  if (part) {
    const top = amount ?? min!;
    const width = lastPlace(top);
    min = add(top, mul(width, parseDecimal(part.from)));
    max = add(top, mul(width, parseDecimal(part.to)));
    amount = null;
    open = true;
    approximate = true;
    quals.push({ word: part.word, at: part.at, kind: 'approx' });
    pos = part.end;
  }
  if (isRateQuote(text, start, end, scaled)) return null;
  if (sign) {
    // `-3조원`, `마이너스 3조원`, `△3조원`: bounds swap as they change sign.
    [amount, min, max] = [amount && neg(amount), max && neg(max), min && neg(min)];
  }

  const fig: Figure = {
    start,
    end,
    outerStart: before.start,
    outerEnd: pos,
    amount,
    min,
    max,
    open,
    currency,
    approximate,
    qualifiers: [],
    per: before.per,
    scaled,
    bare,
    equivalents: [],
  };
  for (const q of quals) applyQualifier(fig, q);
  // English per after the figure: `$5 per share`, `$80 a barrel`.
  const perMatch =
    text[pos] === ' ' || text[pos] === '/' ? PER_EN.exec(text.slice(pos, pos + 40)) : null;
  if (perMatch && fig.per === null) {
    fig.per = perMatch[0].trim();
    pos += perMatch[0].length;
  }
  const after = readAfterQualifiers(ctx, pos, limit);
  for (const q of after.quals) applyQualifier(fig, q);
  fig.outerEnd = after.end;
  return boundPair(ctx, fig, after.quals, from, limit) ?? fig;
}

const SIGN_ENDS = new Set(NEGATIVE_SIGNS.map((s) => s[s.length - 1]));

/** The sign written right before a number (`-3조원`, `△3조원`, `마이너스 3조원`), or null. */
function signBefore(text: string, at: number, from: number): { start: number } | null {
  if (!SIGN_ENDS.has(text[at - 1])) return null;
  for (const s of NEGATIVE_SIGNS) {
    const start = at - s.length;
    if (start < from || !text.startsWith(s, start)) continue;
    const prev = text[start - 1];
    if (isHangul(prev) || isLatin(prev) || isAsciiDigit(prev)) continue;
    return { start };
  }
  return null;
}

/** `후반`, `초반대`, ` 중반` at `at`, ending a word: its share of the band (see BAND_PARTS). */
function bandPart(text: string, at: number) {
  const i = text[at] === ' ' ? at + 1 : at;
  if (text[i + 1] !== '반') return null;
  const part = BAND_PARTS[text.slice(i, i + 2)];
  if (!part) return null;
  let end = i + 2;
  if (kindOfBand(text, end)) end++;
  else if (!BAND_PART_FOLLOWERS.test(text.slice(end, end + 3))) return null;
  return { ...part, word: text.slice(i, end), at: i, end };
}

/**
 * `2조 원 이상 3조 원 이하`: a lower bound followed by an upper bound in the same currency is one
 * range. `quals` are the qualifiers read after `first`.
 */
function boundPair(
  ctx: Context,
  first: Figure,
  quals: WrittenQualifier[],
  from: number,
  limit: number,
): Figure | null {
  const lower = quals[quals.length - 1];
  if (!lower || !PAIR_LOWER.includes(lower.word) || first.amount === null) return null;
  PAIR_GAP.lastIndex = first.outerEnd;
  if (!PAIR_GAP.exec(ctx.text)) return null;
  const second = readFigure(ctx, PAIR_GAP.lastIndex, from, limit);
  if (!second || second.amount === null || second.currency !== first.currency) return null;
  const [upper, ...others] = second.qualifiers;
  if (!upper || others.length > 0 || !PAIR_UPPER.includes(upper.word) || upper.at < second.end)
    return null;
  return {
    ...first,
    end: second.end,
    outerEnd: second.outerEnd,
    amount: null,
    max: second.max,
    approximate: first.approximate || second.approximate,
    qualifiers: [...first.qualifiers, upper],
  };
}
