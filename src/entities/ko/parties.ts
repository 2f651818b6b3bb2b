/**
 * Countries and cities acting as parties: `북한이 … 발사했다`, `미국은 … 발표했다`, `용인시는 …
 * 밝혔다`, `북한 측에`. The place is then its state or administration: a `government` mention
 * with the place's canonical name (KLUE tags these OG and the place itself LC). As a place
 * (`중국 베이징에서`, `미국의 수도`) it stays a place.
 */
import type { Candidate } from '../shared/candidate.js';
import { derivedEntry, type LexiconEntry } from '../shared/lexicon.js';
import { KO_PARTY_ACTS, KO_PARTY_PARTICLES } from './cues.js';
import { actsNominally } from './party-nouns.js';
import type { Word } from './words.js';
import { firstStartingFrom } from '../../text/span-search.js';

/** How far after the place its verb is looked for: one clause of news prose. */
const WINDOW = 60;
/** Where a clause ends: a full stop, a quotation, a verb ending before a space. */
const CLAUSE_END = /[.?!'"“”‘’]|다\s|며\s/g;

/** One government reading per listed place, so that its acting mentions group together. */
const acting = new WeakMap<LexiconEntry, LexiconEntry>();

function actingEntry(place: LexiconEntry): LexiconEntry {
  let e = acting.get(place);
  if (!e) {
    e = derivedEntry(place, place.canonical, 'government', place.wikidata, place.ko, place.aliases);
    acting.set(place, e);
  }
  return e;
}

/**
 * Turns the place candidates in `found` that act in their clause into government mentions.
 * `words` are the article's words in order.
 */
export function actingPlaces(text: string, words: Word[], found: Candidate[]): void {
  // places as whole words, by start, with their end
  const places = new Map<number, number>();
  for (const c of found) {
    if (c.type === 'place' && !c.weak && c.end > c.start) places.set(c.start, c.end);
  }
  const place = (k: number): boolean => places.get(words[k].start) === words[k].end;
  const clause = (w: Word, verbs: RegExp): boolean => actsInClause(text, w, verbs);
  for (const c of found) {
    if (c.type !== 'place' || c.weak || c.end <= c.start) continue;
    // few places are asked about: a binary search, not a map of every word
    const k = firstStartingFrom(words, c.start);
    const w = words[k];
    if (w?.start !== c.start || w.end !== c.end) continue;
    if (!actsInClause(text, w, KO_PARTY_ACTS) && !actsNominally(text, words, k, place, clause))
      continue;
    c.type = 'government';
    if (c.entry) c.entry = actingEntry(c.entry);
  }
}

/**
 * `북한 측`, or the word as subject or topic of one of `verbs` in its clause (countries here,
 * platforms acting as businesses in platforms.ts).
 */
export function actsInClause(text: string, w: Word, verbs: RegExp): boolean {
  if (text.startsWith(' 측', w.wordEnd) || w.tail.startsWith('측')) return true;
  if (!KO_PARTY_PARTICLES.has(w.tail)) return false;
  const window = text.slice(w.wordEnd, w.wordEnd + WINDOW);
  CLAUSE_END.lastIndex = 0;
  // the verb ends its clause: look up to and including the first clause end
  const end = CLAUSE_END.exec(window);
  const clause = end ? window.slice(0, end.index + end[0].length) : window;
  return verbs.test(clause);
}
