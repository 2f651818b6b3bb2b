import { FeatureCache, type PrefixSearchable } from './lexicon.js';

/** A user word with everything the lattice needs, context ids already chosen. */
export interface CompiledUserWord {
  surface: string;
  feature: string;
  left: number;
  right: number;
  posid: number;
  cost: number;
}

const encoder = new TextEncoder();

/**
 * Words added at runtime, stored like a compiled dictionary (16-byte token records and NUL-
 * terminated features) so the lattice reads them like sys.dic; a byte trie replaces the double
 * array since these lists are small.
 */
export class UserWordLexicon implements PrefixSearchable {
  readonly tokenU16: Uint16Array;
  readonly tokenI16: Int16Array;
  readonly tokenU32: Uint32Array;
  readonly features: Uint8Array;
  /** Trie over UTF-8 bytes: children per node, and each node's token range (count 0: none). */
  private readonly children: Array<Map<number, number>> = [new Map()];
  private readonly firstToken: number[] = [0];
  private readonly tokenCount: number[] = [0];
  private readonly featureCache: FeatureCache;

  constructor(words: readonly CompiledUserWord[]) {
    // Homographs must be consecutive token records.
    const sorted = [...words].sort((a, b) =>
      a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0,
    );
    const records = new ArrayBuffer(Math.max(1, sorted.length) * 16);
    this.tokenU16 = new Uint16Array(records);
    this.tokenI16 = new Int16Array(records);
    this.tokenU32 = new Uint32Array(records);
    const featureBytes = sorted.map((w) => encoder.encode(w.feature));
    this.features = new Uint8Array(featureBytes.reduce((n, f) => n + f.length + 1, 0));
    let offset = 0;
    sorted.forEach((w, t) => {
      this.tokenU16[t * 8] = w.left;
      this.tokenU16[t * 8 + 1] = w.right;
      this.tokenU16[t * 8 + 2] = w.posid;
      this.tokenI16[t * 8 + 3] = w.cost;
      this.tokenU32[t * 4 + 2] = offset;
      this.features.set(featureBytes[t], offset);
      offset += featureBytes[t].length + 1;
      const node = this.insert(encoder.encode(w.surface));
      if (this.tokenCount[node] === 0) this.firstToken[node] = t;
      this.tokenCount[node]++;
    });
    this.featureCache = new FeatureCache(this);
  }

  feature(t: number): string {
    return this.featureCache.get(this.tokenU32[t * 4 + 2]);
  }

  featureEnd(offset: number): number {
    let end = offset;
    while (this.features[end] !== 0) end++;
    return end;
  }

  commonPrefixSearch(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
    let node = 0;
    let n = 0;
    for (let i = start; ; i++) {
      if (this.tokenCount[node] > 0 && n + 3 <= out.length) {
        out[n++] = this.firstToken[node];
        out[n++] = this.tokenCount[node];
        out[n++] = i - start;
      }
      if (i >= end) break;
      const next = this.children[node].get(bytes[i]);
      if (next === undefined) break;
      node = next;
    }
    return n / 3;
  }

  private insert(key: Uint8Array): number {
    let node = 0;
    for (const byte of key) {
      let next = this.children[node].get(byte);
      if (next === undefined) {
        next = this.children.length;
        this.children.push(new Map());
        this.firstToken.push(0);
        this.tokenCount.push(0);
        this.children[node].set(byte, next);
      }
      node = next;
    }
    return node;
  }
}
