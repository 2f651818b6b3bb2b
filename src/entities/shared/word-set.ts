/**
 * Quick "no" answers for the tables the Korean rules ask about nearly every word: one bit per
 * Hangul syllable (1.4 KB, which stays in the cache), set for the syllables some table word ends
 * in. Most words end in a syllable no table word ends in, and are answered without hashing their
 * text or walking a Map.
 */
const HANGUL_FIRST = 0xac00;
const HANGUL_LAST = 0xd7a3;

/** One bit per Hangul syllable; codes outside the syllables are never set, and answer `outside`. */
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

/** A word table (a set, or a map's keys) behind its last syllables' bits. */
export class WordSet {
  private readonly ends = new HangulBits(true);

  constructor(private readonly words: ReadonlySet<string> | ReadonlyMap<string, unknown>) {
    for (const word of words.keys()) this.ends.set(word.charCodeAt(word.length - 1));
  }

  has(word: string): boolean {
    return this.mayHold(word) && this.words.has(word);
  }

  /** False when no word of the table ends as `word` does. */
  mayHold(word: string): boolean {
    return this.ends.has(word.charCodeAt(word.length - 1));
  }
}
