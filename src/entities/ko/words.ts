/**
 * Splits Korean regions into words (runs between spaces and punctuation), each with its morphemes
 * and the particles or endings it carries, so that the rules look at name-sized units and keep
 * particles outside spans.
 */
import type { Span, Token } from '../../types.js';
import { isAlnum, isDigit } from '../shared/script.js';
import { firstEndingAfter } from '../../text/span-search.js';

export interface Word {
  /** Start of the word. */
  start: number;
  /** End of the name part: particles, copulas and endings are after it. */
  end: number;
  /** End of the whole word, particles included. */
  wordEnd: number;
  /** The name part. */
  text: string;
  /** Morphemes inside the name part. */
  tokens: Token[];
  /** Particles and endings after the name part, as written (`가`, `으로는`, `인`). */
  tail: string;
  /** Character after the word (`(`, `,`, space…), or '' at the end of the region. */
  next: string;
  /** Character before the word, or '' at the start of the region. */
  prev: string;
}

/**
 * Morpheme tags that cannot end a name: particles (J…), endings (E…), copulas, verbal and
 * adjectival suffixes and auxiliaries. Tested by prefix on every word's last morphemes.
 */
const FUNCTIONAL_PREFIXES = ['VCP', 'XSV', 'XSA', 'VX'];

/** Characters that end a word. `.` and `-` only do so when not between letters or digits. */
const BREAKS = new Uint8Array(0x10000);
for (const ch of ' \t\r\n\u00a0\u3000,;:!?\'"‘’“”()[]{}<>「」『』《》〈〉【】·ㆍ…~/|=*#@%^') {
  BREAKS[ch.charCodeAt(0)] = 1;
}
const JOINERS = new Set([0x2e, 0x2d, 0x26, 0x2b]); // . - & +

function isBreak(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  // Hangul syllables, most of every article, never break a word
  if (c >= 0xac00 && c <= 0xd7a3) return false;
  if (BREAKS[c]) return true;
  if (JOINERS.has(c)) {
    // NaN outside the text, as charCodeAt gives, but without reading out of bounds: an optimised
    // caller that meets a first out-of-bounds read is thrown back to the interpreter
    const a = i > 0 ? text.charCodeAt(i - 1) : NaN;
    const b = i + 1 < text.length ? text.charCodeAt(i + 1) : NaN;
    // 01.AI, Yi-34B, AT&T stay one word; a full stop after a Korean word does not.
    if (c === 0x2e && isDigit(a) && isDigit(b)) return false;
    return !(isAlnum(a) && isAlnum(b));
  }
  return false;
}

/** Words of one region, in order; `tokens` must be sorted by start. */
export function splitWords(text: string, region: Span, tokens: Token[]): Word[] {
  const words: Word[] = [];
  let t = firstEndingAfter(tokens, region.start);
  let i = region.start;
  while (i < region.end) {
    while (i < region.end && isBreak(text, i)) i++;
    if (i >= region.end) break;
    const start = i;
    while (i < region.end && !isBreak(text, i)) i++;
    const wordEnd = i;
    while (t < tokens.length && tokens[t].end <= start) t++;
    // the word's morphemes are a run of `tokens` unless one sticks out
    let last = t;
    let inside = true;
    for (; last < tokens.length && tokens[last].start < wordEnd; last++) {
      if (tokens[last].start < start || tokens[last].end > wordEnd) inside = false;
    }
    words.push(
      inside
        ? wordOf(text, region, start, wordEnd, tokens, t, last, false)
        : straddling(text, region, start, wordEnd, tokens, t, last),
    );
  }
  return words;
}

/**
 * The word `text[start, wordEnd)` whose morphemes are `tokens[t, last)` but for one that sticks
 * out of it (rare): its morphemes are copied. A function of its own, so that this path and the
 * arrays it makes stay out of `splitWords`' optimised code.
 */
function straddling(
  text: string,
  region: Span,
  start: number,
  wordEnd: number,
  tokens: Token[],
  t: number,
  last: number,
): Word {
  const toks = within(tokens, t, last, start, wordEnd);
  return wordOf(text, region, start, wordEnd, toks, 0, toks.length, true);
}

/**
 * The word `text[start, wordEnd)` with its morphemes `toks[from, to)`, its particles cut off;
 * `copied` when `toks` is the word's own copy, then kept whole when nothing is cut.
 */
function wordOf(
  text: string,
  region: Span,
  start: number,
  wordEnd: number,
  toks: Token[],
  from: number,
  to: number,
  copied: boolean,
): Word {
  const next = wordEnd < region.end ? text[wordEnd] : '';
  let end = wordEnd;
  let n = to;
  // A word right before "(" carries no particle (`지위엔(智源)`), whatever the tags say. (By
  // code: `next` is a one-byte or a two-byte string, and comparing those sent optimised code
  // back to the interpreter.)
  if (wordEnd >= region.end || text.charCodeAt(wordEnd) !== 0x28) {
    while (n > from + 1 && toks[n - 1].end === end && isTail(toks[n - 1])) {
      end = toks[n - 1].start;
      n--;
    }
  }
  return {
    start,
    end,
    wordEnd,
    text: text.slice(start, end),
    // one copy of the name part's morphemes (the particles are cut off before copying)
    tokens: copied && n === to ? toks : toks.slice(from, n),
    tail: text.slice(end, wordEnd),
    next,
    prev: start > region.start ? text[start - 1] : '',
  };
}

function within(tokens: Token[], from: number, to: number, start: number, end: number): Token[] {
  const out: Token[] = [];
  for (let k = from; k < to; k++) {
    if (tokens[k].start >= start && tokens[k].end <= end) out.push(tokens[k]);
  }
  return out;
}

function isTail(tok: Token): boolean {
  const pos = tok.pos;
  // by code, the tag's first letter: J, E; V, X
  const first = pos.charCodeAt(0);
  if (first === 0x4a || first === 0x45) return true;
  // nouns, most of the morphemes asked about, stop here
  if (first !== 0x56 && first !== 0x58) return false;
  return (
    FUNCTIONAL_PREFIXES.some((p) => pos.startsWith(p)) || (pos === 'XSN' && tok.surface === '들')
  );
}
