import iconv from 'iconv-lite';
import { SinmunError } from '../errors.js';
import { binaryReason } from './binary.js';
import { firstInvalidUtf8, tryDecodeUtf8 } from './utf8.js';

/** Largest input accepted by default: far above any news article, far below a memory problem. */
export const DEFAULT_MAX_BYTES = 10 * 1024 * 1024;

export type InputEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'euc-kr';

export interface DecodeOptions {
  /** Largest input accepted, in bytes (default 10 MiB). */
  maxBytes?: number;
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
 * with BOM, or legacy EUC-KR/CP949 (with a warning). Rejects empty, binary, oversized and
 * undecodable inputs with a typed error, so one bad file becomes one error record.
 */
export function decodeInput(bytes: Uint8Array, opts: DecodeOptions = {}): DecodedInput {
  const maxBytes = opts.maxBytes ?? DEFAULT_MAX_BYTES;
  if (bytes.length > maxBytes) throw tooLarge(bytes.length, maxBytes);
  if (bytes.length === 0) throw new SinmunError('EMPTY_INPUT', 'input is empty (0 bytes)');
  const decoded = decodeBytes(bytes);
  if (decoded.text.trim() === '') {
    throw new SinmunError(
      'EMPTY_INPUT',
      `input holds only whitespace (${formatBytes(bytes.length)})`,
    );
  }
  return decoded;
}

function decodeBytes(bytes: Uint8Array): DecodedInput {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decodeUtf16(bytes, 'utf-16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decodeUtf16(bytes, 'utf-16be');
  const binary = binaryReason(bytes);
  if (binary) throw new SinmunError('BINARY_INPUT', `input looks binary, not text: ${binary}`);
  const utf8 = tryDecodeUtf8(bytes);
  if (utf8 !== null) {
    return {
      text: utf8.charCodeAt(0) === 0xfeff ? utf8.slice(1) : utf8,
      warnings: [],
      encoding: 'utf-8',
    };
  }
  const korean = tryDecodeCp949(bytes);
  if (korean !== null) return { text: korean, warnings: [EUC_KR_WARNING], encoding: 'euc-kr' };
  const at = firstInvalidUtf8(bytes);
  throw new SinmunError(
    'INVALID_ENCODING',
    `input is not valid UTF-8 (invalid byte 0x${bytes[at].toString(16).padStart(2, '0')} ` +
      `at byte offset ${at}) and does not read as EUC-KR/CP949 either`,
  );
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): DecodedInput {
  try {
    if (bytes.length % 2 !== 0) throw new Error('odd number of bytes');
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return { text, warnings: [], encoding };
  } catch (err) {
    throw new SinmunError(
      'INVALID_ENCODING',
      `input has a ${encoding.toUpperCase()} byte-order mark but is not valid ${encoding.toUpperCase()}: ` +
        (err instanceof Error ? err.message : String(err)),
      { cause: err },
    );
  }
}

/**
 * Reads the bytes as CP949 (the superset of EUC-KR that Korean sites actually serve) and keeps the
 * result only if it decodes cleanly and reads as Korean, so that Latin-1 or random bytes are
 * not passed off as Hangul.
 */
function tryDecodeCp949(bytes: Uint8Array): string | null {
  const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length), 'cp949');
  let nonAscii = 0;
  let korean = 0;
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp < 0x80) continue;
    if (cp === 0xfffd) return null;
    nonAscii++;
    if ((cp >= 0xac00 && cp <= 0xd7a3) || (cp >= 0x4e00 && cp <= 0x9fff)) korean++;
  }
  if (nonAscii === 0 || korean / nonAscii < MIN_KOREAN_SHARE) return null;
  return text;
}
