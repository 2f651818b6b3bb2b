/**
 * Korean names in English as the press writes them: family name first, then the given name
 * hyphenated, syllable by syllable with no sound change between syllables (`김재철` → `Kim
 * Jae-cheol`, not the pronounced `Jae-chul`), Revised Romanization except where the press
 * table says otherwise.
 */
import { capitalize, isHangulWord, jamo } from './hangul.js';
import { KOREAN_SURNAMES, PRESS_SYLLABLES } from './korean-table.js';

const INITIALS = [
  'g',
  'kk',
  'n',
  'd',
  'tt',
  'r',
  'm',
  'b',
  'pp',
  's',
  'ss',
  '',
  'j',
  'jj',
  'ch',
  'k',
  't',
  'p',
  'h',
];
const VOWELS = [
  'a',
  'ae',
  'ya',
  'yae',
  'eo',
  'e',
  'yeo',
  'ye',
  'o',
  'wa',
  'wae',
  'oe',
  'yo',
  'u',
  'wo',
  'we',
  'wi',
  'yu',
  'eu',
  'ui',
  'i',
];
// a final as it sounds at the end of a syllable
const FINALS = [
  '',
  'k',
  'k',
  'k',
  'n',
  'n',
  'n',
  't',
  'l',
  'k',
  'm',
  'l',
  'l',
  'l',
  'p',
  'l',
  'm',
  'p',
  'p',
  't',
  't',
  'ng',
  't',
  't',
  'k',
  't',
  'p',
  't',
];

/** One syllable in Revised Romanization, read on its own. */
export function revisedSyllable(syllable: string): string | null {
  const j = jamo(syllable);
  if (!j) return null;
  return INITIALS[j.initial] + VOWELS[j.vowel] + FINALS[j.final];
}

// jamo indices (see hangul.ts)
const TENSE_OR_K = new Set([1, 4, 8, 10, 13, 15]); // ㄲ ㄸ ㅃ ㅆ ㅉ ㅋ
const SINO_FINALS = new Set([0, 1, 4, 8, 16, 17, 21]); // none ㄱ ㄴ ㄹ ㅁ ㅂ ㅇ
/** Vowel indices (see hangul.ts). */
const V = { AE: 1, YAE: 3, EO: 4, E: 5, YEO: 6, WAE: 10, WE: 15, WI: 16, EU: 18, UI: 19, I: 20 };

/**
 * Could this syllable be part of a Korean given name? Given names are read from Hanja, whose
 * Korean readings never have a tense initial or ㅋ, never end in ㅅ, ㅈ, ㅊ, ㅌ, ㅍ, ㅎ, and
 * never sound 스, 드, 트, 디, 티, 니, 리 (the syllables of transcribed foreign names: `조이스`,
 * `주디`, `제니`, `마리아` are not Korean names).
 */
export function sinoKoreanSyllable(syllable: string): boolean {
  const j = jamo(syllable);
  if (!j || TENSE_OR_K.has(j.initial) || !SINO_FINALS.has(j.final)) return false;
  const { initial, vowel, final } = j;
  if (vowel === V.EU && final === 0) return false;
  if (vowel === V.YAE || vowel === V.WAE || vowel === V.WE) return false;
  // open ㅓ only in 거 서 어 저 처 허, open ㅕ only in 녀 려 여, and ㅐ closes only with ㄱ or ㅇ
  if (vowel === V.EO && final === 0 && ![0, 9, 11, 12, 14, 18].includes(initial)) return false;
  if (vowel === V.YEO && final === 0 && ![2, 5, 11].includes(initial)) return false;
  if (vowel === V.AE && final !== 0 && final !== 1 && final !== 21) return false;
  // ㅔ only in 세 제 체 게, and never before a final
  if (vowel === V.E && (final !== 0 || ![9, 12, 14, 0].includes(initial))) return false;
  if (vowel === V.WI && ![11, 0, 18, 14].includes(initial)) return false;
  if (vowel === V.UI && initial !== 11 && initial !== 18) return false;
  // 디 티 니 리 and 딘 틴 …: no Sino-Korean reading begins so
  if (vowel === V.I && [3, 16].includes(initial)) return false;
  if (vowel === V.I && final === 0 && (initial === 2 || initial === 5)) return false;
  return true;
}

function givenSyllable(syllable: string): string | null {
  return PRESS_SYLLABLES[syllable] ?? revisedSyllable(syllable);
}

/** The family name a name starts with and the rest, two-syllable family names first. */
export function splitKoreanName(name: string): { family: string; given: string } | null {
  if (!isHangulWord(name, 2, 4)) return null;
  for (const len of [2, 1]) {
    const family = name.slice(0, len);
    const given = name.slice(len);
    if (KOREAN_SURNAMES[family] && given.length >= 1 && given.length <= 2) return { family, given };
  }
  return null;
}

/**
 * `이재용` → `Lee Jae-yong`; null when the name is not a family name and one or two syllables
 * of a Korean given name, or is a family name and one open syllable (`조지`, `모노`, `피터`:
 * such two-syllable words are far more often transcribed foreign names than Korean ones).
 */
export function romanizeKorean(name: string): string | null {
  const parts = splitKoreanName(name);
  if (!parts || ![...parts.given].every(sinoKoreanSyllable)) return null;
  if (parts.given.length === 1 && jamo(parts.given)?.final === 0) return null;
  const syllables = [...parts.given].map(givenSyllable);
  if (syllables.some((s) => s === null)) return null;
  return `${KOREAN_SURNAMES[parts.family]} ${capitalize(syllables.join('-'))}`;
}
