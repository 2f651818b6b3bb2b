/**
 * Checks that a string is something worth analysing, and says plainly what is wrong when not.
 * Odd but harmless things (a few control characters, replacement characters) become warnings.
 */
import { SinmunError } from '../errors.js';
import { looksLikeHtml } from '../io/html-detect.js';

export const DEFAULT_MAX_LENGTH = 10_000_000;

/** Share of control characters above which a text is taken for binary data. */
const BINARY_CONTROL_SHARE = 0.05;

export function validateText(text: unknown, maxLength = DEFAULT_MAX_LENGTH): string[] {
  if (typeof text !== 'string') {
    throw new SinmunError(
      'INVALID_INPUT',
      `expected the article text as a string, got ${describe(text)}`,
    );
  }
  if (text.length > maxLength) {
    throw new SinmunError(
      'INPUT_TOO_LARGE',
      `the text is ${text.length.toLocaleString('en')} characters long, over the limit of ${maxLength.toLocaleString('en')}; raise maxLength or split the input`,
    );
  }
  if (text.trim().length === 0) {
    throw new SinmunError(
      'EMPTY_INPUT',
      text.length === 0 ? 'the text is empty' : 'the text holds only white space',
    );
  }
  if (looksLikeHtml(text)) {
    throw new SinmunError(
      'INVALID_INPUT',
      'the text is an HTML page, not an article: take the article out first with extractHtmlArticle() (or give the file to `sinmun extract`, which does)',
    );
  }
  let controls = 0;
  let replacements = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0) {
      throw new SinmunError(
        'BINARY_INPUT',
        `the text contains a NUL character at index ${i}: this looks like binary data, not an article`,
      );
    }
    if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || (c >= 0x7f && c < 0xa0))
      controls++;
    else if (c === 0xfffd) replacements++;
  }
  if (controls > 8 && controls / text.length > BINARY_CONTROL_SHARE) {
    throw new SinmunError(
      'BINARY_INPUT',
      `${controls} of ${text.length} characters are control characters: this looks like binary data, not an article`,
    );
  }
  const warnings: string[] = [];
  if (controls > 0)
    warnings.push(`text contains ${controls} control character(s); they were left in place`);
  if (replacements > 0) {
    warnings.push(
      `text contains ${replacements} U+FFFD replacement character(s): it was probably decoded with errors upstream`,
    );
  }
  return warnings;
}

function describe(x: unknown): string {
  if (x === null) return 'null';
  if (Array.isArray(x)) return 'an array';
  if (x instanceof Uint8Array)
    return 'bytes (decode them first, or use the CLI which detects the encoding)';
  return typeof x;
}
