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
const NOT_PINYIN = cueTest(NOT_PINYIN_CUES);

/** The cues around a person's mentions. */
export function originCues(
  text: string,
  mentions: readonly { start: number; end: number }[],
): OriginCues {
  const cues: OriginCues = {
    china: false,
    japan: false,
    notPinyin: false,
    japaneseAffiliation: false,
    otherNationality: false,
  };
  for (const m of mentions) {
    const [from, to] = sentenceAround(text, m.start, m.end);
    const sentence = text.slice(from, m.start) + ' ' + text.slice(m.end, to);
    cues.china ||= CHINA.test(sentence);
    cues.japan ||= JAPAN.test(sentence);
    cues.notPinyin ||= NOT_PINYIN.test(sentence);
    const before = text.slice(Math.max(from, m.start - AFFILIATION_REACH), m.start);
    cues.japaneseAffiliation ||= JAPAN.test(before);
    const paren = NATIONALITY.exec(text.slice(m.end, m.end + 12));
    if (paren && !CHINA.test(paren[1]) && !JAPAN.test(paren[1])) cues.otherNationality = true;
  }
  return cues;
}
