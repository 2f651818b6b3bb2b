import { forEachLine } from '../lines.js';

/**
 * Characters a shell command line cannot carry unchanged: NUL ends an argument and a lone
 * surrogate becomes U+FFFD. Each is replaced one for one (same UTF-16 length), so offsets into
 * the replaced copy are offsets into the original.
 */
const UNSENDABLE = /\0|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

/** A line piece short enough to send: sentence ends, then white space, then anywhere. */
const CUT_PREFERENCES = [/[.!?。！？]["'”’)\]]*(?=\s)/g, /\s(?=\S)/g];

export interface EchoPlan {
  /** `text` with unsendable characters replaced; what MeCab will actually see. */
  sent: string;
  /** Arguments for mecab-ya (one `echo | mecab` run each). */
  chunks: string[];
}

const utf8Length = (s: string): number => Buffer.byteLength(s, 'utf8');

/**
 * Splits `text` for mecab-ya: whole lines grouped up to `maxBytes` of UTF-8 (one process each,
 * below the 128 KB argument limit and Node's 1 MB output buffer); a longer line is cut at a
 * sentence end or space. When the shell's echo interprets backslash escapes, backslashes are
 * doubled so that echo prints them as they were.
 */
export function planEcho(text: string, maxBytes: number, echoEscapes: boolean): EchoPlan {
  const sent = text.replace(UNSENDABLE, (c) => (c === '\0' ? ' ' : '\ufffd'));
  const pieces: string[] = [];
  forEachLine(sent, (start, end) => pieces.push(...cutLine(sent.slice(start, end), maxBytes)));
  const chunks: string[] = [];
  let current: string[] = [];
  let bytes = 0;
  for (const piece of pieces) {
    const size = utf8Length(piece) + 1;
    if (current.length > 0 && bytes + size > maxBytes) {
      chunks.push(current.join('\n'));
      current = [];
      bytes = 0;
    }
    current.push(piece);
    bytes += size;
  }
  if (current.length > 0) chunks.push(current.join('\n'));
  return { sent, chunks: chunks.map((c) => protectFromEcho(c, echoEscapes)) };
}

function protectFromEcho(chunk: string, echoEscapes: boolean): string {
  const escaped = echoEscapes ? chunk.replace(/\\/g, '\\\\') : chunk;
  // echo would take a lone argument like `-n` or `-e` as an option; an empty first line is harmless.
  return /^-[neE]+$/.test(escaped) ? `\n${escaped}` : escaped;
}

function cutLine(line: string, maxBytes: number): string[] {
  const out: string[] = [];
  let rest = line;
  while (utf8Length(rest) > maxBytes) {
    const cut = bestCut(rest, maxBytes);
    out.push(rest.slice(0, cut));
    rest = rest.slice(cut);
  }
  out.push(rest);
  return out;
}

/** The last preferred cut within the first `maxBytes` bytes (at least one character). */
function bestCut(s: string, maxBytes: number): number {
  // Three bytes per UTF-16 unit at most, so this prefix is always within budget.
  let limit = Math.floor(maxBytes / 3);
  while (limit < s.length && utf8Length(s.slice(0, limit + 1)) <= maxBytes) limit++;
  const window = s.slice(0, limit);
  for (const re of CUT_PREFERENCES) {
    let last = -1;
    for (const m of window.matchAll(re)) last = m.index + m[0].length;
    if (last > 0) return last;
  }
  const code = s.charCodeAt(limit - 1);
  return code >= 0xd800 && code < 0xdc00 && limit > 1 ? limit - 1 : Math.max(1, limit);
}
