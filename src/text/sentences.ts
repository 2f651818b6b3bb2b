/**
 * Sentence boundaries for Korean and English news, as spans into the original text.
 *
 * A terminator (. ? ! 。 …) ends a sentence only when white space or the end of the paragraph
 * follows it (after any closing quotes or brackets, which belong to the sentence). So decimals
 * (`20.4%`), names (`01.AI`, `etnews.com`) and quoted speech running on (`했다."고`) never split.
 * Abbreviations and initials are looked up in a table before a following space counts.
 */
import type { Span } from '../types.js';

const TERMINATORS = new Set(['.', '?', '!', '。', '？', '！', '…']);
const CLOSERS = new Set(['"', "'", '”', '’', ')', ']', '」', '』', '》', '〉', '）']);

/** Words that end in a period without ending the sentence (compared case-sensitively). */
const ABBREVIATIONS = new Set([
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Prof',
  'Sr',
  'Jr',
  'St',
  'Gen',
  'Col',
  'Lt',
  'Sgt',
  'Capt',
  'Rep',
  'Sen',
  'Gov',
  'Pres',
  'Inc',
  'Corp',
  'Co',
  'Ltd',
  'Bros',
  'No',
  'Nos',
  'vs',
  'etc',
  'e.g',
  'i.e',
  'approx',
  'est',
  'Jan',
  'Feb',
  'Mar',
  'Apr',
  'Jun',
  'Jul',
  'Aug',
  'Sep',
  'Sept',
  'Oct',
  'Nov',
  'Dec',
  'Mon',
  'Tue',
  'Wed',
  'Thu',
  'Fri',
  'Sat',
  'Sun',
  'U.S',
  'U.K',
  'U.N',
  'E.U',
  'a.m',
  'p.m',
  'Fig',
  'p',
  'pp',
  'vol',
  'Vol',
  'Ph.D',
]);

/** Splits `text[start, end)` into sentences: one paragraph or several, line breaks always split. */
export function splitSentences(text: string, start = 0, end = text.length): Span[] {
  const out: Span[] = [];
  let sentenceStart = start;
  const flush = (e: number) => {
    const span = trimSpan(text, sentenceStart, e);
    if (span) out.push(span);
  };
  for (let i = start; i < end; i++) {
    const ch = text[i];
    if (ch === '\n' || ch === '\r') {
      flush(i);
      sentenceStart = i + 1;
      continue;
    }
    if (!TERMINATORS.has(ch)) continue;
    // `?!`, `...`, then closing quotes; one helper for both runs, so that its loop has type
    // feedback from the common `.”` before this function is optimised (a rare path without any
    // sends optimised code back to the interpreter)
    const j = skipRun(text, skipRun(text, i + 1, end, TERMINATORS), end, CLOSERS);
    if (j >= end || isSpace(text[j])) {
      if (runsOn(text, i, j, end, sentenceStart)) continue;
      flush(j);
      sentenceStart = j;
    }
    // one `j - 1` for the split and for `3.5` alike: both paths share their feedback
    i = j - 1;
  }
  flush(end);
  return out;
}

/** The first index from `from` (below `end`) whose character is not in `set`. */
function skipRun(text: string, from: number, end: number, set: ReadonlySet<string>): number {
  let j = from;
  while (j < end && set.has(text[j])) j++;
  return j;
}

/**
 * The terminator at `i`, its run ending at `j` before a space or the end, does not end the
 * sentence: English sentences start with a capital (`"Are you?" he asked.` runs on), and a full
 * stop after an abbreviation or a list number does not end one. (The full stop is told by its
 * code: a one-character string of a wide terminator is of another kind than `'.'`, and comparing
 * the two sent optimised code back to the interpreter.)
 */
function runsOn(text: string, i: number, j: number, end: number, sentenceStart: number): boolean {
  if (!isHangul(text.charCodeAt(i - 1)) && startsLowercaseWord(text, j, end)) return true;
  if (text.charCodeAt(i) !== 0x2e || j !== i + 1) return false;
  return isAbbreviation(text, sentenceStart, i) || isListNumber(text, sentenceStart, i);
}

function isHangul(c: number): boolean {
  return c >= 0xac00 && c <= 0xd7a3;
}

function startsLowercaseWord(text: string, from: number, end: number): boolean {
  let k = from;
  while (k < end && (text[k] === ' ' || text[k] === '\t')) k++;
  const c = text.charCodeAt(k);
  return c >= 0x61 && c <= 0x7a;
}

function isSpace(ch: string): boolean {
  return (
    ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u3000'
  );
}

/** The word before the period at `dot`, as written, is a known abbreviation or a single initial. */
function isAbbreviation(text: string, lineStart: number, dot: number): boolean {
  let k = dot;
  while (k > lineStart && !isSpace(text[k - 1]) && text[k - 1] !== '(' && text[k - 1] !== '"') k--;
  const word = text.slice(k, dot);
  if (ABBREVIATIONS.has(word)) return true;
  // A single capital initial (`J. Smith`); a Korean sentence never ends that way.
  return /^[A-Z]$/.test(word);
}

/** `1.` or `2)` opening a list item at the start of the sentence. */
function isListNumber(text: string, sentenceStart: number, dot: number): boolean {
  const before = text.slice(sentenceStart, dot).trim();
  return /^\d{1,2}$/.test(before);
}

function trimSpan(text: string, s: number, e: number): Span | null {
  while (s < e && isSpace(text[s])) s++;
  while (e > s && isSpace(text[e - 1])) e--;
  return e > s ? { start: s, end: e } : null;
}
