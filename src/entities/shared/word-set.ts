/**
 * Quick "no" answers for the tables the Korean rules ask about nearly every word, by bits for
 * characters: most words start or end in a character no table word does, and are answered
 * without hashing their text or walking a Map.
 */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/**
 * One bit per Hangul syllable, exact; codes outside the syllables are never set, and answer
 * `outside`. For a yes/no answer about syllables (`startsWithSurname`); filters use CodeFilter.
 */
export class HangulBits {
  private readonly bits = new Uint32Array(((HANGUL_LAST - HANGUL_FIRST) >> 5) + 1);

  constructor(private readonly outside: boolean) {}

  set(code: number): void {
    const slot = code - HANGUL_FIRST;
    if (slot >= 0 && slot <= HANGUL_LAST - HANGUL_FIRST) this.bits[slot >> 5] |= 1 << (slot & 31);
  }

  has(code: number): boolean {
    const slot = code - HANGUL_FIRST;
    if (!(slot >= 0 && slot <= HANGUL_LAST - HANGUL_FIRST)) return this.outside;
    return (this.bits[slot >> 5] & (1 << (slot & 31))) !== 0;
  }
}

/**
 * A quick "no" for a set of character codes: one bit per code modulo 1024, 128 bytes. A table
 * of a hundred words sets a tenth of the bits; a code it answers yes for may still be outside
 * the set, one it answers no for is not in it. Morphology runs between articles and leaves the
 * caches cold: the 1.4 KB of a bit per syllable cost a miss at most words, these two lines do not.
 */
export class CodeFilter {
  private readonly bits = new Uint32Array(32);

  set(code: number): void {
    const slot = code & 1023;
    this.bits[slot >> 5] |= 1 << (slot & 31);
  }

  has(code: number): boolean {
    const slot = code & 1023;
    return (this.bits[slot >> 5] & (1 << (slot & 31))) !== 0;
  }
}

/**
 * A word table (a set, or a map's keys) behind its words' lengths and filters of their first
 * and last characters: most words are turned away without hashing their text.
 */
export class WordSet {
  private readonly ends = new CodeFilter();
  private readonly firsts = new CodeFilter();
  private readonly shortest: number = Infinity;
  private readonly longest: number = 0;

  constructor(private readonly words: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    for (const word of words.keys()) {
      this.ends.set(word.charCodeAt(word.length - 1));
      this.firsts.set(word.charCodeAt(0));
      this.shortest = Math.min(this.shortest, word.length);
      this.longest = Math.max(this.longest, word.length);
    }
  }

  has(word: string): boolean {
    return this.mayHold(word) && this.words.has(word);
  }

  /** False when no word of the table has the length, the first or the last syllable of `word`. */
  mayHold(word: string): boolean {
    const n = word.length;
    return (
      n >= this.shortest &&
      n <= this.longest &&
      this.ends.has(word.charCodeAt(n - 1)) &&
      this.firsts.has(word.charCodeAt(0))
    );
  }
}
