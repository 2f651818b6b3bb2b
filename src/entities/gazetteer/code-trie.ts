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

export class CodeTrie<T> {
  /** Children of node `n` are the edges `edgeStart[n]` up to `edgeStart[n + 1]`, by code. */
  private readonly edgeStart: Int32Array;
  private readonly edgeCode: Int32Array;
  private readonly edgeChild: Int32Array;
  /** The root's children by BMP code unit, plus one (0: none); the root is the widest node. */
  private readonly rootIndex = new Int32Array(0x10000);
  private readonly terminals: (T | undefined)[] = [];

  /** A trie of `keys` (each a sequence of codes) with the value each one ends at. */
  constructor(keys: Iterable<[codes: number[], terminal: T]>) {
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
    this.edgeStart = new Int32Array(edges + 2);
    this.edgeCode = new Int32Array(edges);
    this.edgeChild = new Int32Array(edges);
    const queue: BuildNode<T>[] = [root];
    let e = 0;
    for (let n = 0; n < queue.length; n++) {
      const node = queue[n];
      this.terminals.push(node.terminal);
      this.edgeStart[n] = e;
      for (const code of [...node.next.keys()].sort((a, b) => a - b)) {
        queue.push(node.next.get(code)!);
        this.edgeCode[e] = code;
        this.edgeChild[e] = queue.length - 1;
        if (n === 0 && code >= 0 && code <= 0xffff) this.rootIndex[code] = queue.length;
        e++;
      }
    }
    this.edgeStart[queue.length] = e;
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
      for (; lo < hi; lo++) if (this.edgeCode[lo] === code) return this.edgeChild[lo];
      return NO_NODE;
    }
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      const c = this.edgeCode[mid];
      if (c === code) return this.edgeChild[mid];
      if (c < code) lo = mid + 1;
      else hi = mid;
    }
    return NO_NODE;
  }

  /** The value of the key ending at `node`, if one does. */
  terminal(node: number): T | undefined {
    return this.terminals[node];
  }
}
