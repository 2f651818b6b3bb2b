import iconv from 'iconv-lite';
import { describe, expect, test } from 'vitest';
import { decodeInput, EUC_KR_WARNING } from '../../src/io/decode.js';
import { declaredCharset } from '../../src/io/html-charset.js';
import { HTML_WARNING, prepareSource } from '../../src/io/prepare.js';
import { NEWS_PAGE } from './news-page.js';

const HEADLINE = '삼성전자, 3분기 영업이익 2조4000억원…반도체 적자 축소';

/**
 * The news page with its `<meta charset="utf-8">` replaced by another declaration, and its ©
 * (which EUC-KR lacks) written ⓒ, as Korean sites do.
 */
function pageDeclaring(meta: string): string {
  return NEWS_PAGE.replace('<meta charset="utf-8">', meta).replace('©', 'ⓒ');
}

function ascii(s: string): Buffer {
  return Buffer.from(s, 'latin1');
}

describe('declaredCharset', () => {
  test.each([
    ['<meta charset="euc-kr">', 'euc-kr', 'euc-kr'],
    ["<META CHARSET='EUC-KR' />", 'EUC-KR', 'euc-kr'],
    ['<meta charset=cp949>', 'cp949', 'euc-kr'],
    [
      '<meta http-equiv="Content-Type" content="text/html; charset=ks_c_5601-1987">',
      'ks_c_5601-1987',
      'euc-kr',
    ],
    ['<meta content="text/html;charset=UTF-8" http-equiv=content-type>', 'UTF-8', 'utf-8'],
    ['<meta charset="utf8">', 'utf8', 'utf-8'],
  ])('%s', (meta, label, charset) => {
    expect(declaredCharset(ascii(`<html><head>${meta}<title>x</title>`))).toEqual({
      label,
      charset,
    });
  });

  test('no declaration, another charset, a comment, a meta without http-equiv', () => {
    expect(declaredCharset(ascii('<html><head><title>x</title></head>'))).toBeNull();
    expect(declaredCharset(ascii('<meta charset="windows-1252"><meta charset="euc-kr">'))).toBe(
      null,
    );
    expect(
      declaredCharset(ascii('<!-- <meta charset="utf-8"> --><meta charset="euc-kr">')),
    ).toEqual({ label: 'euc-kr', charset: 'euc-kr' });
    expect(
      declaredCharset(ascii('<meta name="description" content="charset=euc-kr tips">')),
    ).toBeNull();
  });

  test('only the start of the page is read', () => {
    const late = `<html><head><script>${' '.repeat(5000)}</script><meta charset="euc-kr">`;
    expect(declaredCharset(ascii(late))).toBeNull();
  });
});

describe('HTML pages decoded by their declared charset', () => {
  test('an EUC-KR page declaring euc-kr: decoded, the article extracted', () => {
    const page = pageDeclaring('<meta charset="euc-kr">');
    const bytes = iconv.encode(page, 'euc-kr');
    expect(decodeInput(bytes)).toEqual({
      text: page,
      warnings: [EUC_KR_WARNING],
      encoding: 'euc-kr',
    });
    const prepared = prepareSource({ id: 'p', bytes, format: 'auto', meta: {} });
    expect(prepared.text.split('\n')[0]).toBe(HEADLINE);
    expect(prepared.meta.warnings).toEqual([EUC_KR_WARNING, HTML_WARNING]);
  });

  test('the declaration decodes a symbol-heavy page that guessing refuses', () => {
    const menu = '▶ ■ ※ ◆ ▲ ▼ ☞ ◇ □ ○ '.repeat(40);
    const html = (meta: string) =>
      `<html><head>${meta}<title>속보</title></head><body><p>${menu}</p>` +
      '<p>한국은행이 기준금리를 연 3.50%로 동결했다.</p></body></html>';
    const declared = iconv.encode(
      html('<meta http-equiv="Content-Type" content="text/html; charset=euc-kr">'),
      'euc-kr',
    );
    expect(decodeInput(declared).text).toContain('한국은행이 기준금리를 연 3.50%로 동결했다.');
    const undeclared = iconv.encode(html(''), 'euc-kr');
    expect(() => decodeInput(undeclared)).toThrow(
      expect.objectContaining({ code: 'INVALID_ENCODING' }),
    );
    // Read as plain text (--input-format text), the page's declaration does not count.
    expect(() => decodeInput(declared, { html: false })).toThrow(
      expect.objectContaining({ code: 'INVALID_ENCODING' }),
    );
  });

  test('EUC-KR bytes that are also valid UTF-8 follow the declaration, with a warning', () => {
    // 호화 in EUC-KR is C8 A3 C8 AD, which UTF-8 reads as ȣȭ.
    const page =
      '<html><head><meta charset="euc-kr"><title>Cruise</title></head><body>Luxury cruise: 호화</body></html>';
    const bytes = iconv.encode(page, 'euc-kr');
    expect(decodeInput(bytes)).toEqual({
      text: page,
      warnings: [
        EUC_KR_WARNING,
        'the page declares charset "euc-kr" and its bytes are also valid UTF-8; decoded as declared',
      ],
      encoding: 'euc-kr',
    });
    expect(decodeInput(bytes, { html: false }).text).toContain('ȣȭ');
  });

  test('a stale declaration: a re-encoded page is decoded by its bytes, with a warning', () => {
    const utf8Page = pageDeclaring('<meta charset="euc-kr">');
    expect(decodeInput(Buffer.from(utf8Page))).toEqual({
      text: utf8Page,
      warnings: ['the page declares charset "euc-kr" but is not valid EUC-KR; decoded as UTF-8'],
      encoding: 'utf-8',
    });
    const eucKrPage = pageDeclaring('<meta charset="UTF-8">');
    expect(decodeInput(iconv.encode(eucKrPage, 'euc-kr'))).toEqual({
      text: eucKrPage,
      warnings: [
        EUC_KR_WARNING,
        'the page declares charset "UTF-8" but is not valid UTF-8; decoded as EUC-KR',
      ],
      encoding: 'euc-kr',
    });
  });

  test('an ASCII page declaring euc-kr, a UTF-8 BOM, and an undecodable page', () => {
    const plain = '<html><head><meta charset="euc-kr"></head><body>Fed holds rates.</body></html>';
    expect(decodeInput(ascii(plain))).toEqual({ text: plain, warnings: [], encoding: 'utf-8' });
    const bom = pageDeclaring('<meta charset="euc-kr">');
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(bom)]))).toEqual(
      { text: bom, warnings: [], encoding: 'utf-8' },
    );
    const latin1 = ascii(
      '<html><head><meta charset="euc-kr"></head><body>Caf\xe9 cr\xe8me</body></html>',
    );
    expect(() => decodeInput(latin1)).toThrow(
      expect.objectContaining({
        code: 'INVALID_ENCODING',
        message: expect.stringMatching(
          /^the page declares charset "euc-kr", but input is not valid UTF-8/,
        ) as unknown,
      }),
    );
  });
});
