/**
 * A word table with a quick first test: one bit per Hangul syllable some word of the table ends
 * in (1.4 KB, which stays in the cache). The Korean rules ask their tables about nearly every
 * word of an article, and most words end in a syllable no table word ends in: those are answered
 * without hashing their text.
 */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

export class WordSet {
  private readonly ends = new Uint32Array(((HANGUL_LAST - HANGUL_FIRST) >> 5) + 1);

  constructor(private readonly words: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    for (const word of words.keys()) {
      const slot = word.charCodeAt(word.length - 1) - HANGUL_FIRST;
      if (slot >= 0 && slot <= HANGUL_LAST - HANGUL_FIRST) this.ends[slot >> 5] |= 1 << (slot & 31);
    }
  }

  has(word: string): boolean {
    return this.mayHold(word) && this.words.has(word);
  }

  /** False when no word of the table ends as `word` does. */
  mayHold(word: string): boolean {
    const slot = word.charCodeAt(word.length - 1) - HANGUL_FIRST;
    if (!(slot >= 0 && slot <= HANGUL_LAST - HANGUL_FIRST)) return true;
    return (this.ends[slot >> 5] & (1 << (slot & 31))) !== 0;
  }
}
