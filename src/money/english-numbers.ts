/**
 * English numbers: digits with scale words or abbreviations (`1.2 billion`, `$300m`, `2.3bn`,
 * `Rs 500 crore`), broadcast decimals (`22-point-eight`), spelled numbers (`two billion`,
 * `twenty-five million`) and vague magnitudes (`tens of millions`, `several billion`).
 */
import { ONE, ZERO, add, int, mul, parseDecimal, pow10 } from './exact.js';
import { type NumberParse, readDigits } from './number-parse.js';

/** Scale words as powers of ten; `attached` ones only count right after the digits (`$300m`). */
interface Scale {
  word: string;
  power: number;
  attachedOnly?: boolean;
  caseSensitive?: boolean;
}

export const SCALES: readonly Scale[] = [
  { word: 'thousand', power: 3 },
  { word: 'million', power: 6 },
  { word: 'billion', power: 9 },
  { word: 'trillion', power: 12 },
  { word: 'crore', power: 7 },
  { word: 'lakh', power: 5 },
  { word: 'mln', power: 6 },
  { word: 'mn', power: 6 },
  { word: 'bln', power: 9 },
  { word: 'bn', power: 9 },
  { word: 'trn', power: 12 },
  { word: 'tn', power: 12 },
  { word: 'm', power: 6, attachedOnly: true },
  { word: 'b', power: 9, attachedOnly: true },
  { word: 'k', power: 3, attachedOnly: true },
  { word: 'M', power: 6, attachedOnly: true, caseSensitive: true },
  { word: 'B', power: 9, attachedOnly: true, caseSensitive: true },
  { word: 'K', power: 3, attachedOnly: true, caseSensitive: true },
];

const UNITS: Readonly<Record<string, number>> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
};
const TENS: Readonly<Record<string, number>> = {
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const DIGIT_WORDS: Readonly<Record<string, string>> = {
  zero: '0',
  oh: '0',
  one: '1',
  two: '2',
  three: '3',
  four: '4',
  five: '5',
  six: '6',
  seven: '7',
  eight: '8',
  nine: '9',
};

/** Vague magnitudes: lower edge and exclusive upper edge as powers of ten. */
const VAGUE: readonly { pattern: RegExp; scaleGroup: number; low: number; high: number }[] = [
  { pattern: /(tens) of (millions|billions|trillions)(?: of)?/iy, scaleGroup: 2, low: 1, high: 2 },
  {
    pattern: /(hundreds) of (millions|billions|trillions)(?: of)?/iy,
    scaleGroup: 2,
    low: 2,
    high: 3,
  },
  { pattern: /(millions|billions|trillions)(?: of)?/iy, scaleGroup: 1, low: 0, high: 3 },
  { pattern: /(?:several|a few) (million|billion|trillion)/iy, scaleGroup: 1, low: 0, high: 1 },
];

const SCALE_POWER: Readonly<Record<string, number>> = {
  million: 6,
  billion: 9,
  trillion: 12,
  millions: 6,
  billions: 9,
  trillions: 12,
};

function isLetter(c: string | undefined): boolean {
  return c !== undefined && /[A-Za-z]/.test(c);
}

const WORD = /[A-Za-z]+/y;

function wordAt(text: string, at: number): string | null {
  WORD.lastIndex = at;
  const m = WORD.exec(text);
  return m ? m[0] : null;
}

/** Reads a scale word at `at` (after optional space or hyphen) for digits ending at `at`. */
function readScale(text: string, at: number, limit: number): { power: number; end: number } | null {
  const attached = !(text[at] === ' ' || text[at] === '-');
  const from = attached ? at : at + 1;
  const w = wordAt(text, from);
  if (!w || from + w.length > limit) return null;
  for (const s of SCALES) {
    if (s.attachedOnly && !attached) continue;
    const same = s.caseSensitive ? w === s.word : w.toLowerCase() === s.word;
    if (same) return { power: s.power, end: from + w.length };
  }
  return null;
}

/** `-point-eight`, ` point five two` after digits: spoken decimals. */
function readSpokenDecimal(text: string, at: number): { frac: string; end: number } | null {
  const m = /[- ]point[- ]/iy;
  m.lastIndex = at;
  if (!m.exec(text)) return null;
  let i = m.lastIndex;
  // `seven-point-78`: wire copy mixes a spelled whole part with digits after the point.
  const digits = /[0-9]+(?![0-9.,])/y;
  digits.lastIndex = i;
  const d = digits.exec(text);
  if (d) return { frac: d[0], end: digits.lastIndex };
  let frac = '';
  for (;;) {
    const w = wordAt(text, i);
    const d = w ? DIGIT_WORDS[w.toLowerCase()] : undefined;
    if (d === undefined) break;
    frac += d;
    i += w!.length;
    if (
      (text[i] === ' ' || text[i] === '-') &&
      DIGIT_WORDS[wordAt(text, i + 1)?.toLowerCase() ?? '']
    ) {
      i++;
    } else break;
  }
  return frac ? { frac, end: i } : null;
}

function digitsNumber(text: string, at: number, limit: number): NumberParse | null {
  const lit = readDigits(text, at);
  if (!lit || lit.end > limit) return null;
  let digits = lit.digits;
  let i = lit.end;
  const spoken = digits.includes('.') ? null : readSpokenDecimal(text, i);
  if (spoken) {
    digits = `${digits}.${spoken.frac}`;
    i = spoken.end;
  }
  const value = parseDecimal(digits);
  const scale = readScale(text, i, limit);
  if (scale && !isLetter(text[scale.end])) {
    return {
      start: at,
      end: scale.end,
      value: mul(value, pow10(scale.power)),
      lead: pow10(scale.power),
      scaled: true,
      vagueMax: null,
      approxMark: null,
      hangulOnly: false,
      yearLike: false,
    };
  }
  if (isLetter(text[i]) && !spoken) return null;
  return {
    start: at,
    end: i,
    value,
    lead: ONE,
    scaled: false,
    vagueMax: null,
    approxMark: null,
    hangulOnly: false,
    yearLike: /^(19|20)[0-9]{2}$/.test(text.slice(at, i)),
  };
}

/**
 * The longest spelled number read: `nine hundred ninety-nine trillion nine hundred … ninety-nine`
 * up to the units is 24 words, with room for `and`s. Every number word is an anchor, so without a
 * bound a long run of them (a table spelled out, `million million …`) is re-read from each word.
 */
const MAX_SPELLED_WORDS = 32;

/** Spelled numbers up to the trillions: `two billion`, `twenty-two point eight trillion`. */
function spelledNumber(text: string, at: number, limit: number): NumberParse | null {
  let i = at;
  let total = ZERO;
  let group = ZERO;
  let any = false;
  let scaled = false;
  let lastEnd = at;
  let frac = '';
  let half = false;
  for (let words = 0; words < MAX_SPELLED_WORDS; words++) {
    const w = wordAt(text, i);
    if (!w || i + w.length > limit) break;
    const lw = w.toLowerCase();
    let consumed = true;
    if (lw in UNITS) group = add(group, int(UNITS[lw]));
    else if (lw in TENS) group = add(group, int(TENS[lw]));
    else if (lw === 'a' && (!any || half)) {
      if (!half) group = ONE;
    } else if (lw === 'half' && !any) {
      // `half a billion dollars`
      group = parseDecimal('0.5');
      half = true;
    } else if (lw === 'hundred' && any) group = mul(group, int(100));
    else if ((lw === 'thousand' || lw in SCALE_POWER) && any && !lw.endsWith('s')) {
      const p = lw === 'thousand' ? 3 : SCALE_POWER[lw];
      const g = frac ? add(group, parseDecimal(`0.${frac}`)) : group;
      total = add(total, mul(g, pow10(p)));
      group = ZERO;
      frac = '';
      scaled = true;
    } else if (lw === 'and' && any) {
      consumed = true;
    } else if (lw === 'point' && any && !frac) {
      const spoken = readSpokenDecimal(text, i - 1);
      if (!spoken) break;
      frac = spoken.frac;
      i = spoken.end;
      lastEnd = i;
      const sep = text[i];
      if (sep === ' ' || sep === '-') {
        i++;
        continue;
      }
      break;
    } else consumed = false;
    if (!consumed) break;
    any = true;
    i += w.length;
    if (lw !== 'and' && lw !== 'a' && lw !== 'half') lastEnd = i;
    const sep = text[i];
    if (sep === ' ' || sep === '-') i++;
    else break;
  }
  if (!any || lastEnd === at) return null;
  // A lone `a`/`one` without a scale is an article, not a price.
  const value = add(total, frac ? add(group, parseDecimal(`0.${frac}`)) : group);
  if (!scaled && half) return null;
  return {
    start: at,
    end: lastEnd,
    value,
    lead: ONE,
    scaled,
    vagueMax: null,
    approxMark: null,
    hangulOnly: false,
    yearLike: false,
  };
}

function vagueNumber(text: string, at: number, limit: number): NumberParse | null {
  for (const v of VAGUE) {
    v.pattern.lastIndex = at;
    const m = v.pattern.exec(text);
    if (!m || v.pattern.lastIndex > limit) continue;
    const power = SCALE_POWER[m[v.scaleGroup].toLowerCase()];
    const low = pow10(power + v.low);
    // The match may end in ` of`; the number's own text ends at the scale word.
    const end = at + m[0].replace(/ of$/i, '').length;
    return {
      start: at,
      end,
      value: low,
      lead: ONE,
      scaled: true,
      vagueMax: pow10(power + v.high),
      approxMark: null,
      hangulOnly: false,
      yearLike: false,
    };
  }
  return null;
}

/** Reads an English-style number at `at` (digits, spelled, or vague). */
export function parseEnglishNumber(text: string, at: number, limit: number): NumberParse | null {
  const c = text[at];
  if (c >= '0' && c <= '9') return digitsNumber(text, at, limit);
  return vagueNumber(text, at, limit) ?? spelledNumber(text, at, limit);
}
