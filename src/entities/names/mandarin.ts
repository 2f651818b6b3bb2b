/**
 * Chinese names from their Korean transcription (`리옌훙` → `Li Yanhong`): the official Korean
 * transcription of Mandarin, generated for every pinyin syllable and read backwards.
 */
import { capitalize, compose, isHangulWord } from './hangul.js';
import {
  CHINESE_COMPOUND_FAMILY,
  CHINESE_FAMILY_NAMES,
  FAMILY_SYLLABLE,
  PINYIN_SYLLABLES,
  PREFERRED_SYLLABLE,
} from './mandarin-table.js';

// jamo indices (see hangul.ts)
const INITIAL: Readonly<Record<string, number>> = {
  b: 7,
  p: 17,
  m: 6,
  f: 17,
  d: 3,
  t: 16,
  n: 2,
  l: 5,
  g: 0,
  k: 15,
  h: 18,
  j: 12,
  q: 14,
  x: 9,
  zh: 12,
  ch: 14,
  sh: 9,
  r: 5,
  z: 13,
  c: 14,
  s: 10,
  '': 11,
};
const A = 0,
  YA = 2,
  EO = 4,
  E = 5,
  YE = 7,
  O = 8,
  WA = 9,
  YO = 12,
  U = 13,
  WO = 14;
const WE = 15,
  WI = 16,
  YU = 17,
  EU = 18,
  I = 20;
const N = 4,
  L = 8,
  NG = 21;
/** A final as Hangul: syllables of [vowel, final consonant]; the first takes the initial. */
const FINAL: Readonly<Record<string, readonly (readonly number[])[]>> = {
  a: [[A]],
  o: [[O]],
  e: [[EO]],
  ai: [[A], [I]],
  ei: [[E], [I]],
  ao: [[A], [O]],
  ou: [[EO], [U]],
  an: [[A, N]],
  en: [[EO, N]],
  ang: [[A, NG]],
  eng: [[EO, NG]],
  er: [[EO, L]],
  ong: [[U, NG]],
  i: [[I]],
  ia: [[YA]],
  ie: [[YE]],
  iao: [[YA], [O]],
  iu: [[YU]],
  ian: [[YE, N]],
  in: [[I, N]],
  iang: [[YA, NG]],
  ing: [[I, NG]],
  iong: [[YU, NG]],
  u: [[U]],
  ua: [[WA]],
  uo: [[WO]],
  uai: [[WA], [I]],
  uei: [[WE], [I]],
  ui: [[U], [I]],
  uan: [[WA, N]],
  uen: [[WO, N]],
  un: [[U, N]],
  uang: [[WA, NG]],
  ueng: [[WO, NG]],
  v: [[WI]],
  ve: [[WE]],
  van: [[WI], [A, N]],
  vn: [[WI, N]],
};
/** `y`/`w` spellings of finals written without an initial. */
const ZERO_INITIAL: Readonly<Record<string, string>> = {
  yi: 'i',
  ya: 'ia',
  ye: 'ie',
  yao: 'iao',
  you: 'iu',
  yan: 'ian',
  yin: 'in',
  yang: 'iang',
  ying: 'ing',
  yong: 'iong',
  yu: 'v',
  yue: 've',
  yuan: 'van',
  yun: 'vn',
  wu: 'u',
  wa: 'ua',
  wo: 'uo',
  wai: 'uai',
  wei: 'uei',
  wan: 'uan',
  wen: 'uen',
  wang: 'uang',
  weng: 'ueng',
};
// after ㅈ, ㅉ, ㅊ the table writes ㅑ ㅖ ㅛ ㅠ as ㅏ ㅔ ㅗ ㅜ
const PLAIN_AFTER_AFFRICATE: Readonly<Record<number, number>> = {
  [YA]: A,
  [YE]: E,
  [YO]: O,
  [YU]: U,
};

/** One pinyin syllable (`v` for ü) in Korean transcription: `xi` → `시`, `hong` → `훙`. */
export function transcribeSyllable(syllable: string): string | null {
  const m = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcs]?)([a-z]+)$/.exec(syllable);
  if (!m) return null;
  const initial = m[1];
  let final = m[2];
  if (!initial && ZERO_INITIAL[syllable]) final = ZERO_INITIAL[syllable];
  if ('jqx'.includes(initial) && initial && final.startsWith('u')) final = 'v' + final.slice(1);
  const shape = FINAL[final];
  if (!shape) return null;
  let out = '';
  shape.forEach(([vowel, coda = 0], k) => {
    let v = vowel;
    const first = k === 0 ? INITIAL[initial] : 11;
    if (k === 0 && final === 'i' && /^(zh|ch|sh|r|z|c|s)$/.test(initial)) v = EU;
    if (k === 0 && (first === 12 || first === 13 || first === 14))
      v = PLAIN_AFTER_AFFRICATE[v] ?? v;
    out += compose(first, v, coda);
  });
  return out;
}

let reverse: Map<string, string[]> | undefined;

/** Hangul spelling → the pinyin syllables it transcribes, built on first use. */
function reverseTable(): Map<string, string[]> {
  if (reverse) return reverse;
  reverse = new Map();
  for (const syllable of PINYIN_SYLLABLES.split(' ')) {
    const hangul = transcribeSyllable(syllable);
    if (!hangul) continue;
    const list = reverse.get(hangul);
    if (list) list.push(syllable);
    else reverse.set(hangul, [syllable]);
  }
  return reverse;
}

function readChunk(chunk: string, family: boolean): string | null {
  const options = reverseTable().get(chunk);
  if (!options) return null;
  return (family ? FAMILY_SYLLABLE[chunk] : undefined) ?? PREFERRED_SYLLABLE[chunk] ?? options[0];
}

/** The fewest pinyin syllables (1–2 Hangul each) that spell `s`, or null. */
function readSyllables(s: string): string[] | null {
  // best[i]: the shortest reading of s.slice(0, i)
  const best: (string[] | null)[] = [[]];
  for (let i = 1; i <= s.length; i++) {
    best[i] = null;
    for (const len of [1, 2]) {
      const before = best[i - len];
      if (i - len < 0 || !before) continue;
      const read = readChunk(s.slice(i - len, i), false);
      if (read && (!best[i] || before.length + 1 < best[i]!.length)) best[i] = [...before, read];
    }
  }
  return best[s.length];
}

const plain = (syllable: string): string => syllable.replace(/v/g, 'u');

/**
 * `리옌훙` → `Li Yanhong`, `시진핑` → `Xi Jinping`: a common Chinese family name, then one or
 * two syllables of given name, joined. Null when the spelling is not a transcription of that shape.
 */
export function mandarinFromHangul(name: string): string | null {
  if (!isHangulWord(name, 2, 7)) return null;
  for (const len of [3, 2, 1]) {
    const family = name.slice(0, len);
    const rest = name.slice(len);
    if (!rest || !CHINESE_FAMILY_NAMES.has(family)) continue;
    const familyReading = CHINESE_COMPOUND_FAMILY.has(family)
      ? readSyllables(family)?.join('')
      : readChunk(family, true);
    const given = readSyllables(rest);
    if (!familyReading || !given || given.length > 2) continue;
    return `${capitalize(plain(familyReading))} ${capitalize(plain(given.join('')))}`;
  }
  return null;
}
