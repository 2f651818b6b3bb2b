/**
 * The compromise adapter: people, places and organisations of an English passage with offsets
 * into the original text. compromise is the English path's slowest stage (~7 ms per 500
 * characters), so it runs once per region, never per sentence.
 */
import type nlpType from 'compromise';
import { lazyRequire } from '../lazy-require.js';
import { splitSentences } from '../text/sentences.js';
import type { Span } from '../types.js';

/** compromise is loaded with the first English passage (its CommonJS build, ~0.4 s of CPU). */
const loadNlp = lazyRequire<typeof nlpType>('compromise');

export type EnglishNameKind = 'person' | 'place' | 'organization';

export interface EnglishName extends Span {
  text: string;
  kind: EnglishNameKind;
}

interface OffsetJson {
  text: string;
  offset?: { start: number; length: number };
}

/** Punctuation compromise leaves on a name (`Beijing.`, `Baidu's`), trimmed off the span. */
const TRAILING = /(?:['’]s|['’]|[.,;:!?)"”’]+)$/;
const LEADING = /^[("“‘']+/;

export interface CompromiseReading {
  names: EnglishName[];
  /**
   * Capitalised words compromise read as common words where they open a sentence (`Rivals`,
   * `Shares`, `Analysts`): only the capital letter makes them look like part of a name.
   */
  openers: Set<string>;
}

/** Tags that make a sentence's first word a common word rather than the start of a name. */
const COMMON_TAGS = [
  'Plural',
  'Verb',
  'Adverb',
  'Determiner',
  'Preposition',
  'Conjunction',
  'Pronoun',
];
const NAME_TAGS = ['ProperNoun', 'Person', 'Place', 'Organization', 'Demonym', 'Acronym'];

/** Names compromise finds in `text.slice(region.start, region.end)`, offsets into `text`. */
export function compromiseNames(text: string, region: Span): EnglishName[] {
  return readWithCompromise(text, region).names;
}

/**
 * The most compromise is given at once. Its offsets (`json({ offset: true })`) cost time growing
 * with the square of the passage (×21 from 32k to 128k characters), so a longer region is read in
 * pieces of whole sentences. News paragraphs, the regions it is given, are far shorter: the
 * longest line of the shared corpus has 541 characters, so normal text is read in one piece.
 */
const MAX_PASSAGE = 4000;

/** Compromise over the region, in pieces of at most MAX_PASSAGE characters (see there). */
export function readWithCompromise(text: string, region: Span): CompromiseReading {
  if (region.end - region.start <= MAX_PASSAGE) return readPassage(text, region);
  const names: EnglishName[] = [];
  const openers = new Set<string>();
  for (const piece of passages(text, region)) {
    const r = readPassage(text, piece);
    for (const n of r.names) names.push(n);
    for (const o of r.openers) openers.add(o);
  }
  return { names, openers };
}

/** Runs of whole sentences of at most MAX_PASSAGE characters; a longer sentence is cut at a space. */
function passages(text: string, region: Span): Span[] {
  const out: Span[] = [];
  let cur: Span | null = null;
  for (const s of splitSentences(text, region.start, region.end)) {
    if (cur && s.end - cur.start <= MAX_PASSAGE) {
      cur.end = s.end;
      continue;
    }
    if (cur) out.push(cur);
    cur = { start: s.start, end: s.end };
    while (cur.end - cur.start > MAX_PASSAGE) {
      const cut = cutPoint(text, cur.start, cur.start + MAX_PASSAGE);
      out.push({ start: cur.start, end: cut });
      cur = { start: cut, end: cur.end };
    }
  }
  if (cur) out.push(cur);
  return out;
}

/** The last space in `(start, limit]`, else `limit` (never inside a surrogate pair). */
function cutPoint(text: string, start: number, limit: number): number {
  for (let i = limit; i > start; i--) if (text.charCodeAt(i) === 0x20) return i;
  return (text.charCodeAt(limit) & 0xfc00) === 0xdc00 ? limit - 1 : limit;
}

/** One compromise pass over the region: its names and the sentence openers it reads as common. */
function readPassage(text: string, region: Span): CompromiseReading {
  const passage = text.slice(region.start, region.end);
  if (!/[A-Z]/.test(passage)) return { names: [], openers: new Set() };
  const doc = loadNlp()(passage);
  const out: EnglishName[] = [];
  const take = (kind: EnglishNameKind, items: OffsetJson[]): void => {
    for (const item of items) {
      const span = anchor(passage, item);
      if (!span) continue;
      out.push({
        kind,
        start: region.start + span.start,
        end: region.start + span.end,
        text: span.text,
      });
    }
  };
  take('person', doc.people().json({ offset: true }) as OffsetJson[]);
  take('place', doc.places().json({ offset: true }) as OffsetJson[]);
  take('organization', doc.organizations().json({ offset: true }) as OffsetJson[]);
  return { names: out.sort((a, b) => a.start - b.start), openers: commonOpeners(doc) };
}

interface Term {
  text: string;
  tags: Set<string>;
}

function commonOpeners(doc: ReturnType<typeof nlpType>): Set<string> {
  const openers = new Set<string>();
  for (const sentence of (doc as unknown as { docs: Term[][] }).docs) {
    const first = sentence[0];
    if (!first || !/^[A-Z][a-z]+$/.test(first.text)) continue;
    if (NAME_TAGS.some((t) => first.tags.has(t))) continue;
    if (COMMON_TAGS.some((t) => first.tags.has(t))) openers.add(first.text);
  }
  return openers;
}

/** The item's span in `passage`, trimmed, checked against the text and re-found if it drifted. */
function anchor(
  passage: string,
  item: OffsetJson,
): { start: number; end: number; text: string } | null {
  let start = item.offset?.start ?? -1;
  let end = start + (item.offset?.length ?? 0);
  if (start < 0 || passage.slice(start, end) !== item.text) {
    // compromise counts in its own units on some inputs; find the text near where it said
    const at = passage.indexOf(item.text, Math.max(0, start - 20));
    const found = at >= 0 ? at : passage.indexOf(item.text);
    if (found < 0) return null;
    start = found;
    end = found + item.text.length;
  }
  let s = passage.slice(start, end);
  for (;;) {
    const t = s.replace(TRAILING, '').replace(LEADING, '');
    if (t === s) break;
    start += s.indexOf(t);
    s = t;
  }
  s = s.trimEnd();
  const lead = s.length - s.trimStart().length;
  start += lead;
  s = s.trim();
  if (!s) return null;
  return { start, end: start + s.length, text: s };
}
