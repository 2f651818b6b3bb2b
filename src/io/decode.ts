import { isUtf8 } from 'node:buffer';
import type iconvType from 'iconv-lite';
import { SinmunError } from '../errors.js';
import { lazyRequire } from '../lazy-require.js';
import { binaryReason } from './binary.js';
import { declaredCharset, type CharsetDeclaration } from './html-charset.js';
import { looksLikeHtml } from './html-detect.js';
import { sniffUtf16, type Utf16Encoding } from './utf16.js';
import { firstInvalidUtf8, tryDecodeUtf8 } from './utf8.js';

/** iconv-lite is loaded with the first EUC-KR input (~15 ms of every start at import). */
const loadIconv = lazyRequire<typeof iconvType>('iconv-lite');

/** Largest input accepted by default: far above any news article, far below a memory problem. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
  /**
   * Whether the bytes are an HTML page, whose `<meta>` charset then decides the decoding
   * (default: when they start like one).
   */
  html?: boolean;
}

export interface DecodedInput {
  /** The decoded text, a byte-order mark removed and nothing else changed (CRLF kept). */
  text: string;
  /** What was odd but handled, e.g. `decoded from EUC-KR`. */
  warnings: string[];
  encoding: InputEncoding;
}

export const EUC_KR_WARNING = 'decoded from EUC-KR';

/** Share of the non-ASCII characters that must be Hangul or Hanja for a CP949 reading to count. */
const MIN_KOREAN_SHARE = 0.6;

export function formatBytes(n: number): string {
  return `${n.toLocaleString('en-US')} bytes`;
}

/** The error for an input over the limit; `atLeast` when reading stopped at the limit. */
export function tooLarge(
  size: number,
  maxBytes: number,
  what = 'input',
  atLeast = false,
): SinmunError {
  return new SinmunError(
    'INPUT_TOO_LARGE',
    `${what} is ${atLeast ? 'more than ' : ''}${formatBytes(atLeast ? maxBytes : size)}, ` +
      `over the limit of ${formatBytes(maxBytes)} (raise it with maxBytes / --max-bytes)`,
  );
}

/**
 * Decodes the bytes of one input as crawlers deliver them: UTF-8 with or without BOM, UTF-16
 * with or without BOM, legacy EUC-KR/CP949, and HTML pages by their `<meta>` charset (guesses
 * and conflicts leave a warning). Rejects empty, binary, oversized and undecodable inputs with a
 * typed error, so one bad file becomes one error record.
 */
export function decodeInput(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedInput {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  if (bytes.length === 0) throw new SinmunError('EMPTY_INPUT', 'input is empty (0 bytes)');
  const decoded = decodeBytes(bytes, opts.html ?? startsLikeHtml(bytes));
  if (decoded.text.trim() === '') {
    throw new SinmunError(
      'EMPTY_INPUT',
      `input holds only whitespace (${formatBytes(bytes.length)})`,
    );
  }
  return decoded;
}

function startsLikeHtml(bytes: Uint8Array): boolean {
  return looksLikeHtml(latin1(bytes.subarray(0, 4096)));
}

function latin1(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('latin1');
}

function decodeBytes(bytes: Uint8Array, html: boolean): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le', true);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be', true);
  const utf16 = utf16WithoutBom(bytes);
  if (utf16) return decodeUtf16(bytes, utf16, false);
  const binary = binaryReason(bytes);
  if (binary) throw new SinmunError('BINARY_INPUT', `input looks binary, not text: ${binary}`);
  const declared = html && !hasUtf8Bom(bytes) ? declaredCharset(bytes) : null;
  if (declared) return decodeDeclared(bytes, declared);
  return guess(bytes) ?? undecodable(bytes);
}

/**
 * UTF-16 without a byte-order mark, tried before the binary check (its low bytes look like
 * control characters). Text holds no NUL byte unless it is UTF-16 (its ASCII has a zero half),
 * so without one it must be Hangul-only UTF-16 that is neither UTF-8 nor CP949: EUC-KR Hangul
 * read as UTF-16 is Hangul too.
 */
function utf16WithoutBom(bytes: Uint8Array): Utf16Encoding | null {
  const nul = bytes.includes(0);
  if (!nul && isUtf8(bytes)) return null;
  const order = sniffUtf16(bytes);
  return order && (nul || tryDecodeCp949(bytes) === null) ? order : null;
}

function hasUtf8Bom(bytes: Uint8Array): boolean {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
}

/** UTF-8, else EUC-KR/CP949 that reads as Korean. */
function guess(bytes: Uint8Array): DecodedInput | null {
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) return utf8Input(utf8);
  const korean = tryDecodeCp949(bytes);
  return korean !== null && isKorean(korean) ? eucKrInput(korean) : null;
}

function utf8Input(text: string): DecodedInput {
  return {
    text: text.charCodeAt(0) === 0xfeff ? text.slice(1) : text,
    warnings: [],
    encoding: 'utf-8',
  };
}

function eucKrInput(text: string): DecodedInput {
  return { text, warnings: [EUC_KR_WARNING], encoding: 'euc-kr' };
}

function undecodable(bytes: Uint8Array, declared?: CharsetDeclaration): never {
  const at = firstInvalidUtf8(bytes);
  const page = declared ? `the page declares charset "${declared.label}", but ` : '';
  throw new SinmunError(
    'INVALID_ENCODING',
    `${page}input is not valid UTF-8 (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} ` +
      `at byte offset ${at}) and does not read as EUC-KR/CP949 either`,
  );
}

/**
 * A page decoded by the charset its `<meta>` declares, when the bytes are valid in it: the
 * declaration beats guessing (short EUC-KR pages, symbol-heavy ones). When the bytes are not
 * valid in the declared charset, the declaration is stale (a crawler re-encoded the page) and
 * the guess decides. Either conflict is said in a warning.
 */
function decodeDeclared(bytes: Uint8Array, declared: CharsetDeclaration): DecodedInput {
  const utf8 = tryDecodeUtf8(bytes);
  if (declared.charset === 'utf-8' && utf8 !== null) return utf8Input(utf8);
  if (declared.charset === 'euc-kr') {
    const korean = tryDecodeCp949(bytes);
    // Pure ASCII reads the same either way; nothing was decoded from EUC-KR.
    if (korean !== null && utf8 !== null && isAscii(bytes)) return utf8Input(utf8);
    if (korean !== null) {
      const decoded = eucKrInput(korean);
      if (utf8 !== null) {
        decoded.warnings.push(
          `the page declares charset "${declared.label}" and its bytes are also valid UTF-8; decoded as declared`,
        );
      }
      return decoded;
    }
  }
  const guessed = guess(bytes) ?? undecodable(bytes, declared);
  guessed.warnings.push(
    `the page declares charset "${declared.label}" but is not valid ${ENCODING_NAMES[declared.charset]}; ` +
      `decoded as ${ENCODING_NAMES[guessed.encoding]}`,
  );
  return guessed;
}

const ENCODING_NAMES: Record<InputEncoding, string> = {
  'utf-8': 'UTF-8',
  'euc-kr': 'EUC-KR',
  'utf-16le': 'UTF-16LE',
  'utf-16be': 'UTF-16BE',
};

function isAscii(bytes: Uint8Array): boolean {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return false;
  return true;
}

/** The warning for UTF-16 recognised without a byte-order mark. */
export function utf16Warning(encoding: Utf16Encoding): string {
  return `decoded from ${ENCODING_NAMES[encoding]} without a byte-order mark`;
}

function decodeUtf16(bytes: Uint8Array, encoding: Utf16Encoding, bom: boolean): DecodedInput {
  try {
    if (bytes.length % 2 !== 0) throw new Error('odd number of bytes');
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, warnings: bom ? [] : [utf16Warning(encoding)], encoding };
  } catch (err) {
    const name = ENCODING_NAMES[encoding];
    const how = bom ? 'has a byte-order mark' : 'reads as such without a byte-order mark';
    throw new SinmunError(
      'INVALID_ENCODING',
      `input ${how} but is not valid ${name}: ${err instanceof Error ? err.message : String(err)}`,
      { cause: err },
    );
  }
}

/**
 * Reads the bytes as CP949 (the superset of EUC-KR that Korean sites actually serve), or null
 * when they are not valid CP949.
 */
function tryDecodeCp949(bytes: Uint8Array): string | null {
  const text = loadIconv().decode(
    Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length),
    'cp949',
  );
  return text.includes('\uFFFD') ? null : text;
}

/**
 * Whether a CP949 reading is Korean, so that Latin-1 or random bytes that happen to be valid
 * CP949 are not passed off as Hangul.
 */
function isKorean(text: string): boolean {
  let nonAscii = 0;
  let korean = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    nonAscii++;
    if (isHangulOrHanja(cp)) korean++;
  }
  return nonAscii > 0 && korean / nonAscii >= MIN_KOREAN_SHARE;
}

/** Hangul syllables, the compatibility jamo of `ㅋㅋ` and `ㅠㅠ`, and CJK ideographs (Hanja). */
function isHangulOrHanja(cp: number): boolean {
  return (
    (cp >= 0xac00 && cp <= 0xd7a3) ||
    (cp >= 0x3131 && cp <= 0x318e) ||
    (cp >= 0x4e00 && cp <= 0x9fff)
  );
}
