/**
 * English people found by what news writes around them: a title before the name (`Chief
 * Executive Robin Li`, `Premier Li Qiang`), a role after it (`Jensen Huang, chief executive of
 * Nvidia`) and a byline (`By Josh Ye`). compromise misreads many of these (`Premier Li`, `State
 * Antony`, a bare `President`), so its overlapping guesses give way to them.
 */
import type { Candidate } from '../shared/candidate.js';
import {
  EN_CHINESE_SURNAMES,
  EN_KOREAN_SURNAMES,
  EN_NOT_NAME_START,
  EN_ORG_WORDS,
  EN_TITLES_AFTER,
  EN_TITLES_BEFORE,
} from './cues.js';
import type { LexiconMatch } from '../shared/lexicon.js';

export interface EnWord {
  start: number;
  end: number;
  text: string;
}

/**
 * A word that can be part of a person's name: `Yoon`, `Jae-yong`, `O'Brien`, `McCarthy`, and
 * initials (`C.C. Wei`, `John F. Kennedy`) other than a country's (`U.S.`).
 */
const NAME_WORD = /^(?:[A-Z][a-z]*(?:[A-Z][a-z]+)?(?:[-'’][A-Za-z][a-z]+)?|(?:[A-Z]\.){1,3})$/;
const COUNTRY_INITIALS = new Set(['U.S.', 'U.K.', 'U.N.', 'E.U.', 'U.A.E.', 'S.', 'N.']);
const MAX_NAME_WORDS = 3;
/** `By Josh Ye`, `By Heekyong Yang and Joyce Lee` on a line of its own. */
const BYLINE = /^By ((?:[A-Z][\w'’-]+ ?){2,3})(?:(?:and|&) ((?:[A-Z][\w'’-]+ ?){2,3}))?\s*$/gm;

/** Adds titled, role-described and byline people to `out`; drops compromise guesses they cross. */
export function englishPeople(
  text: string,
  words: EnWord[],
  out: Candidate[],
  matches: LexiconMatch[],
): void {
  const found: Candidate[] = [
    ...afterTitles(text, words, matches),
    ...beforeRoles(text, words, matches),
    ...bylines(text, words),
    ...koreanNames(text, words),
    ...chineseNames(text, words, matches),
  ];
  if (found.length === 0) return;
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (c.source !== 'ner') continue;
    const crossed = found.some(
      (p) => c.start < p.end && p.start < c.end && (c.start !== p.start || c.end !== p.end),
    );
    if (crossed) out.splice(k, 1);
  }
  out.push(...found);
}

/** Drops compromise's people that are only title words (`President`, `Chief Executive`). */
export function dropBareTitles(out: Candidate[]): void {
  for (let k = out.length - 1; k >= 0; k--) {
    const c = out[k];
    if (c.source === 'ner' && c.type === 'person' && c.text.split(' ').every(isTitle)) {
      out.splice(k, 1);
    }
  }
}

const isTitle = (w: string): boolean => EN_TITLES_BEFORE.has(w.toLowerCase());

function nameWord(w: EnWord, matches: LexiconMatch[]): boolean {
  if (
    !NAME_WORD.test(w.text) ||
    EN_ORG_WORDS[w.text] ||
    EN_NOT_NAME_START.has(w.text) ||
    COUNTRY_INITIALS.has(w.text)
  )
    return false;
  if (isTitle(w.text)) return false;
  // a listed organisation or place is not a name word (`President Biden's Washington`)
  return !matches.some((m) => m.start === w.start && m.entry.type !== 'person');
}

/** The name words from `i` on, adjacent and at most three: the end index, or -1. */
function nameRun(text: string, words: EnWord[], i: number, matches: LexiconMatch[]): number {
  let j = i - 1;
  while (
    j + 1 < words.length &&
    j + 1 - i < MAX_NAME_WORDS &&
    nameWord(words[j + 1], matches) &&
    (j < i || text.slice(words[j].end, words[j + 1].start) === ' ')
  )
    j++;
  // a fourth capitalised word means the run is something else (`President Yoon Suk Yeol Park`)
  if (j >= i && j + 1 < words.length && text.slice(words[j].end, words[j + 1].start) === ' ') {
    if (/^[A-Z]/.test(words[j + 1].text) && !isTitle(words[j + 1].text)) {
      if (!EN_ORG_WORDS[words[j + 1].text]) return -1;
    }
  }
  return j;
}

function person(text: string, a: EnWord, b: EnWord): Candidate {
  return {
    start: a.start,
    end: b.end,
    text: text.slice(a.start, b.end),
    type: 'person',
    source: 'cue',
  };
}

function afterTitles(text: string, words: EnWord[], matches: LexiconMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!isTitle(words[i].text)) continue;
    let n = i + 1;
    // `Secretary of State Antony Blinken`: the office after `of` belongs to the title
    if (words[n].text === 'of' && n + 2 < words.length && /^[A-Z]/.test(words[n + 1].text)) n += 2;
    if (isTitle(words[n].text) || text.slice(words[n - 1].end, words[n].start) !== ' ') continue;
    const j = nameRun(text, words, n, matches);
    if (j < n) continue;
    // one word after a lower-case title is too weak (`analyst Nomura`); `President Biden` is not
    if (j === n && !/^[A-Z]/.test(words[i].text)) continue;
    out.push(person(text, words[n], words[j]));
    i = j;
  }
  return out;
}

function beforeRoles(text: string, words: EnWord[], matches: LexiconMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 2 < words.length; i++) {
    // the name is a whole capitalised run of two or three words
    if (
      i > 0 &&
      /^[A-Z]/.test(words[i - 1].text) &&
      text.slice(words[i - 1].end, words[i].start) === ' '
    )
      continue;
    const j = nameRun(text, words, i, matches);
    if (j < i + 1 || j + 1 >= words.length) continue;
    if (matches.some((m) => m.start === words[i].start && m.entry.type !== 'person')) continue;
    const gap = text.slice(words[j].end, words[j + 1].start);
    if (gap !== ', ') continue;
    let r = j + 1;
    // `Park Sang-hyun, an economist at …`, `…, the chief executive`
    if (r + 1 < words.length && ARTICLES.has(words[r].text)) r++;
    // `Satya Nadella, Microsoft's chief executive`
    if (/^[A-Z]/.test(words[r].text) && /['’]s$/.test(text.slice(words[r].start, words[r].end + 2)))
      r++;
    if (r < words.length && EN_TITLES_AFTER.has(words[r].text.toLowerCase())) {
      if (/^[a-z]/.test(words[r].text) || words[r].text === 'CEO')
        out.push(person(text, words[i], words[j]));
    }
    i = j;
  }
  return out;
}

const ARTICLES = new Set(['a', 'an', 'the']);

/** One syllable of romanised Korean: `sang`, `hyun`, `jae`, `yong`, `chang`, `won`. */
const KOREAN_SYLLABLE = /^[bcdghjklmnprstwy]{0,3}[aeiouwy]{1,3}(?:ng|n|m|l|k|p|t|r|b|g)?$/;

/**
 * `Park Sang-hyun`, `Rhee Chang-yong`: a Korean family name and a hyphenated given name of two
 * romanised syllables, the way English news writes Korean people (`Hong Kong-based` is not one:
 * `based` is not a syllable).
 */
function koreanNames(text: string, words: EnWord[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!EN_KOREAN_SURNAMES.has(words[i].text)) continue;
    const given = words[i + 1];
    if (text.slice(words[i].end, given.start) !== ' ') continue;
    const parts = given.text.split('-');
    if (
      parts.length !== 2 ||
      !/^[A-Z]/.test(parts[0]) ||
      !parts.every((p) => KOREAN_SYLLABLE.test(p.toLowerCase()))
    )
      continue;
    out.push(person(text, words[i], given));
    i++;
  }
  return out;
}

/**
 * Pinyin syllables by initial, each initial with the finals it takes (`fe`, `gi`, `ja` are not
 * syllables). A syllable after the first needs an initial: pinyin marks a vowel-initial one with
 * an apostrophe (`Xi'an`), so `line` and `auto` are not two syllables.
 */
const PINYIN_WITH_INITIAL = [
  '[bpm](?:iang|iao|ian|ang|eng|ing|ai|ei|ao|an|en|ie|in|iu|ou|a|o|i|u)',
  'f(?:ang|eng|ei|an|en|ou|a|o|u)',
  '[dt](?:iao|ian|ang|eng|ing|ong|uan|ai|ei|ao|ou|an|en|ie|iu|uo|ui|un|a|e|i|u)',
  '[nl](?:iang|iao|ian|ang|eng|ing|ong|uan|ai|ei|ao|ou|an|en|ia|ie|in|iu|uo|un|ue|ve|a|e|i|o|u|v)',
  '[gkh](?:uang|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|u)',
  '[jqx](?:iang|iong|iao|ian|ing|uan|ia|ie|iu|in|ue|un|i|u)',
  '(?:zh|ch|sh|[rzcs])(?:uang|uai|uan|ang|eng|ong|ai|ei|ao|ou|an|en|ua|uo|ui|un|a|e|i|u)',
  'y(?:uan|ang|ing|ong|ao|ou|an|in|ue|un|a|e|i|u)',
  'w(?:ang|eng|ai|ei|an|en|a|o|u)',
].join('|');
const PINYIN_GIVEN = new RegExp(
  `^(?:${PINYIN_WITH_INITIAL}|ang|eng|ai|ei|ao|ou|an|en|er|a|o|e)(?:${PINYIN_WITH_INITIAL})?$`,
);

/**
 * `Yang Zhilin`, `Liang Wenfeng`: a Chinese family name and a given name of one or two pinyin
 * syllables (`Li Auto`, `Sun Life` are not: `auto` and `life` are not pinyin). A listed name
 * starting at the family name (`Hong Kong`) is left to the gazetteer.
 */
function chineseNames(text: string, words: EnWord[], matches: LexiconMatch[]): Candidate[] {
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    if (!EN_CHINESE_SURNAMES.has(words[i].text)) continue;
    const given = words[i + 1];
    if (text.slice(words[i].end, given.start) !== ' ') continue;
    if (!/^[A-Z][a-z]+$/.test(given.text) || !PINYIN_GIVEN.test(given.text.toLowerCase())) continue;
    if (matches.some((m) => m.start === words[i].start || m.start === given.start)) continue;
    // a third capitalised word makes it something else (`Li Ning Sports Goods`)
    const third = words[i + 2];
    if (third && text.slice(given.end, third.start) === ' ' && /^[A-Z]/.test(third.text)) continue;
    out.push(person(text, words[i], given));
    i++;
  }
  return out;
}

function bylines(text: string, words: EnWord[]): Candidate[] {
  const out: Candidate[] = [];
  if (words.length === 0) return out;
  const from = words[0].start;
  const to = words[words.length - 1].end;
  BYLINE.lastIndex = 0;
  for (let m = BYLINE.exec(text); m; m = BYLINE.exec(text)) {
    if (m.index < from || m.index >= to) continue;
    let at = m.index + 3;
    for (const name of [m[1], m[2]]) {
      if (!name) continue;
      const s = text.indexOf(name, at);
      const trimmed = name.trimEnd();
      out.push({ start: s, end: s + trimmed.length, text: trimmed, type: 'person', source: 'cue' });
      at = s + name.length;
    }
  }
  return out;
}
