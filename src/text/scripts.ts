/** Counting letters by writing system, the first and cheapest evidence of a text's language. */

export interface ScriptCounts {
  hangul: number;
  han: number;
  kana: number;
  latin: number;
  cyrillic: number;
  other: number;
  /** All letters counted above. */
  letters: number;
}

/** Counts the letters of `text[start, end)` by script; digits, punctuation and spaces are ignored. */
export function countScripts(text: string, start = 0, end = text.length): ScriptCounts {
  const c: ScriptCounts = {
    hangul: 0,
    han: 0,
    kana: 0,
    latin: 0,
    cyrillic: 0,
    other: 0,
    letters: 0,
  };
  for (let i = start; i < end; i++) {
    const cp = text.charCodeAt(i);
    if (cp < 0x80) {
      if ((cp >= 0x41 && cp <= 0x5a) || (cp >= 0x61 && cp <= 0x7a)) c.latin++;
      else continue;
    } else if (
      (cp >= 0xac00 && cp <= 0xd7a3) ||
      (cp >= 0x1100 && cp <= 0x11ff) ||
      (cp >= 0x3130 && cp <= 0x318f)
    ) {
      c.hangul++;
    } else if (
      (cp >= 0x4e00 && cp <= 0x9fff) ||
      (cp >= 0x3400 && cp <= 0x4dbf) ||
      (cp >= 0xf900 && cp <= 0xfaff)
    ) {
      c.han++;
    } else if (cp >= 0x3040 && cp <= 0x30ff) {
      c.kana++;
    } else if (cp >= 0xc0 && cp <= 0x24f) {
      c.latin++;
    } else if (cp >= 0x400 && cp <= 0x4ff) {
      c.cyrillic++;
    } else if (isLetterOutsideTables(cp)) {
      c.other++;
    } else {
      continue;
    }
    c.letters++;
  }
  return c;
}

const LETTER = /\p{L}/u;
function isLetterOutsideTables(cp: number): boolean {
  // Surrogates are skipped: astral letters are rare in news and never decide the language.
  if (cp >= 0xd800 && cp <= 0xdfff) return false;
  return LETTER.test(String.fromCharCode(cp));
}
