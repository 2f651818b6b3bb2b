import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { SinmunError } from '../../src/errors.js';
import { decodeInput, EUC_KR_WARNING } from '../../src/io/decode.js';
import { firstInvalidUtf8 } from '../../src/io/utf8.js';

const KO = '삼성전자는 3분기 영업이익이 2조4000억원이라고 밝혔다.\n반도체 부문은 적자였다.';

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    expect(err).toBeInstanceOf(SinmunError);
    return (err as SinmunError).code;
  }
  return 'no error';
}

function messageOf(fn: () => unknown): string {
  try {
    fn();
  } catch (err) {
    return (err as Error).message;
  }
  return '';
}

describe('decodeInput', () => {
  test('plain UTF-8 is returned as is', () => {
    const d = decodeInput(Buffer.from(KO, 'utf8'));
    expect(d).toEqual({ text: KO, warnings: [], encoding: 'utf-8' });
  });

  test('a UTF-8 BOM is removed and nothing else', () => {
    const d = decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(KO)]));
    expect(d.text).toBe(KO);
    expect(d.encoding).toBe('utf-8');
  });

  test('CRLF line endings are kept so offsets match the input as given', () => {
    const crlf = KO.replace('\n', '\r\n');
    expect(decodeInput(Buffer.from(crlf)).text).toBe(crlf);
  });

  test('UTF-16 LE and BE with BOM', () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(KO, 'utf16le')]);
    expect(decodeInput(le)).toEqual({ text: KO, warnings: [], encoding: 'utf-16le' });
    const be = Buffer.from(le);
    be.swap16();
    expect(decodeInput(be)).toEqual({ text: KO, warnings: [], encoding: 'utf-16be' });
  });

  test('EUC-KR / CP949 is detected and decoded with a warning', () => {
    const bytes = iconv.encode(KO, 'euc-kr');
    expect(bytes.length).toBeLessThan(Buffer.byteLength(KO)); // really two bytes a syllable
    expect(decodeInput(bytes)).toEqual({
      text: KO,
      warnings: [EUC_KR_WARNING],
      encoding: 'euc-kr',
    });
    // CP949-only syllables (outside the 2,350 of KS X 1001) decode too.
    const rare = '똠방각하 뷁 햏 기자';
    expect(decodeInput(iconv.encode(rare, 'cp949')).text).toBe(rare);
    // Compatibility jamo count as Korean (a review line of the shared corpus).
    const jamo = '한국 4강~!! ㅋㅋㅋ';
    expect(decodeInput(iconv.encode(jamo, 'euc-kr'))).toMatchObject({
      text: jamo,
      encoding: 'euc-kr',
    });
  });

  test('invalid UTF-8 that is not Korean names the byte offset', () => {
    const latin1 = Buffer.from('The café opened in 2023.', 'latin1');
    expect(codeOf(() => decodeInput(latin1))).toBe('INVALID_ENCODING');
    expect(messageOf(() => decodeInput(latin1))).toContain('invalid byte 0xe9 at byte offset 7');
    const cut = Buffer.from(KO).subarray(0, 5); // a syllable cut in half
    expect(codeOf(() => decodeInput(cut))).toBe('INVALID_ENCODING');
  });

  test('binary, empty and whitespace-only inputs are refused with their own codes', () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]);
    expect(codeOf(() => decodeInput(png))).toBe('BINARY_INPUT');
    const controls = Buffer.from(
      Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41)),
    );
    expect(codeOf(() => decodeInput(controls))).toBe('BINARY_INPUT');
    expect(codeOf(() => decodeInput(new Uint8Array(0)))).toBe('EMPTY_INPUT');
    expect(codeOf(() => decodeInput(Buffer.from(' \r\n\t\n')))).toBe('EMPTY_INPUT');
  });

  test('over maxBytes is refused with both sizes in the message', () => {
    const big = Buffer.alloc(2048, 0x41);
    expect(codeOf(() => decodeInput(big, { maxBytes: 1000 }))).toBe('INPUT_TOO_LARGE');
    expect(messageOf(() => decodeInput(big, { maxBytes: 1000 }))).toMatch(
      /2,048 bytes.*1,000 bytes/,
    );
    expect(decodeInput(big, { maxBytes: 2048 }).text).toHaveLength(2048);
  });
});

describe('firstInvalidUtf8', () => {
  test.each([
    [[0x41, 0x42], -1],
    [[0xea, 0xb0, 0x80], -1], // 가
    [[0xf0, 0x9f, 0x98, 0x80], -1], // 😀
    [[0x41, 0xc0, 0x80], 1], // overlong NUL
    [[0x41, 0x42, 0xed, 0xa0, 0x80], 2], // a surrogate
    [[0xea, 0xb0], 0], // cut off
    [[0x41, 0x80], 1], // a lone continuation byte
    [[0xf4, 0x90, 0x80, 0x80], 0], // past U+10FFFF
  ])('%j → %i', (bytes, expected) => {
    expect(firstInvalidUtf8(Uint8Array.from(bytes))).toBe(expected);
  });
});
