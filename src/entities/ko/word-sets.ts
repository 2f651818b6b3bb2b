/** The cue tables the rules ask about nearly every word, behind a quick test (see WordSet). */
import { HangulBits, WordSet } from '../shared/word-set.js';
import {
  KO_COMMON_BODIES,
  KO_FOLLOWING_KIND_WORDS,
  KO_FOREIGN_GIVEN_NAMES,
  KO_MODEL_HEADS,
  KO_NOT_NAMES,
  KO_PERSON_TITLES,
  KO_PROVINCE_SHORT,
  KO_SURNAMES,
} from './cues.js';

export const NOT_NAMES = new WordSet(KO_NOT_NAMES);
export const PERSON_TITLES = new WordSet(KO_PERSON_TITLES);
export const FOREIGN_GIVEN_NAMES = new WordSet(KO_FOREIGN_GIVEN_NAMES);
export const FOLLOWING_KIND_WORDS = new WordSet(KO_FOLLOWING_KIND_WORDS);
export const PROVINCE_SHORT = new WordSet(KO_PROVINCE_SHORT);
export const MODEL_HEADS = new WordSet(KO_MODEL_HEADS);
export const COMMON_BODIES = new WordSet(KO_COMMON_BODIES);

/** One-syllable family names by code: asked of most words' first character, which is not sliced. */
const SURNAME_SYLLABLES = new HangulBits(false);
for (const s of KO_SURNAMES) if (s.length === 1) SURNAME_SYLLABLES.set(s.charCodeAt(0));

/** The first character of `word` is a one-syllable family name (`KO_SURNAMES.has(word[0])`). */
export function startsWithSurname(word: string): boolean {
  return SURNAME_SYLLABLES.has(word.charCodeAt(0));
}
