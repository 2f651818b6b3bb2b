/**
 * Hostile and odd inputs for the linear-time checks (tests/hostile) and `npm run bench:hostile`:
 * each generator returns a text of exactly `n` UTF-16 units built by repeating a pattern, so the
 * same shape can be produced at any size. Deterministic (no randomness beyond a fixed-seed PRNG).
 */

/** `unit` repeated and cut to `n` characters (a cut never splits a surrogate pair here). */
function fill(unit: string, n: number): string {
  return unit.repeat(Math.ceil(n / unit.length)).slice(0, n);
}

/** `open` repeated, a core, `close` repeated: `(((…삼성…)))` of `n` characters. */
function nested(open: string, core: string, close: string, n: number): string {
  const depth = Math.max(0, Math.floor((n - core.length) / (open.length + close.length)));
  return fill(open.repeat(depth) + core + close.repeat(depth), n);
}

/** A small linear congruential generator: the same "garbage" on every run. */
function lcg(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 0x100000000;
  };
}

/** Characters drawn at random (fixed seed) from `alphabet`, `n` of them. */
function drawn(alphabet: string, n: number, seed: number): string {
  const chars = [...alphabet];
  const next = lcg(seed);
  let out = '';
  while (out.length < n) out += chars[Math.floor(next() * chars.length)];
  return out.slice(0, n);
}

const HANGUL_SYLLABLES = '삼성전자는올해반도체투자를늘리기로했다정부와기업이함께시장에서';
const HANJA = '大韓民國政府經濟成長率上昇三星電子半導體投資';
const KATAKANA = 'サムスンデンシハンドウタイトウシヲフヤス';
const GARBAGE =
  '0123456789,.()[]{}<>「」『』"\'“”‘’ 억만원$€₩%-/:;!?…·삼성전자LG大韓アイウabcXYZ\t\u00a0\u3000';

const ENGLISH =
  'Samsung Electronics said on Tuesday it would invest $1.5 billion in a new chip plant in Texas, ' +
  'according to Lee Jae-yong, its chairman. ';

export interface HostileGenerator {
  name: string;
  make(n: number): string;
}

export const HOSTILE_GENERATORS: readonly HostileGenerator[] = [
  { name: 'digits', make: (n) => fill('1234567890', n) },
  { name: 'digit groups 1,234,567', make: (n) => fill('1,234,567,890,', n) },
  { name: 'dotted digits 1.2.3', make: (n) => fill('1.23.456.7890.', n) },
  { name: 'spaced numbers', make: (n) => fill('1234 5,678 9.01 ', n) },
  { name: 'nested parens (((삼성)))', make: (n) => nested('(', '삼성', ')', n) },
  { name: 'open parens ((((', make: (n) => fill('(', n) },
  { name: 'close parens ))))', make: (n) => fill(')', n) },
  { name: "quotes '''", make: (n) => fill("'", n) },
  { name: 'double quotes """', make: (n) => fill('"', n) },
  { name: 'corner brackets 「「「', make: (n) => nested('「', '삼성전자', '」', n) },
  { name: 'open corner 「「「', make: (n) => fill('「', n) },
  { name: 'unspaced Hangul', make: (n) => fill(HANGUL_SYLLABLES, n) },
  { name: 'Hanja run', make: (n) => fill(HANJA, n) },
  { name: 'Latin run', make: (n) => fill('Samsung', n) },
  { name: 'Latin capitals', make: (n) => fill('SAMSUNG', n) },
  { name: 'Katakana run', make: (n) => fill(KATAKANA, n) },
  { name: '억억억', make: (n) => fill('억', n) },
  { name: '일이삼사', make: (n) => fill('일이삼사오육칠팔구십백천만억조', n) },
  { name: 'million million', make: (n) => fill('million ', n) },
  { name: 'one two three', make: (n) => fill('One hundred twenty three ', n) },
  { name: '1억원(2억원(…', make: (n) => moneyChain(n) },
  { name: '$1 billion ($2 billion (…', make: (n) => fill('$1 billion (', n) },
  { name: 'one char aaaa', make: (n) => fill('a', n) },
  { name: 'one char 가가가', make: (n) => fill('가', n) },
  { name: 'dots ....', make: (n) => fill('.', n) },
  { name: 'dashes ----', make: (n) => fill('-', n) },
  { name: 'spaces then text', make: (n) => fill(' ', n - 4) + '삼성전자' },
  { name: 'many short lines', make: (n) => fill('가\n', n) },
  { name: 'Mr. Mr. Mr.', make: (n) => fill('Mr. ', n) },
  { name: 'list 1. 1. 1.', make: (n) => fill('1. ', n) },
  { name: 'emails a@b.c', make: (n) => fill('kim@yna.co.kr', n) },
  { name: 'bylines 기자', make: (n) => fill('홍길동 기자 ', n) },
  { name: 'English sentences', make: (n) => fill(ENGLISH, n) },
  { name: 'Capitalised Words', make: (n) => fill('Samsung Apple Google Microsoft Lee ', n) },
  { name: 'English no stops', make: (n) => fill('samsung said it would invest more ', n) },
  { name: 'mixed garbage', make: (n) => drawn(GARBAGE, n, 13) },
];

/** `1억원(2억원(3억원(…`: each figure opens a restatement that never closes. */
function moneyChain(n: number): string {
  let out = '';
  for (let i = 1; out.length < n; i++) out += `${(i % 9) + 1}억원(`;
  return out.slice(0, n);
}

/** Normal Korean news: the corpus news lines joined into one line (a page pasted without breaks). */
export function oneLine(lines: readonly string[], n: number): string {
  return fill(lines.join(' '), n);
}
