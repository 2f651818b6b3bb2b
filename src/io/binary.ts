/** How much of the input the control-character census looks at; binaries show themselves early. */
const SAMPLE_BYTES = 64 * 1024;
/** Text files carry almost no C0 controls besides tab/newline/CR/FF/VT/ESC; binaries carry ~10%. */
const MAX_CONTROL_SHARE = 0.02;

function isTextControl(b: number): boolean {
  return b === 0x09 || b === 0x0a || b === 0x0b || b === 0x0c || b === 0x0d || b === 0x1b;
}

/**
 * Why the bytes look like a binary file rather than text (a NUL byte, or too many control
 * characters), or null when they look like text. Not for UTF-16, whose ASCII has NUL halves.
 */
export function binaryReason(bytes: Uint8Array): string | null {
  const nul = bytes.indexOf(0);
  if (nul >= 0) return `a NUL byte at offset ${nul}`;
  const n = Math.min(bytes.length, SAMPLE_BYTES);
  let controls = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b < 0x20 && !isTextControl(b)) controls++;
  }
  if (n > 0 && controls / n > MAX_CONTROL_SHARE) {
    return `${controls} control characters in the first ${n} bytes`;
  }
  return null;
}
