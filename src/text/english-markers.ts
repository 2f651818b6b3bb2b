/**
 * Words that mark a Latin-script passage as English when franc's trigrams hesitate. News
 * sentences are dense with names (`Samsung Electronics`, `Jensen Huang`), and on such a sentence
 * franc's top guess among Latin languages is often French, Dutch or a Nordic language with
 * English a close second. These words settle it: English function words that are not words of
 * the other languages franc chooses among here (`of`, `is`, `in`, `on`, `was`, `will`, `to`,
 * `for`, `are`, `by` are, so they are left out), and lowercase past forms in `-ed`, which none of
 * those languages writes. Examples: tests/text/language.corpus.ts.
 */
const FUNCTION_WORDS = new Set([
  'the',
  'and',
  'said',
  'says',
  'would',
  'could',
  'should',
  'its',
  'their',
  'they',
  'with',
  'from',
  'that',
  'this',
  'which',
  'were',
  'been',
  'has',
  'have',
  'had',
  'than',
  'into',
  'after',
  'about',
]);

/** A lowercase word of at least five letters ending in `-ed`: `remained`, `released`, `added`. */
const PAST_FORM = /^[a-z]{3,}ed$/;

/** How many words of `text` mark it as English, and how many words it has. */
export function englishMarkers(text: string): { markers: number; words: number } {
  let markers = 0;
  let words = 0;
  for (const m of text.matchAll(/[A-Za-z]+/g)) {
    words++;
    const w = m[0];
    if (FUNCTION_WORDS.has(w.toLowerCase()) || PAST_FORM.test(w)) markers++;
  }
  return { markers, words };
}
