/**
 * Platforms: the service people use (`페이스북에 글을 올렸다`, `유튜브 영상`, `카카오톡으로`) is a
 * `product`; the business behind it, when it acts (`유튜브는 … 밝혔다`, `유튜브 측`, `트위터
 * 대변인`, `유튜브 창사 이래`, `유튜브에 대한 … 소송`), is a `company`, with the entry of the
 * business that runs it (`페이스북` → Meta, `카카오톡` → Kakao). A pipeline asking who did
 * something reads `company`; one asking where something was posted or sent reads `product`.
 * KLUE tags the business OG and leaves the service untagged.
 */
import type { Candidate } from '../shared/candidate.js';
import { derivedEntry, type Lexicon, type LexiconEntry } from '../shared/lexicon.js';
import {
  KO_PLATFORM_ACTS,
  KO_PLATFORM_BUSINESS,
  KO_PLATFORM_LEGAL,
  KO_PLATFORM_OWNED,
  KO_PLATFORMS,
} from './cues.js';
import { actsInClause } from './parties.js';
import type { Word } from './words.js';

/** How far after the platform a legal action is looked for: one clause of news prose. */
const WINDOW = 60;

/** One product entry per service, so that its mentions group together. */
const services = new Map<string, LexiconEntry>();

function serviceEntry(listed: LexiconEntry, service: string): LexiconEntry {
  if (listed.type === 'product') return listed;
  let e = services.get(service);
  if (!e) {
    // the listed company's Wikidata id is the service's only where both are one item (YouTube)
    const wikidata = listed.canonical === service ? (listed.wikidata ?? null) : null;
    e = derivedEntry(undefined, service, 'product', wikidata, [], []);
    services.set(service, e);
  }
  return e;
}

/** Types the listed platforms among `found` as the service or the business. */
export function platformRoles(
  text: string,
  words: Word[],
  found: Candidate[],
  lexicon: Lexicon,
): void {
  let index: Map<number, number> | undefined;
  for (const c of found) {
    const platform = KO_PLATFORMS.get(c.text);
    if (!platform || !c.entry || c.end <= c.start) continue;
    if (!index) {
      index = new Map();
      words.forEach((w, i) => index!.set(w.start, i));
    }
    const i = index.get(c.start);
    const w = i === undefined ? undefined : words[i];
    if (w && w.end === c.end && business(text, w, words[i! + 1])) {
      const operator = lexicon.lookup(platform.operator);
      c.type = 'company';
      if (operator?.type === 'company') c.entry = operator;
    } else {
      c.type = 'product';
      c.entry = serviceEntry(c.entry, platform.service);
    }
  }
}

/**
 * The platform named as the business: acting, its staff or shares, owned or bought, or a party
 * to a suit.
 */
function business(text: string, w: Word, next: Word | undefined): boolean {
  if (actsInClause(text, w, KO_PLATFORM_ACTS)) return true;
  const spaced = next !== undefined && next.start === w.wordEnd + 1;
  if (w.tail === '' && spaced && KO_PLATFORM_BUSINESS.has(next.text)) return true;
  if ((w.tail === '를' || w.tail === '을') && spaced && KO_PLATFORM_OWNED.test(next.text)) {
    return true;
  }
  if (spaced && (next.text === '대한' || next.text === '상대로')) {
    return KO_PLATFORM_LEGAL.test(text.slice(next.end, next.end + WINDOW));
  }
  return false;
}
