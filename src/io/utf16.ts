/** UTF-16 byte orders, as `TextDecoder` names them. */
export type Utf16Encoding = 'utf-16le' | 'utf-16be';

/**
 * Share of code units that must be ASCII text or Hangul syllables. Read in the wrong byte order,
 * ASCII becomes U+xx00 (mostly CJK ideographs) and Hangul mostly other blocks, so the wrong order
 * scores far below this, and so do binaries (random units are ~17% Hangul, ~0.2% ASCII).
 */
const MIN_ANCHOR_SHARE = 0.6;
/** Share of units allowed to be controls, private use, noncharacters or unpaired surrogates. */
const MAX_IMPLAUSIBLE_SHARE = 0.01;

interface Reading {
  /** ASCII printable and whitespace, and Hangul. */
  anchors: number;
  implausible: number;
  /** Whether a U+0000 unit occurs: text never holds one, binaries nearly always do. */
  nul: boolean;
}

function isTextControl(u: number): boolean {
  return u === 0x09 || u === 0x0a || u === 0x0c || u === 0x0d;
}

/** Hangul syllables (U+AC00–U+D7A3) and the compatibility jamo of `ㅋㅋ` and `ㅠㅠ`. */
function isHangul(u: number): boolean {
  return (u >= 0xac00 && u <= 0xd7a3) || (u >= 0x3131 && u <= 0x318e);
}

/** Counts what the code units of `bytes`, read in one byte order, look like. */
function read(bytes: Uint8Array, bigEndian: boolean): Reading {
  const r: Reading = { anchors: 0, implausible: 0, nul: false };
  const hi = bigEndian ? 0 : 1;
  const lo = 1 - hi;
  let pendingHigh = false;
  for (let i = 0; i + 1 < bytes.length; i += 2) {
    const u = (bytes[i + hi] << 8) | bytes[i + lo];
    const low = u >= 0xdc00 && u <= 0xdfff;
    const afterHigh = pendingHigh;
    pendingHigh = false;
    if (afterHigh && !low) r.implausible++;
    if (u === 0) {
      r.nul = true;
    } else if ((u >= 0x20 && u < 0x7f) || isTextControl(u) || isHangul(u)) {
      r.anchors++;
    } else if (u >= 0xd800 && u <= 0xdbff) {
      pendingHigh = true;
    } else if (
      u < 0x20 ||
      (u >= 0x7f && u < 0xa0) ||
      (low && !afterHigh) ||
      (u >= 0xe000 && u <= 0xf8ff) ||
      u >= 0xfffe
    ) {
      r.implausible++;
    }
  }
  if (pendingHigh) r.implausible++;
  return r;
}

function plausible(r: Reading, units: number): boolean {
  return (
    !r.nul &&
    r.anchors / units >= MIN_ANCHOR_SHARE &&
    r.implausible / units <= MAX_IMPLAUSIBLE_SHARE
  );
}

/**
 * The byte order of UTF-16 text that came without a byte-order mark, or null when the bytes do
 * not read as UTF-16 text either way. ASCII-heavy text shows itself by its zero high bytes, Korean
 * by Hangul syllables; both are counted as "anchors" of the right byte order. Callers try UTF-8
 * and EUC-KR first where those can apply: EUC-KR Hangul read big-endian is also Hangul.
 */
export function sniffUtf16(bytes: Uint8Array): Utf16Encoding | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  const units = bytes.length / 2;
  const le = read(bytes, false);
  const be = read(bytes, true);
  const leOk = plausible(le, units);
  const beOk = plausible(be, units);
  if (leOk && (!beOk || le.anchors >= be.anchors)) return 'utf-16le';
  return beOk ? 'utf-16be' : null;
}
