/** Character classes by script, as precompiled tests on one UTF-16 code unit. */

export const isHangul = (c: number): boolean =>
  (c >= 0xac00 && c <= 0xd7a3) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x3130 && c <= 0x318f);

/** CJK ideographs (Hanja, Chinese), including the compatibility block. */
export const isHan = (c: number): boolean =>
  (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff);

export const isLatin = (c: number): boolean =>
  (c >= 0x41 && c <= 0x5a) ||
  (c >= 0x61 && c <= 0x7a) ||
  (c >= 0xc0 && c <= 0x24f && c !== 0xd7 && c !== 0xf7);

export const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

export const isUpper = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xde);

export const isAlnum = (c: number): boolean => isLatin(c) || isDigit(c);

/** A letter of any script a name can be written in. */
export const isNameChar = (c: number): boolean => isHangul(c) || isHan(c) || isAlnum(c);

export function hasLatin(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isLatin(s.charCodeAt(i))) return true;
  return false;
}

export function hasHangul(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHangul(s.charCodeAt(i))) return true;
  return false;
}

export function hasHan(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (isHan(s.charCodeAt(i))) return true;
  return false;
}

export function allHan(s: string): boolean {
  if (!s) return false;
  for (let i = 0; i < s.length; i++) if (!isHan(s.charCodeAt(i))) return false;
  return true;
}

/** Latin letters, digits and the joiners names use (`01.AI`, `Yi-34B`, `AT&T`). */
export function allLatinName(s: string): boolean {
  if (!s) return false;
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (isLatin(c)) letters++;
    else if (!isDigit(c) && c !== 0x2e && c !== 0x2d && c !== 0x26 && c !== 0x2b) return false;
  }
  return letters > 0;
}
