/**
 * Longest-ending lookup in a table of word endings, built once: most words end in a character
 * no table entry ends in and are turned away by one set lookup, without slicing strings.
 */
export class EndingTable<T> {
  private readonly lastChars = new Set<number>();
  private readonly lengths: number[];

  constructor(private readonly table: Readonly<Record<string, T>>) {
    const keys = Object.keys(table);
    for (const k of keys) this.lastChars.add(k.charCodeAt(k.length - 1));
    this.lengths = [...new Set(keys.map((k) => k.length))].sort((a, b) => b - a);
  }

  /** Whether some entry could end `word` (its last character ends one). */
  mayEnd(word: string): boolean {
    return this.lastChars.has(word.charCodeAt(word.length - 1));
  }

  /** The longest ending of `word` in the table (shorter than `word` by at most `maxRest`). */
  longest(word: string, maxRest = Infinity): { ending: string; value: T } | undefined {
    if (!this.lastChars.has(word.charCodeAt(word.length - 1))) return undefined;
    for (const len of this.lengths) {
      if (word.length < len || word.length - len > maxRest) continue;
      const ending = word.slice(word.length - len);
      const value = this.table[ending];
      if (value !== undefined) return { ending, value };
    }
    return undefined;
  }
}
