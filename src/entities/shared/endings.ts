/**
 * Longest-ending lookup in a table of word endings, built once as a trie of the endings read
 * backwards: a lookup walks the word from its last character and stops where no ending goes on,
 * without slicing or hashing strings. Most words end in a character no ending ends in and are
 * turned away at the first step.
 */
import { HangulBits } from './word-set.js';

/** A table entry found at the end of a word; shared between lookups, not to be changed. */
export interface EndingHit<T> {
  readonly ending: string;
  readonly value: T;
}

interface Node<T> {
  next: Map<number, Node<T>>;
  hit: EndingHit<T> | undefined;
}

export class EndingTable<T> {
  private readonly root: Node<T> = { next: new Map(), hit: undefined };
  /** The Hangul syllables some ending ends in: most words are turned away by one bit. */
  private readonly lastSyllables = new HangulBits(true);

  constructor(table: Readonly<Record<string, T>>) {
    for (const [ending, value] of Object.entries(table)) {
      let node = this.root;
      for (let k = ending.length - 1; k >= 0; k--) {
        const code = ending.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), hit: undefined };
          node.next.set(code, child);
        }
        node = child;
      }
      node.hit = { ending, value };
    }
    for (const code of this.root.next.keys()) this.lastSyllables.set(code);
  }

  /** Whether some entry could end `word` (its last character ends one). */
  mayEnd(word: string): boolean {
    return this.root.next.has(word.charCodeAt(word.length - 1));
  }

  /** The longest ending of `word` in the table (shorter than `word` by at most `maxRest`). */
  longest(word: string, maxRest = Infinity): EndingHit<T> | undefined {
    const last = word.charCodeAt(word.length - 1);
    if (!this.lastSyllables.has(last)) return undefined;
    const found = this.root.next.get(last);
    if (found === undefined) return undefined;
    let node: Node<T> = found;
    let best = node.hit;
    for (let k = word.length - 2; k >= 0; k--) {
      const child: Node<T> | undefined = node.next.get(word.charCodeAt(k));
      if (!child) break;
      node = child;
      if (node.hit) best = node.hit;
    }
    // a shorter ending leaves a longer rest, so only the longest can fit `maxRest`
    return best && word.length - best.ending.length <= maxRest ? best : undefined;
  }
}
