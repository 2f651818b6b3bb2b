/**
 * Japanese names from their Korean transcription (`고토 겐지` → `Goto Kenji`), in Hepburn without
 * macrons (Korean does not write long vowels, and the press drops them). Word order is kept as
 * written: `마사요시 손` → `Masayoshi Son`.
 */
import { capitalize, jamo } from './hangul.js';

/**
 * Names the syllable rules would misread: the transcription writes voiced and voiceless stops
 * alike at the start of a word (`고` is ko and go), and the rules read them voiceless.
 */
const VOICED_START: Readonly<Record<string, string>> = {
  고토: 'goto',
  도이: 'doi',
  다이스케: 'daisuke',
  다이키: 'daiki',
  다이치: 'daichi',
  고로: 'goro',
  다테: 'date',
  고다: 'goda',
  겐: 'gen',
  바바: 'baba',
  지로: 'jiro',
  다이사쿠: 'daisaku',
};

// jamo initials → romaji: [at the start of a word, inside it]
const CONSONANT: readonly (readonly [string, string] | null)[] = [
  ['k', 'g'],
  null,
  ['n', 'n'],
  ['t', 'd'],
  null,
  ['r', 'r'],
  ['m', 'm'],
  ['b', 'b'],
  null,
  ['s', 's'],
  ['ts', 'ts'],
  ['', ''],
  ['j', 'z'],
  null,
  ['ch', 'ch'],
  ['k', 'k'],
  ['t', 't'],
  ['p', 'p'],
  ['h', 'h'],
];
// jamo vowels → romaji; null for vowels the transcription of Japanese never writes
const VOWEL: readonly (string | null)[] = [
  'a',
  null,
  'ya',
  null,
  null,
  'e',
  null,
  null,
  'o',
  'wa',
  null,
  null,
  'yo',
  'u',
  null,
  null,
  null,
  'yu',
  'u',
  null,
  'i',
];
const S = 9,
  TS = 10,
  ZERO = 11,
  J = 12,
  CH = 14,
  H = 18;
const FINAL_N = 4,
  FINAL_S = 19;

function syllable(initial: number, vowel: number, wordStart: boolean): string | null {
  const c = CONSONANT[initial];
  const v = VOWEL[vowel];
  if (!c || v === null) return null;
  if (v === 'wa') return initial === ZERO ? 'wa' : null;
  if (initial === TS) return vowel === 18 ? 'tsu' : null;
  if (initial === ZERO && vowel === 18) return null;
  if (initial === H && v === 'u') return 'fu';
  if (initial === S || initial === CH || initial === J) {
    const head = initial === S ? 'sh' : initial === CH ? 'ch' : 'j';
    if (v === 'i') return `${head}i`;
    if (v.startsWith('y')) return head + v.slice(1);
    // す is written 스 and しゅ 슈: 수 is no transcription of Japanese (`수잔` is Susan)
    if (initial === S) return vowel === 13 ? null : `s${v}`;
    if (initial === CH) return vowel === 18 ? null : `ch${v}`;
    // ㅈ: じゅ is written 주 and ず 즈; ざ ぜ ぞ and じゃ じょ share 자 제 조
    if (vowel === 13) return 'ju';
    if (vowel === 18) return 'zu';
    return (wordStart ? 'j' : 'z') + v;
  }
  return (wordStart ? c[0] : c[1]) + v;
}

/** One word of a Japanese name, or null when it cannot be a transcription of Japanese. */
function japaneseWord(word: string): string | null {
  const listed = VOICED_START[word];
  if (listed) return listed;
  let out = '';
  let double = false;
  for (let i = 0; i < word.length; i++) {
    const j = jamo(word[i]);
    if (!j) return null;
    let read = syllable(j.initial, j.vowel, i === 0);
    if (read === null) return null;
    if (double) {
      if (!read || /^[aeiouy]/.test(read)) return null;
      read = (read.startsWith('ch') ? 't' : read[0]) + read;
      double = false;
    }
    out += read;
    if (j.final === FINAL_N) out += 'n';
    else if (j.final === FINAL_S) double = true;
    else if (j.final !== 0) return null;
  }
  return double ? null : out;
}

/** `고토 겐지` → `Goto Kenji`; one to three words, each a possible transcription of Japanese. */
export function japaneseFromHangul(name: string): string | null {
  const words = name.split(' ');
  if (words.length > 3 || !/^[가-힣]+(?: [가-힣]+)*$/.test(name)) return null;
  const read = words.map(japaneseWord);
  if (read.some((w) => !w || w.length < 2)) return null;
  return read.map((w) => capitalize(w!)).join(' ');
}
