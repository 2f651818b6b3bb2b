/**
 * Longest-ending lookup in a table of word endings, built once as a trie of the endings read
 * backwards: a lookup walks the word from its last character and stops where no ending goes on,
 * without slicing or hashing strings. Most words end in a character no ending ends in and are
 * turned away at the first step.
 *
 * The trie is laid out flat (each node's children a run of a typed array, sorted by code), so
 * that a step is a few array reads instead of hashing the character into a Map per node.
 */
import { CodeFilter } from './word-set.js';

/** A table entry found at the end of a word; shared between lookups, not to be changed. */
export interface EndingHit<T> {
  readonly ending: string;
  readonly value: T;
}

interface BuildNode<T> {
  next: Map<number, BuildNode<T>>;
  hit: EndingHit<T> | undefined;
}

export class EndingTable<T> {
  /** The characters some ending ends in: most words are turned away by one bit. */
  private readonly lastCodes = new CodeFilter();
  /** Children of node `n` are the edges `edgeStart[n]` up to `edgeStart[n + 1]`; node 0 is the root. */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Uint16Array;
  private readonly edgeChild: Int32Array;
  /** The entry ending at each node, if one does. */
  private readonly hits: (EndingHit<T> | undefined)[] = [];

  constructor(table: Readonly<Record<string, T>>) {
    const root: BuildNode<T> = { next: new Map(), hit: undefined };
    let edges = 0;
    for (const [ending, value] of Object.entries(table)) {
      let node = root;
      for (let k = ending.length - 1; k >= 0; k--) {
        const code = ending.charCodeAt(k);
        let child = node.next.get(code);
        if (!child) {
          child = { next: new Map(), hit: undefined };
          node.next.set(code, child);
          edges++;
        }
        node = child;
      }
      node.hit = { ending, value };
    }
    // breadth first, so that the children of each node get consecutive numbers
    this.edgeStart = new Int32Array(edges + 2);
    this.edgeCode = new Uint16Array(edges);
    this.edgeChild = new Int32Array(edges);
    const queue: BuildNode<T>[] = [root];
    let e = 0;
    for (let n = 0; n < queue.length; n++) {
      const node = queue[n];
      this.hits.push(node.hit);
      this.edgeStart[n] = e;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        queue.push(node.next.get(code)!);
        this.edgeCode[e] = code;
        this.edgeChild[e] = queue.length - 1;
        e++;
      }
    }
    this.edgeStart[queue.length] = e;
    for (const code of root.next.keys()) this.lastCodes.set(code);
  }

  /** False when no entry can end `word` (no entry ends in its last character); a quick filter. */
  mayEnd(word: string): boolean {
    return this.lastCodes.has(word.charCodeAt(word.length - 1));
  }

  /** The node reached from `node` by `code`, or -1. */
  private child(node: number, code: number): number {
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    // the root has dozens of children, found by bisection; deeper nodes have a few
    while (hi - lo > 8) {
      const mid = (lo + hi) >> 1;
      // the child, if any, stays in lo..hi: below hi when mid holds it
      if (this.edgeCode[mid] < code) lo = mid + 1;
      else hi = mid + 1;
    }
    for (; lo < hi; lo++) if (this.edgeCode[lo] === code) return this.edgeChild[lo];
    return -1;
  }

  /** The longest ending of `word` in the table (shorter than `word` by at most `maxRest`). */
  longest(word: string, maxRest = Infinity): EndingHit<T> | undefined {
    if (!this.mayEnd(word)) return undefined;
    let node = this.child(0, word.charCodeAt(word.length - 1));
    if (node < 0) return undefined;
    let best = this.hits[node];
    for (let k = word.length - 2; k >= 0; k--) {
      node = this.child(node, word.charCodeAt(k));
      if (node < 0) break;
      const hit = this.hits[node];
      if (hit) best = hit;
    }
    // a shorter ending leaves a longer rest, so only the longest can fit `maxRest`
    return best && word.length - best.ending.length <= maxRest ? best : undefined;
  }
}
