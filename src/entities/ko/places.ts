/**
 * Places as news writes an address: an administrative sequence is one place (`서울 강남구`,
 * `경기도 성남시 분당구`, `경기 수원시 팔달구 매교동`, `미국 캘리포니아 주`), and a place fused
 * with a facility word is the facility, a place of its own (`서울광장`, `서울월드컵경기장`).
 */
import type { Candidate } from '../shared/candidate.js';
import { KO_ADMIN_UNIT, KO_PLACE_FACILITIES } from './cues.js';
import { PROVINCE_SHORT } from './word-sets.js';
import type { Word } from './words.js';
import { scratchUint8 } from '../shared/scratch.js';

/** Which offsets start a place, reused from one region to the next (see scratch.ts). */
const STARTS = scratchUint8();

/**
 * Place candidates for the sequences and facilities among one region's `words`; `found` are the
 * region's candidates so far (places among them start the sequences).
 */
export function placeSequences(
  text: string,
  words: Word[],
  found: readonly Candidate[],
): Candidate[] {
  const placeAt = new Map<number, Candidate>();
  // which offsets start a place, so that the many words that start none are not hashed
  const starts = STARTS(text.length + 1);
  for (const c of found) {
    if (c.type === 'place' && !c.weak && c.end > c.start) {
      placeAt.set(c.start, c);
      starts[c.start] = 1;
    }
  }
  const placeStarting = (w: Word): Candidate | undefined =>
    starts[w.start] === 1 ? placeAt.get(w.start) : undefined;
  const out: Candidate[] = [];
  const isPlace = (w: Word): boolean => placeStarting(w)?.end === w.end;
  for (let i = 0; i < words.length; i++) {
    const facility = fusedFacility(words[i], placeStarting(words[i]));
    if (facility) out.push(facility);
    const first = words[i];
    if (first.tail !== '' || !(isPlace(first) || PROVINCE_SHORT.has(first.text))) continue;
    let j = i;
    while (j + 1 < words.length && words[j].tail === '') {
      const next = words[j + 1];
      if (next.start !== words[j].wordEnd + 1 || text.charCodeAt(words[j].wordEnd) !== 0x20) break;
      if (!(isPlace(next) || adminWord(next))) break;
      j++;
    }
    // a province abbreviation alone is a word (`경기` is also a match): it needs a unit after it
    if (j === i) continue;
    out.push({
      start: first.start,
      end: words[j].end,
      text: text.slice(first.start, words[j].end),
      type: 'place',
      source: 'cue',
    });
    i = j;
  }
  return out;
}

/** `매교동`, `영북면`, `야미리`, `주` (`캘리포니아 주`): a unit of an address, with or without a name. */
function adminWord(w: Word): boolean {
  return (
    KO_ADMIN_UNIT.test(w.text) &&
    !w.tokens.some((t) => t.pos.startsWith('NNG') && t.end === w.end && t.start === w.start)
  );
}

/** `서울광장`: a listed or dictionary place fused with a facility word is that facility. */
function fusedFacility(w: Word, place: Candidate | undefined): Candidate | undefined {
  if (!place || place.end >= w.end || place.start !== w.start) return undefined;
  const rest = w.text.slice(place.end - w.start);
  if (!KO_PLACE_FACILITIES.has(rest)) return undefined;
  return { start: w.start, end: w.end, text: w.text, type: 'place', source: 'cue' };
}
