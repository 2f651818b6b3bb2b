import { randomBytes } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput, EUC_KR_WARNING, utf16Warning } from '../../src/io/decode.js';
import { corpusLines, hasCorpus, NEWS_LINES, skipMessage } from '../helpers/corpus.js';
import { EN_ARTICLES, KO_ARTICLES } from '../pipeline/articles.js';

function le(text: string): Buffer {
  return Buffer.from(text, 'utf16le');
}

function be(text: string): Buffer {
  return Buffer.from(text, 'utf16le').swap16();
}

function codeOf(bytes: Uint8Array): string {
  try {
    decodeInput(bytes);
  } catch (err) {
    return (err as { code: string }).code;
  }
  return 'no error';
}

describe('UTF-16 without a byte-order mark', () => {
  test.each([...KO_ARTICLES, ...EN_ARTICLES])('both byte orders of %#', (article) => {
    expect(decodeInput(le(article))).toEqual({
      text: article,
      warnings: ['decoded from UTF-16LE without a byte-order mark'],
      encoding: 'utf-16le',
    });
    expect(decodeInput(be(article))).toEqual({
      text: article,
      warnings: ['decoded from UTF-16BE without a byte-order mark'],
      encoding: 'utf-16be',
    });
  });

  test('Hangul-only text, whose UTF-16 has no zero byte, by its Hangul alone', () => {
    const text = '삼성전자반도체부문';
    expect(le(text).includes(0)).toBe(false);
    expect(decodeInput(le(text))).toMatchObject({ text, encoding: 'utf-16le' });
    expect(decodeInput(be(text))).toMatchObject({ text, encoding: 'utf-16be' });
  });

  test('a lone surrogate past the sniffed start is an encoding error, not garbage', () => {
    const bytes = le(KO_ARTICLES[0] + '\uD800' + KO_ARTICLES[1]);
    expect(() => decodeInput(bytes)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ENCODING',
        message: expect.stringContaining('not valid UTF-16LE') as unknown,
      }),
    );
  });

  test('binaries still give the binary error', () => {
    const png = Buffer.from(
      '89504e470d0a1a0a0000000d49484452000001000000010008060000005c72a8',
      'hex',
    );
    expect(codeOf(png)).toBe('BINARY_INPUT');
    expect(codeOf(gzipSync(Buffer.from(KO_ARTICLES.join('\n'))))).toBe('BINARY_INPUT');
    // UTF-16 strings with NUL terminators, as in an executable's resources.
    expect(codeOf(le('Samsung\0Electronics\0Seoul\0'))).toBe('BINARY_INPUT');
    // The start of the running Node binary: ELF header, tables, code.
    const head = Buffer.alloc(65536);
    const fd = openSync(process.execPath, 'r');
    readSync(fd, head, 0, head.length, 0);
    closeSync(fd);
    expect(codeOf(head)).toBe('BINARY_INPUT');
    expect(codeOf(randomBytes(4096))).toBe('BINARY_INPUT');
  });

  test('an odd byte count is not UTF-16', () => {
    expect(codeOf(Buffer.concat([le(EN_ARTICLES[0]), Buffer.from([0x0a])]))).toBe('BINARY_INPUT');
  });
});

describe.skipIf(!hasCorpus)('the shared corpus in every encoding', () => {
  test('news paragraphs as UTF-8, EUC-KR and UTF-16 without BOM decode to themselves', () => {
    if (!hasCorpus) return console.warn(skipMessage());
    const lines = corpusLines().slice(0, NEWS_LINES);
    let paragraphs = 0;
    for (let i = 0; i < lines.length; i += 5) {
      const text = lines.slice(i, i + 5).join('\n');
      paragraphs++;
      expect(decodeInput(Buffer.from(text))).toMatchObject({ text, encoding: 'utf-8' });
      expect(decodeInput(le(text))).toMatchObject({ text, encoding: 'utf-16le' });
      expect(decodeInput(be(text))).toMatchObject({ text, encoding: 'utf-16be' });
      const euckr = iconv.encode(text, 'cp949');
      // Only where every character has a CP949 code (a few lines hold `•`, which has none).
      if (iconv.decode(euckr, 'cp949') === text) {
        expect(decodeInput(euckr)).toEqual({
          text,
          warnings: [EUC_KR_WARNING],
          encoding: 'euc-kr',
        });
      }
    }
    expect(paragraphs).toBe(597);
  });
});

test('utf16Warning names the byte order', () => {
  expect(utf16Warning('utf-16be')).toBe('decoded from UTF-16BE without a byte-order mark');
});
