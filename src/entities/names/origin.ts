/**
 * Where a person's name comes from, by the words around its mentions: the sentence of each
 * mention is searched for the cue tables of origin-cues.ts.
 */
import { CHINA_CUES, JAPAN_CUES, NOT_PINYIN_CUES } from './origin-cues.js';

export interface OriginCues {
  china: boolean;
  japan: boolean;
  /** Taiwan or Hong Kong: Chinese names there are not pinyin. */
  notPinyin: boolean;
  /** A Japanese cue just before a mention (`소프트뱅크 손정의`): a Korean reading of a Japanese name. */
  japaneseAffiliation: boolean;
  /**
   * Another country in parentheses right after a mention (`로빈 데이아나(프랑스)`): the
   * person's own, which no cue elsewhere in the sentence overrides.
   */
  otherNationality: boolean;
}

/** `(프랑스)`, `(네팔)`: a Hangul word in parentheses right after a name. */
const NATIONALITY = /^\(([가-힣]{2,8})\)/;

/** How far a sentence reaches on either side of a mention, at most. */
const REACH = 200;
/** How close before a mention a cue says what the person belongs to. */
const AFFILIATION_REACH = 12;

/** `.`, `!`, `?`, `。` or a line break, by code: tested on every character of the reach. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x3002 || code === 0x0a;
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let from = start;
  const floor = Math.max(0, start - REACH);
  while (from > floor && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = end;
  const ceiling = Math.min(text.length, end + REACH);
  while (to < ceiling && !endsSentence(text.charCodeAt(to))) to++;
  return [from, to];
}

/** A table's words as one test: `中`/`日` alone stand for the countries (`中 화웨이`, `日 정부`), not inside Hanja words or dates (`3日`). */
function cueTest(cues: readonly string[]): RegExp {
  const words = cues.filter((c) => c.length > 1);
  const letters = cues.filter((c) => c.length === 1).join('');
  const parts = [words.join('|')];
  if (letters) parts.push(`(?<![\\u4e00-\\u9fff0-9])[${letters}](?![\\u4e00-\\u9fff])`);
  return new RegExp(parts.join('|'));
}

const CHINA = cueTest(CHINA_CUES);
const JAPAN = cueTest(JAPAN_CUES);

const isHan = (c: number): boolean => c >= 0x4e00 && c <= 0x9fff;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * Where one table's cues stand in an article, found in one pass for all its people: what
 * `cueTest` says of a stretch of the text is then read off these positions, instead of running
 * the test over the sentence of every mention of every person.
 */
class CueSpots {
  /** Start and end of every occurrence of a cue word (shortest first at each start), in order. */
  private readonly wordStart: number[] = [];
  private readonly wordEnd: number[] = [];
  /** Positions of the one-character cues (`中`, `日`), whose neighbours decide. */
  private readonly letters: number[] = [];
  /** Cue words with a space, split at each of it: a stretch joined over a mention may hold one. */
  private readonly spaced: [before: string, after: string][] = [];

  constructor(
    private readonly text: string,
    cues: readonly string[],
  ) {
    const words = cues.filter((c) => c.length > 1).sort((a, b) => a.length - b.length);
    if (words.length) {
      const find = new RegExp(words.join('|'), 'g');
      for (let m = find.exec(text); m; m = find.exec(text)) {
        this.wordStart.push(m.index);
        this.wordEnd.push(m.index + m[0].length);
        find.lastIndex = m.index + 1;
      }
    }
    for (const letter of cues.filter((c) => c.length === 1)) {
      for (let i = text.indexOf(letter); i >= 0; i = text.indexOf(letter, i + 1))
        this.letters.push(i);
    }
    this.letters.sort((a, b) => a - b);
    for (const w of words) {
      for (let k = w.indexOf(' '); k > 0; k = w.indexOf(' ', k + 1)) {
        this.spaced.push([w.slice(0, k), w.slice(k + 1)]);
      }
    }
  }

  /** What `cueTest` says of `text.slice(from, to)`. */
  within(from: number, to: number): boolean {
    for (let k = firstAtOrAfter(this.wordStart, from); k < this.wordStart.length; k++) {
      if (this.wordStart[k] >= to) break;
      if (this.wordEnd[k] <= to) return true;
    }
    const text = this.text;
    for (let k = firstAtOrAfter(this.letters, from); k < this.letters.length; k++) {
      const p = this.letters[k];
      if (p >= to) break;
      const before = p > from ? text.charCodeAt(p - 1) : -1;
      const after = p + 1 < to ? text.charCodeAt(p + 1) : -1;
      if (!isHan(before) && !isDigit(before) && !isHan(after)) return true;
    }
    return false;
  }

  /** What `cueTest` says of `text.slice(from, start) + ' ' + text.slice(end, to)`. */
  around(from: number, start: number, end: number, to: number): boolean {
    if (this.within(from, start) || this.within(end, to)) return true;
    // only a cue with a space can run over the space put in for the mention
    return this.spaced.some(
      ([before, after]) =>
        start - before.length >= from &&
        end + after.length <= to &&
        this.text.endsWith(before, start) &&
        this.text.startsWith(after, end),
    );
  }
}

/** The index of the first of the ascending `positions` at or after `pos`. */
function firstAtOrAfter(positions: readonly number[], pos: number): number {
  let lo = 0;
  let hi = positions.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (positions[mid] < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The cue positions of one article, found once for every person named in it. */
export class ArticleCues {
  private readonly china: CueSpots;
  private readonly japan: CueSpots;
  private readonly notPinyin: CueSpots;

  constructor(private readonly text: string) {
    this.china = new CueSpots(text, CHINA_CUES);
    this.japan = new CueSpots(text, JAPAN_CUES);
    this.notPinyin = new CueSpots(text, NOT_PINYIN_CUES);
  }

  /** The cues around a person's mentions. */
  of(mentions: readonly { start: number; end: number }[]): OriginCues {
    const text = this.text;
    const cues: OriginCues = {
      china: false,
      japan: false,
      notPinyin: false,
      japaneseAffiliation: false,
      otherNationality: false,
    };
    for (const m of mentions) {
      const [from, to] = sentenceAround(text, m.start, m.end);
      cues.china ||= this.china.around(from, m.start, m.end, to);
      cues.japan ||= this.japan.around(from, m.start, m.end, to);
      cues.notPinyin ||= this.notPinyin.around(from, m.start, m.end, to);
      cues.japaneseAffiliation ||= this.japan.within(
        Math.max(from, m.start - AFFILIATION_REACH),
        m.start,
      );
      const paren = NATIONALITY.exec(text.slice(m.end, m.end + 12));
      if (paren && !CHINA.test(paren[1]) && !JAPAN.test(paren[1])) cues.otherNationality = true;
    }
    return cues;
  }
}

/** The cues around a person's mentions (one person; `ArticleCues` serves a whole article). */
export function originCues(
  text: string,
  mentions: readonly { start: number; end: number }[],
): OriginCues {
  return new ArticleCues(text).of(mentions);
}
