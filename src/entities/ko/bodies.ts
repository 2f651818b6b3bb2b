/**
 * Bodies news names by a common noun: `경찰은`, `검찰이`, `정부는`, `소방당국에`, `군`. They are
 * `government` mentions (KLUE tags them OG). A country or place written before the noun is part
 * of the mention (`미국 경찰`, `일본 정부`); a bare noun in an article about a domestic case is the
 * Korean body (`경찰` → the Korean National Police Agency), and otherwise names no listed body.
 */
import type { Candidate } from '../shared/candidate.js';
import type { Lexicon, LexiconEntry } from '../shared/lexicon.js';
import {
  KO_COMMON_BODIES,
  KO_COUNTRY_ABBREVIATIONS,
  KO_HOME_COUNTRY,
  KO_SURNAMES,
} from './cues.js';
import { COMMON_BODIES } from './word-sets.js';
import type { Word } from './words.js';

/**
 * Listed places of South Korea (by canonical name): an article naming only these, or no listed
 * place at all, is about a domestic case.
 */
const HOME_PLACES: ReadonlySet<string> = new Set([
  'South Korea',
  'Seoul',
  'Busan',
  'Incheon',
  'Daegu',
  'Daejeon',
  'Gwangju',
  'Ulsan',
  'Sejong',
  'Gyeonggi Province',
  'Gangwon Province',
  'Jeju Island',
  'Pangyo',
  'Yeouido',
  'Gangnam',
  'Yongsan',
  'Suwon',
  'Pyeongtaek',
  'Pohang',
  'Changwon',
]);

/** Foreign news dates its events in local time. */
const LOCAL_TIME = /현지\s?시[간각]/;

/** Words after `군` that make it military service or a county, not the armed forces as a body. */
const NOT_MILITARY_AFTER: ReadonlySet<string> = new Set(['복무', '입대', '제대', '생활', '시절']);

/**
 * Government mentions for the common-noun bodies among `words` (every region of one article, in
 * order). `found` are the candidates the other rules found in the article.
 */
export function commonBodies(
  text: string,
  words: Word[],
  found: readonly Candidate[],
  lexicon: Lexicon,
): Candidate[] {
  const out: Candidate[] = [];
  let domestic: boolean | undefined;
  const placeAt = new Map<number, Candidate>();
  const personEnds = new Set<number>();
  for (const c of found) {
    if (c.type === 'place' && c.end > c.start) placeAt.set(c.end, c);
    if (c.type === 'person') personEnds.add(c.end);
  }
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const home = COMMON_BODIES.mayHold(w.text) ? KO_COMMON_BODIES.get(w.text) : undefined;
    if (home === undefined) continue;
    const prev = i > 0 && text.slice(words[i - 1].wordEnd, w.start) === ' ' ? words[i - 1] : null;
    // `A(10)군`, `박수현 군`: a boy after a name or an age
    if (
      w.text === '군' &&
      (w.prev === ')' || personEnds.has(w.start - 1) || !military(words, i, prev))
    )
      continue;
    // `미국 경찰`, `일본 정부`, `미 당국`: the country is part of the body's name
    const place = prev && prev.tail === '' ? placeAt.get(prev.end) : undefined;
    const abbreviation = prev && prev.tail === '' && KO_COUNTRY_ABBREVIATIONS.has(prev.text);
    const start = place ? place.start : abbreviation && prev ? prev.start : w.start;
    let entry: LexiconEntry | undefined;
    if (place || abbreviation) {
      const korean = place
        ? place.entry?.canonical === 'South Korea' || KO_HOME_COUNTRY.has(place.text)
        : prev?.text === '한';
      if (korean && home) entry = lexicon.lookup(home);
    } else if (home) {
      domestic ??= isDomestic(text, found);
      if (domestic) entry = lexicon.lookup(home);
    }
    out.push({
      start,
      end: w.end,
      text: text.slice(start, w.end),
      type: 'government',
      source: 'cue',
      entry,
    });
  }
  return out;
}

/** `군` the armed forces, not `김 군` (a boy) nor `군 복무` (military service). */
function military(words: Word[], i: number, prev: Word | null): boolean {
  if (prev && KO_SURNAMES.has(prev.text)) return false;
  const next = words[i + 1];
  return !(words[i].tail === '' && next && NOT_MILITARY_AFTER.has(next.text));
}

/** No listed place outside South Korea in the article, and no `현지시간`. */
function isDomestic(text: string, found: readonly Candidate[]): boolean {
  if (LOCAL_TIME.test(text)) return false;
  return !found.some(
    (c) => c.type === 'place' && c.entry !== undefined && !HOME_PLACES.has(c.entry.canonical),
  );
}

/** A unit inside a body: a bench, department, team or office (`형사12부`, `수의학과`, `비서실`). */
const UNIT = /^[가-힣\d]{1,8}(?:부|과|팀|국|실|단독|학과|대학)$/;

/**
 * A body and its unit are one mention, as KLUE spans them (`서울고법 형사12부`, `서울대
 * 수의학과`, `청와대 비서실`): candidates over the unit for the bodies among `found`.
 */
export function bodyUnits(text: string, words: Word[], found: readonly Candidate[]): Candidate[] {
  const bodyEnds = new Map<number, Candidate>();
  for (const c of found) {
    if ((c.type === 'government' || c.type === 'institute') && !c.weak && c.end > c.start)
      bodyEnds.set(c.end, c);
  }
  const out: Candidate[] = [];
  for (let i = 0; i + 1 < words.length; i++) {
    const w = words[i];
    const body = w.tail === '' ? bodyEnds.get(w.end) : undefined;
    const unit = words[i + 1];
    if (!body || text.slice(w.wordEnd, unit.start) !== ' ' || !UNIT.test(unit.text)) continue;
    // `일부`, `내부`, `간부`: a word the dictionary knows whole is a common noun, not a unit
    if (unit.tokens.length === 1 && unit.tokens[0].pos.startsWith('NNG')) continue;
    out.push({ ...body, end: unit.end, text: text.slice(body.start, unit.end), weak: false });
  }
  return out;
}
