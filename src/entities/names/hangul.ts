/** Hangul syllables taken apart into their jamo, as indices into Unicode's composition order. */

export interface Jamo {
  /** 0–18: ㄱ ㄲ ㄴ ㄷ ㄸ ㄹ ㅁ ㅂ ㅃ ㅅ ㅆ ㅇ ㅈ ㅉ ㅊ ㅋ ㅌ ㅍ ㅎ */
  initial: number;
  /** 0–20: ㅏ ㅐ ㅑ ㅒ ㅓ ㅔ ㅕ ㅖ ㅗ ㅘ ㅙ ㅚ ㅛ ㅜ ㅝ ㅞ ㅟ ㅠ ㅡ ㅢ ㅣ */
  vowel: number;
  /** 0 for none, then 1–27: ㄱ ㄲ ㄳ ㄴ ㄵ ㄶ ㄷ ㄹ ㄺ ㄻ ㄼ ㄽ ㄾ ㄿ ㅀ ㅁ ㅂ ㅄ ㅅ ㅆ ㅇ ㅈ ㅊ ㅋ ㅌ ㅍ ㅎ */
  final: number;
}

const BASE = 0xac00;

/** The jamo of one precomposed syllable, or null for anything else. */
export function jamo(syllable: string): Jamo | null {
  const code = syllable.charCodeAt(0) - BASE;
  if (syllable.length !== 1 || code < 0 || code > 11171) return null;
  return {
    initial: Math.floor(code / 588),
    vowel: Math.floor((code % 588) / 28),
    final: code % 28,
  };
}

export function compose(initial: number, vowel: number, final = 0): string {
  return String.fromCharCode(BASE + initial * 588 + vowel * 28 + final);
}

/** Only precomposed Hangul syllables, `min`–`max` of them. */
export function isHangulWord(s: string, min: number, max: number): boolean {
  return s.length >= min && s.length <= max && /^[가-힣]+$/.test(s);
}

/** `jae` → `Jae`. */
export function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
