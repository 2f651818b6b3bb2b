/**
 * A trie over code points laid out flat in typed arrays. The gazetteer scan steps into it at
 * nearly every word of every article, right after morphology has filled the caches with its
 * own data; a trie of one object and one Map per node spread over megabytes missed the cache at
 * almost every step, while these arrays take a few hundred kilobytes.
 */

/** No node: a walk has left the trie. */
export const NO_NODE = -1;

/** Up to this many children a node is searched linearly, beyond it by bisection. */
const LINEAR = 8;

interface BuildNode<T> {
  terminal: T | undefined;
  next: Map<number, BuildNode<T>>;
}

/** A trie's typed arrays: what a snapshot stores and worker threads share. */
export interface CodeTrieArrays {
  edgeStart: Int32Array;
  edgeCode: Int32Array;
  /** The root's children by BMP code unit, plus one (0: none); the root is the widest node. */
  rootIndex: Int32Array;
}

export class CodeTrie<T> {
  /**
   * Children of node `n` are the edges `edgeStart[n]` up to `edgeStart[n + 1]`, by code. Nodes
   * are numbered breadth first, the root 0, so edge `e` leads to node `e + 1`: no array of
   * children is needed (a snapshot reads 160 KB less at every start).
   */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Int32Array;
  private readonly rootIndex: Int32Array;

  private readonly terminalAt: (node: number) => T | undefined;

  /**
   * A trie over arrays made by `build` (or read from a snapshot), with each node's value: an
   * array, or a function that makes the value when a walk first reaches its node.
   */
  constructor(
    arrays: CodeTrieArrays,
    terminals: readonly (T | undefined)[] | ((node: number) => T | undefined),
  ) {
    this.edgeStart = arrays.edgeStart;
    this.edgeCode = arrays.edgeCode;
    this.rootIndex = arrays.rootIndex;
    this.terminalAt = typeof terminals === 'function' ? terminals : (node) => terminals[node];
  }

  /** A trie of `keys` (each a sequence of codes) with the value each one ends at. */
  static build<T>(keys: Iterable<[codes: number[], terminal: T]>): CodeTrie<T> {
    const root: BuildNode<T> = { terminal: undefined, next: new Map() };
    let edges = 0;
    for (const [codes, terminal] of keys) {
      let node = root;
      for (const code of codes) {
        let child = node.next.get(code);
        if (!child) {
          child = { terminal: undefined, next: new Map() };
          node.next.set(code, child);
          edges++;
        }
        node = child;
      }
      node.terminal = terminal;
    }
    // breadth first, so that the children of each node get consecutive numbers
    const edgeStart = new Int32Array(edges + 2);
    const edgeCode = new Int32Array(edges);
    const rootIndex = new Int32Array(0x10000);
    const terminals: (T | undefined)[] = [];
    const queue: BuildNode<T>[] = [root];
    let e = 0;
    for (let n = 0; n < queue.length; n++) {
      const node = queue[n];
      terminals.push(node.terminal);
      edgeStart[n] = e;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        queue.push(node.next.get(code)!);
        edgeCode[e] = code;
        if (n === 0 && code >= 0 && code <= 0xffff) rootIndex[code] = queue.length;
        e++;
      }
    }
    edgeStart[queue.length] = e;
    return new CodeTrie({ edgeStart, edgeCode, rootIndex }, terminals);
  }

  /**
   * The root's children by BMP code unit, from the edge arrays: a snapshot leaves these 256 KB
   * out (a few hundred of the 65,536 slots are set) and makes them when it is opened.
   */
  static rootIndexOf(edgeStart: Int32Array, edgeCode: Int32Array): Int32Array {
    const rootIndex = new Int32Array(0x10000);
    for (let e = edgeStart[0]; e < edgeStart[1]; e++) {
      const code = edgeCode[e];
      if (code >= 0 && code <= 0xffff) rootIndex[code] = e + 2;
    }
    return rootIndex;
  }

  /** The arrays and each node's value, for a snapshot. */
  parts(): { arrays: CodeTrieArrays; terminals: readonly (T | undefined)[] } {
    const { edgeStart, edgeCode, rootIndex } = this;
    const terminals = Array.from({ length: edgeStart.length - 1 }, (_, n) => this.terminalAt(n));
    return { arrays: { edgeStart, edgeCode, rootIndex }, terminals };
  }

  /** The node a key starting with `code` goes to from the root. */
  first(code: number): number {
    if (code >= 0 && code <= 0xffff) return this.rootIndex[code] - 1;
    return this.child(0, code);
  }

  child(node: number, code: number): number {
    let lo = this.edgeStart[node];
    let hi = this.edgeStart[node + 1];
    if (hi - lo <= LINEAR) {
      for (; lo < hi; lo++) if (this.edgeCode[lo] === code) return lo + 1;
      return NO_NODE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.edgeCode[mid];
      if (c === code) return mid + 1;
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return NO_NODE;
  }

  /** The value of the key ending at `node`, if one does. */
  terminal(node: number): T | undefined {
    return this.terminalAt(node);
  }

  /** A quick test of the first two codes of any key; see `StartFilter`. */
  startFilter(): StartFilter {
    const filter = new StartFilter();
    const rootEnd = this.edgeStart[1];
    for (let e = this.edgeStart[0]; e < rootEnd; e++) {
      const first = this.edgeCode[e];
      const node = e + 1;
      if (this.terminalAt(node) !== undefined) filter.addKey(first, NO_CODE);
      const end = this.edgeStart[node + 1];
      for (let f = this.edgeStart[node]; f < end; f++) filter.addKey(first, this.edgeCode[f]);
    }
    return filter;
  }
}

/** No second code: a key of one code, or the end of the text. */
export const NO_CODE = -1;

/**
 * One bit per hashed pair of first and second code of the keys (8 KB, which stays in the cache
 * while the trie's arrays do not): a scan asks it at every word start, and most words begin no
 * key, which it tells without a step into the trie. A pair it holds may still begin none (two
 * pairs can share a bit); a pair it does not hold begins none.
 */
export class StartFilter {
  /** A filter over `bits` made earlier (a snapshot's), or an empty one. */
  constructor(readonly bits: Uint32Array = new Uint32Array(StartFilter.WORDS)) {}

  /** The filter's size in 32-bit words. */
  static readonly WORDS = 1 << 11;

  addKey(first: number, second: number): void {
    const h = pairHash(first, second);
    this.bits[h >> 5] |= 1 << (h & 31);
  }

  /** False when no key starts with `first` then `second` (`NO_CODE`: nothing follows). */
  mayStart(first: number, second: number): boolean {
    const h = pairHash(first, second);
    return (this.bits[h >> 5] & (1 << (h & 31))) !== 0;
  }
}

function pairHash(first: number, second: number): number {
  return (Math.imul(first, 0x9e3779b1) ^ Math.imul(second + 2, 0x85ebca6b)) >>> 16;
}
