/**
 * English name candidates: compromise's people, places and organisations, corrected and
 * completed by the gazetteer and by patterns it misses — capitalised names ending or headed by an
 * organisation word, mixed-case names (`iFLYTEK`, `OpenAI`), models with versions (`GPT-4o`).
 */
import { readWithCompromise, type EnglishName } from '../../english/compromise.js';
import type { EntityType, Span } from '../../types.js';
import { fromMatch, type Candidate } from '../shared/candidate.js';
import {
  EN_HYPHEN_SUFFIXES,
  EN_LEGAL_SUFFIXES,
  EN_MODEL_CUES,
  EN_NAME_JOINERS,
  EN_NOT_NAME_START,
  EN_ORG_WORDS,
  EN_TITLES_ENDING_ORGS,
} from './cues.js';
import { abbreviates } from './acronym.js';
import { dropBareTitles, englishPeople, type EnWord } from './people.js';
import { guessLatin, LATIN_NOT_NAMES } from '../shared/latin.js';
import type { LexiconMatch } from '../shared/lexicon.js';
import { modelTailLength } from '../shared/model-tail.js';
import { firstEndingAfter } from '../../text/span-search.js';

/** A word of English text: letters and digits with inner `.`, `-`, `&`, `'`. */
const WORD = /[A-Za-z0-9\u00c0-\u024f](?:[A-Za-z0-9\u00c0-\u024f&]|[.\-'’](?=[A-Za-z0-9]))*\.?/g;
/** Abbreviations whose full stop belongs to the name. */
const KEEP_DOT = new Set(['Inc.', 'Corp.', 'Ltd.', 'Co.', 'Jr.', 'Sr.', 'Bros.']);

export function englishCandidates(
  text: string,
  regions: Span[],
  matches: LexiconMatch[],
  useCompromise: boolean,
): Candidate[] {
  const out: Candidate[] = [];
  for (const m of matches) {
    const c = fromMatch(m);
    // `the Wall Street Journal`: a listed `The …` written with a small `the` starts after it
    if (/^the /.test(c.text)) {
      c.start += 4;
      c.text = c.text.slice(4);
    }
    out.push(c);
  }
  for (const region of regions) {
    const words = splitEnglish(text, region);
    const reading = useCompromise
      ? readWithCompromise(text, region)
      : { names: [], openers: new Set<string>() };
    orgRuns(text, words, out, matches, reading.openers);
    latinNames(text, words, out);
    fromCompromise(text, words, reading.names, out);
    dropBareTitles(out);
    englishPeople(text, words, out, matches);
    stripPossessive(text, out);
    listedHeads(text, out, matches);
    versionedModels(text, out);
    // before the repeats, so that a later bare `SMIC` is found as a repeat of the alias
    parentheticalAcronyms(text, region, out);
    repeats(text, words, out);
  }
  return out;
}

/** `Semiconductor Manufacturing International Corp (SMIC)`: the acronym is an alias of the name. */
const PAREN_ACRONYM = /^ ?\(([A-Z][A-Za-z0-9&.-]{1,11})\)/;

function parentheticalAcronyms(text: string, region: Span, out: Candidate[]): void {
  const byStart = new Map<number, number>();
  out.forEach((c, i) => byStart.set(c.start, i));
  const count = out.length;
  for (let i = 0; i < count; i++) {
    const c = out[i];
    if (c.end < region.start || c.end >= region.end || text.charCodeAt(c.end) > 0x28) continue;
    const m = PAREN_ACRONYM.exec(text.slice(c.end, c.end + 16));
    if (!m || !abbreviates(m[1], c.text)) continue;
    const start = c.end + m[0].indexOf('(') + 1;
    const end = start + m[1].length;
    const j = byStart.get(start);
    const alias = j !== undefined && out[j].end === end ? out[j] : undefined;
    if (alias) {
      // a listed acronym naming something else (`AP` after a name) is not this name's alias
      if (alias.entry && c.entry && alias.entry !== c.entry) continue;
      alias.aliasOf = i;
      alias.type ??= c.type;
    } else {
      out.push({
        start,
        end,
        text: m[1],
        type: c.type,
        source: c.source,
        entry: c.entry,
        aliasOf: i,
      });
    }
  }
}

/**
 * Later mentions written the same way, and a person's surname alone after the full name
 * (`Tim Cook` … `Cook`), which compromise often leaves untagged.
 */
function repeats(text: string, words: EnWord[], out: Candidate[]): void {
  const known = new Map<string, Candidate>();
  for (const c of out) {
    if (c.weak) continue;
    if (!known.has(c.text)) known.set(c.text, c);
    const parts = c.text.split(' ');
    if (c.type === 'person' && parts.length > 1) {
      const last = parts[parts.length - 1];
      if (!known.has(last)) known.set(last, c);
    }
  }
  const covered = new Uint8Array(text.length + 1);
  for (const c of out) covered.fill(1, c.start, c.end);
  for (let i = 0; i < words.length; i++) {
    for (let n = 3; n >= 1; n--) {
      if (i + n > words.length) continue;
      const a = words[i];
      const b = words[i + n - 1];
      const surface = text.slice(a.start, b.end);
      const c = known.get(surface);
      if (!c || covered[a.start] || covered[b.end - 1]) continue;
      out.push({
        start: a.start,
        end: b.end,
        text: surface,
        type: c.type,
        source: c.source,
        entry: c.entry,
      });
      covered.fill(1, a.start, b.end);
      break;
    }
  }
}

function splitEnglish(text: string, region: Span): EnWord[] {
  const words: EnWord[] = [];
  const passage = text.slice(region.start, region.end);
  WORD.lastIndex = 0;
  for (let m = WORD.exec(passage); m; m = WORD.exec(passage)) {
    let w = m[0];
    // a sentence's full stop is not part of the word, an abbreviation's is
    if (w.endsWith('.') && !KEEP_DOT.has(w) && !/^(?:[A-Z]\.)+$/.test(w)) w = w.slice(0, -1);
    // a possessive is outside the name: `Whitfield's` → `Whitfield`
    if (/['’]s$/.test(w) && w.length > 2) w = w.slice(0, -2);
    words.push({ start: region.start + m.index, end: region.start + m.index + w.length, text: w });
  }
  return words;
}

const capital = (w: string): boolean => /^[A-Z0-9]/.test(w) && /[A-Za-z]/.test(w);

/** `Zentrix Holdings Inc.`, `Beijing Academy of Artificial Intelligence`, `Ministry of Commerce`. */
function orgRuns(
  text: string,
  words: EnWord[],
  out: Candidate[],
  matches: LexiconMatch[],
  openers: ReadonlySet<string>,
): void {
  let i = 0;
  while (i < words.length) {
    if (!capital(words[i].text)) {
      i++;
      continue;
    }
    // a run of capitalised words, joined by `of`, `and`, `&` between capitalised ones
    let j = i;
    // `and` joins inside an `X of …` name (`Ministry of Industry and Information Technology`);
    // elsewhere it joins two names (`Naver Corp and Kakao Corp`)
    let sawOf = false;
    while (j + 1 < words.length) {
      const gap = text.slice(words[j].end, words[j + 1].start);
      if (gap !== ' ' && gap !== '') break;
      const nx = words[j + 1].text;
      // `Bank of Korea Governor Rhee Chang-yong`: a title after the name ends it
      if (EN_TITLES_ENDING_ORGS.has(nx)) break;
      if (capital(nx)) j++;
      else if (
        EN_NAME_JOINERS.has(nx) &&
        (nx !== 'and' || sawOf) &&
        j + 2 < words.length &&
        capital(words[j + 2].text) &&
        text.slice(words[j + 1].end, words[j + 2].start) === ' '
      ) {
        if (nx === 'of' || nx === 'for') sawOf = true;
        j += 2;
      } else break;
    }
    let s = i;
    // `Beijing-based Baichuan …`: a place hyphened to a description is not part of the name
    while (s < j && (EN_NOT_NAME_START.has(words[s].text) || hyphenSuffixed(words[s].text))) s++;
    // a capitalised sentence opener before a listed name is not part of it (`Rivals Alibaba …`)
    if (
      s < j &&
      sentenceStart(text, words[s].start) &&
      (listedAt(matches, words[s + 1].start) || openers.has(words[s].text))
    ) {
      s++;
      // `Shares of Xiaomi Corp`: the joiner after the opener goes with it
      while (s < j && EN_NAME_JOINERS.has(words[s].text)) s++;
    }
    // `Ministry of Commerce`: a heading word followed by `of` takes the run and gives the kind;
    // otherwise the last organisation word ends the name (`Zentrix Holdings Inc.`)
    let type: EntityType | null = null;
    let e = -1;
    for (let k = s; k <= j; k++) {
      const t = EN_ORG_WORDS[words[k].text];
      if (!t) continue;
      if (k < j && (words[k + 1].text === 'of' || words[k + 1].text === 'for')) {
        type = t;
        e = j;
        break;
      }
      type = t;
      e = k;
    }
    if (type && e > s) {
      out.push({
        start: words[s].start,
        end: words[e].end,
        text: text.slice(words[s].start, words[e].end),
        type,
        source: 'suffix',
      });
    }
    i = j + 1;
  }
}

/** `OpenAI`, `iFLYTEK`, `01.AI`, `GPT-4o`, `Qwen2.5-Max`, `Stability AI`, `Llama 2 model`. */
function latinNames(text: string, words: EnWord[], out: Candidate[]): void {
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    const next = words[i + 1];
    const adjacent = next && text.slice(w.end, next.start) === ' ';
    if (
      adjacent &&
      next.text === 'AI' &&
      /^[A-Z][a-z]+$/.test(w.text) &&
      !EN_NOT_NAME_START.has(w.text)
    ) {
      out.push({
        start: w.start,
        end: next.end,
        text: text.slice(w.start, next.end),
        type: 'company',
        source: 'pattern',
        weak: true,
      });
    }
    if (adjacent && /^\d{1,2}(?:\.\d)?$/.test(next.text) && /^[A-Z][a-z]+$/.test(w.text)) {
      // `Llama 2` only when a model is talked about nearby (`Windows 11`, `Phase 2` are not)
      const near = words.slice(Math.max(0, i - 3), i + 5).some((x) => EN_MODEL_CUES.has(x.text));
      if (near)
        out.push({
          start: w.start,
          end: next.end,
          text: text.slice(w.start, next.end),
          type: 'model',
          source: 'pattern',
        });
    }
    const g = guessLatin(w.text);
    if (g.type && g.sure)
      out.push({ start: w.start, end: w.end, text: w.text, type: g.type, source: 'pattern' });
  }
}

function hyphenSuffixed(word: string): boolean {
  const tail = HYPHEN_TAIL.exec(word);
  return tail !== null && EN_HYPHEN_SUFFIXES.has(tail[1]);
}

/** A name hyphened to a listed lower-case word (`Hong Kong-listed`, `U.S.-based`) ends at the hyphen. */
const HYPHEN_TAIL = /-([a-z]+)$/;

function fromCompromise(
  text: string,
  enWords: EnWord[],
  names: EnglishName[],
  out: Candidate[],
): void {
  for (const n of names) {
    // a name does not run over a comma (`Kakao Corp, South Korea's …`)
    const comma = n.text.indexOf(', ');
    if (comma > 0) {
      n.end = n.start + comma;
      n.text = text.slice(n.start, n.end);
    }
    // compromise splits hyphenated words (`Park Sang-` of `Park Sang-hyun`): a name ends where
    // the word does
    const word = enWords[firstEndingAfter(enWords, n.end)];
    if (word && word.start < n.end) {
      n.end = word.end;
      n.text = text.slice(n.start, n.end);
    }
    // a person's name is capitalised words and particles (`John F. Kennedy Jr. admirers` → the
    // name before `admirers`)
    if (n.kind === 'person') {
      const cut = /\s(?!(?:de|van|von|der|den|bin|al|da|di|du|la|le|y)\s)[a-z]/.exec(n.text);
      if (cut) {
        n.end = n.start + cut.index;
        n.text = text.slice(n.start, n.end);
      }
    }
    const tail = HYPHEN_TAIL.exec(n.text);
    if (tail && EN_HYPHEN_SUFFIXES.has(tail[1])) {
      n.end -= tail[0].length;
      n.text = text.slice(n.start, n.end);
    }
    // `AI`, `CEO`: compromise's organisations that are terms
    if (LATIN_NOT_NAMES.has(n.text)) continue;
    // `Digital Services Act`: a law's name, not an organisation's
    if (n.kind === 'organization' && /^ Act\b/.test(text.slice(n.end, n.end + 5))) continue;
    // a name compromise read as a person but shaped like a model or a lab is not one (`Yi-34B`)
    if (guessLatin(n.text.split(' ')[0]).sure) continue;
    // `China's Baidu` is two names; the gazetteer and the patterns find the parts
    if (/['’]s\s/.test(n.text)) continue;
    const words = n.text.split(' ');
    const last = words[words.length - 1];
    const type = n.kind === 'organization' ? (EN_ORG_WORDS[last] ?? 'organization') : n.kind;
    out.push({ start: n.start, end: n.end, text: n.text, type, source: 'ner', weak: false });
  }
}

/** Keeps an English possessive outside the span: `Baidu's` → `Baidu`. */
function stripPossessive(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    const m = /['’]s?$/.exec(c.text);
    if (m && c.text.length > m[0].length + 1) {
      c.end -= m[0].length;
      c.text = text.slice(c.start, c.end);
    }
  }
}

/**
 * `Baidu Inc`, `Alibaba Group Holding`, `Hyundai Motor Co`: a name whose words before its legal
 * form are a listed company is that company, the span kept as written.
 */
function listedHeads(text: string, cands: Candidate[], matches: LexiconMatch[]): void {
  for (const c of cands) {
    if (c.source === 'gazetteer' || c.type === 'person') continue;
    // a listed full name (`Hyundai Motor Group`, a group, not Hyundai Motor) is its own entry
    if (matches.some((m) => m.start === c.start && m.end === c.end)) continue;
    const words = c.text.split(' ');
    let head: LexiconMatch | undefined;
    // the longest listed head: `Alibaba Group` in `Alibaba Group Holding`, else `Alibaba`
    for (let h = words.length - 1; h >= 1 && !head; h--) {
      if (!EN_LEGAL_SUFFIXES.has(words[h])) break;
      const end = c.start + words.slice(0, h).join(' ').length;
      head = matches.find((m) => m.start === c.start && m.end === end && !m.ambiguous);
    }
    if (!head) continue;
    c.type = head.entry.type;
    c.source = 'gazetteer';
    c.entry = head.entry;
    c.weak = false;
  }
}

/**
 * A version after a listed model's name (`Ernie 4.0`, `Llama 3`) belongs to the mention, with its
 * tier and size (shared/model-tail.ts).
 */
const VERSION =
  /^ v?\d{1,2}(?:\.\d{1,2})?(?![\d%-]|[.,]\d| ?(?:billion|million|trillion|percent|per|times|years?|months?|days?|%)\b)/;

/** The rest of a version the listed name stopped inside (`Llama 3` in `Llama 3.1`). */
const VERSION_REST = /^\.\d{1,2}(?![\d.])/;

function versionedModels(text: string, cands: Candidate[]): void {
  for (const c of cands) {
    const rest = text.slice(c.end, c.end + 40);
    const versioned = /\d[a-z]?$/.test(c.text);
    const v = versioned ? VERSION_REST.exec(rest) : VERSION.exec(rest);
    if (v) {
      // people carry no decimal versions: compromise's `Ernie` in `Ernie 4.0` is a model
      if (c.type === 'person' && c.source === 'ner' && v[0].includes('.')) c.type = 'model';
    }
    if (c.type !== 'model' || (!v && !versioned)) continue;
    // the tier and size after the version are the model's too (`Gemini 1.5 Pro`, `Llama 3.1 70B`)
    const len = (v?.[0].length ?? 0) + modelTailLength(rest.slice(v?.[0].length ?? 0));
    if (len === 0) continue;
    c.end += len;
    c.text = text.slice(c.start, c.end);
    // a version settles that an ambiguous listed name (`Gemini`) is the model
    c.weak = false;
  }
}

function listedAt(matches: LexiconMatch[], start: number): boolean {
  return matches.some((m) => m.start === start);
}

/** Whether `pos` opens a sentence: the region's start, or after a terminator and a space. */
function sentenceStart(text: string, pos: number): boolean {
  let k = pos - 1;
  while (k >= 0 && (text[k] === ' ' || text[k] === '"' || text[k] === '“')) k--;
  return (
    k < 0 ||
    text[k] === '\n' ||
    text[k] === '.' ||
    text[k] === '!' ||
    text[k] === '?' ||
    text[k] === '-'
  );
}
