/**
 * Names with `씨` or a title written onto them, as news writes them every day: `박동선씨는`,
 * `김철수대표는`, `후버교수는`, and with an age between, `홍형표(56)씨`. The name alone is the
 * person (KLUE spans `[박동선]씨는`); a surname or letter with a title on it (`박대표는`,
 * `K기자는`) is a nameless person, found in people.ts with `titleOnSurname`.
 */
import type { Token } from '../../types.js';
import type { Candidate } from '../shared/candidate.js';
import { EndingTable } from '../shared/endings.js';
import { isHangul } from '../shared/script.js';
import { KO_NAMELESS_APPELLATIONS, KO_NOT_NAMES, KO_PERSON_TITLES, KO_SURNAMES } from './cues.js';
import { startsWithSurname } from './word-sets.js';
import type { Word } from './words.js';

/** `독`, the one first syllable `nameOnTitle` lets through besides surnames and proper nouns. */
const DOK = 0xb3c5;

/** `씨`, `군`, `양` and the titles, by their ending; `true` marks an appellation. */
const ON_NAME = new EndingTable<boolean>(
  Object.fromEntries([
    ...[...KO_PERSON_TITLES].map((t) => [t, false] as const),
    ...KO_NAMELESS_APPELLATIONS.map((a) => [a, true] as const),
  ]),
);

/** The age (and sex) in parentheses after a name: `(56)`, `(69·여)`, `(22, 여)`. */
const AGE = /^\(\d{1,3}(?:[·,]\s?[가-힣]{1,3})?\)|^\([가-힣]{1,3}·\d{1,3}\)/;

/** The longest a name with a title on it is: a four-syllable Korean name, a foreign one of six. */
const MAX_NAME = 6;

export interface TitleOnName {
  /** Length of the name at the start of the word. */
  nameLength: number;
  title: string;
  appellation: boolean;
}

/**
 * The title or appellation written onto the end of `w` and how long the part before it is, when
 * the morphemes part them there (`박동선/NNP 씨/NNB`; not `아가씨`, `성씨`, `조교수`, one morpheme).
 */
export function titleOnWord(w: Word): TitleOnName | undefined {
  const text = w.text;
  // most words end in no title's last syllable and leave here
  if (text.length < 2 || text.length > MAX_NAME + 4 || !ON_NAME.mayEnd(text)) return undefined;
  const hit = ON_NAME.longest(text);
  if (!hit || hit.ending.length === text.length) return undefined;
  const nameLength = text.length - hit.ending.length;
  if (nameLength > MAX_NAME || !splitAt(w.tokens, w.start + nameLength)) return undefined;
  return { nameLength, title: hit.ending, appellation: hit.value };
}

/** A morpheme starts at `at` and none runs across it. */
function splitAt(tokens: Token[], at: number): boolean {
  let starts = false;
  for (const t of tokens) {
    if (t.start < at && t.end > at) return false;
    if (t.start === at) starts = true;
  }
  return starts;
}

/**
 * A full name before a title on the same word: Korean (a family name then one or two syllables,
 * one morpheme at least the dictionary's 인명 or unknown: `박동선`, `조말순` read as 조/말/순) or
 * foreign (the dictionary's 인명 throughout: `후버`).
 */
function fullName(name: string, tokens: Token[], at: number): boolean {
  if (name.length < 2 || KO_NOT_NAMES.has(name)) return false;
  for (let k = 0; k < name.length; k++) if (!isHangul(name.charCodeAt(k))) return false;
  let person = false;
  let allPerson = true;
  for (const t of tokens) {
    if (t.start >= at + name.length) break;
    const cls = t.features[0];
    if (cls === '지명' || /^(J|E|V|XS)/.test(t.pos)) return false;
    const isPerson = t.pos === 'NNP' && cls === '인명';
    if (isPerson || t.unknown) person = true;
    if (!isPerson) allPerson = false;
  }
  if (allPerson) return !nameless(name);
  const surname = KO_SURNAMES.has(name.slice(0, 2)) ? 2 : startsWithSurname(name) ? 1 : 0;
  return person && surname > 0 && name.length - surname >= 1 && name.length - surname <= 2;
}

/** `김`, `A`, `김모`, `K모`: a surname or letter, with "so-and-so" or not. */
function nameless(name: string): boolean {
  const initial = name.length === 2 && name[1] === '모' ? name[0] : name;
  return initial.length === 1 && ((initial >= 'A' && initial <= 'Z') || KO_SURNAMES.has(initial));
}

/** The length of a full name with `씨` or a title written onto word `w`, or 0. */
export function nameOnTitle(w: Word): number {
  // a name starts with a family name or, foreign, with a proper noun: most words do neither
  if (!ON_NAME.mayEnd(w.text)) return 0;
  const first = w.tokens[0];
  // (by code: a one-character string per word was garbage)
  if (!startsWithSurname(w.text) && first?.pos !== 'NNP' && w.text.charCodeAt(0) !== DOK) return 0;
  const on = titleOnWord(w);
  if (!on) return 0;
  const at = w.start + on.nameLength;
  if (!fullName(w.text.slice(0, on.nameLength), w.tokens, w.start)) return 0;
  // `씨` the seed (`배추/NNG 씨/NNG`): only after a word the dictionary reads as a person
  if (on.appellation && w.tokens.some((t) => t.start === at && t.pos !== 'NNB')) {
    if (!w.tokens.some((t) => t.features[0] === '인명' && t.end <= at)) return 0;
  }
  return on.nameLength;
}

/**
 * Word `w` is someone with `씨` or a title written on: a full name, or a surname or letter alone
 * (`A씨`, `김모씨`, `박대표`). The word before it is then not the person's name.
 */
export function personWithTitle(w: Word): boolean {
  const hit = ON_NAME.mayEnd(w.text) ? ON_NAME.longest(w.text) : undefined;
  if (!hit || hit.ending.length === w.text.length) return false;
  const head = w.text.slice(0, w.text.length - hit.ending.length);
  // `김모씨` is read 김/모씨: the appellation needs no morpheme of its own after a surname
  if (hit.value && nameless(head)) return true;
  return nameOnTitle(w) > 0 || titleOnSurname(w) !== undefined;
}

/** The surname or letter with a title written onto it (`박대표는`, `K기자는`), or undefined. */
export function titleOnSurname(w: Word): { initial: string; age: null; title: string } | undefined {
  if (w.text.length < 3 || !ON_NAME.mayEnd(w.text)) return undefined;
  const initial = w.text[0];
  const letter = initial >= 'A' && initial <= 'Z';
  if (!letter && !KO_SURNAMES.has(initial)) return undefined;
  const on = titleOnWord(w);
  if (!on || on.nameLength !== 1 || on.appellation) return undefined;
  if (letter) return { initial, age: null, title: on.title };
  // the surname its own morpheme, read as a person (`박/NNP 대표`; `조교수` is one word)
  const first = w.tokens[0];
  if (!KO_SURNAMES.has(initial) || first?.features[0] !== '인명' || first.end !== w.start + 1)
    return undefined;
  return { initial, age: null, title: on.title };
}

/**
 * People whose name carries `씨` or a title on the same word (`박동선씨는`, `김철수대표는`) or
 * after their age (`홍형표(56)씨`, `미나(43)씨와`): the name alone is the mention.
 */
export function attachedNames(text: string, words: Word[]): Candidate[] {
  const found: Candidate[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    let length = 0;
    if (w.next === '(' && w.tail === '') length = nameBeforeAge(text, w, words, i);
    else length = nameOnTitle(w);
    if (length === 0) continue;
    const end = w.start + length;
    found.push({
      start: w.start,
      end,
      text: text.slice(w.start, end),
      type: 'person',
      source: 'cue',
    });
  }
  return found;
}

/** `홍형표(56)씨`, `미나(43) 씨`: the length of the name before the age, or 0. */
function nameBeforeAge(text: string, w: Word, words: Word[], i: number): number {
  const age = AGE.exec(text.slice(w.wordEnd, w.wordEnd + 12));
  if (!age) return 0;
  let after = w.wordEnd + age[0].length;
  if (text[after] === ' ') after++;
  // the age's number is a word of its own: the appellation is one or two words on
  let next: Word | undefined;
  for (let k = i + 1; k < words.length && k <= i + 3 && words[k].start <= after; k++) {
    if (words[k].start === after) next = words[k];
  }
  if (!next || !KO_NAMELESS_APPELLATIONS.includes(next.text)) return 0;
  const name = w.text;
  if (name.length < 2 || name.length > 4 || KO_NOT_NAMES.has(name)) return 0;
  if (name.length === 2 && name[1] === '모') return 0;
  for (let k = 0; k < name.length; k++) if (!isHangul(name.charCodeAt(k))) return 0;
  return w.tokens.some((t) => t.features[0] === '지명') ? 0 : name.length;
}
