import { SinmunError } from '../errors.js';
import type { ByteOutput } from './byte-output.js';
import { FeatureCache, type FeatureBytes, type PrefixSearchable } from './lexicon.js';

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

const MAGIC = 0x4c57_4d53; // "SMWL"
const VERSION = 1;
/** magic, version, tokens, nodes, edges, feature bytes (u32 each). */
const HEADER_BYTES = 24;

/** The flat arrays a `UserWordLexicon` is searched in, as stored by `toBytes`. */
interface Parts {
  /** MeCab's 16-byte token records. */
  tokens: Uint8Array;
  /** Per trie node: its edges are `edgeStart[node] … edgeStart[node + 1]`, sorted by byte. */
  edgeStart: Int32Array;
  edgeChild: Int32Array;
  edgeByte: Uint8Array;
  /** Per trie node: first token and number of homographs ending there (0: none). */
  firstToken: Int32Array;
  tokenCount: Int32Array;
  features: Uint8Array;
}

/**
 * Words added at runtime, stored like a compiled dictionary (16-byte token records and NUL-
 * terminated features) so the lattice reads them like sys.dic; a byte trie in flat arrays
 * replaces the double array. The arrays serialise as they are (`toBytes`), so a list known at
 * build time (the gazetteer's names) is compiled once and loaded as views, not rebuilt.
 */
export class UserWordLexicon implements PrefixSearchable, FeatureBytes {
  readonly tokenU16: Uint16Array;
  readonly tokenI16: Int16Array;
  readonly tokenU32: Uint32Array;
  readonly features: Uint8Array;
  private readonly edgeStart: Int32Array;
  private readonly edgeChild: Int32Array;
  private readonly edgeByte: Uint8Array;
  private readonly firstToken: Int32Array;
  private readonly tokenCount: Int32Array;
  private readonly featureCache: FeatureCache;
  /**
   * A filter in front of the trie, which the analysis searches at every character: one bit per
   * hashed pair of leading three-byte characters (Hangul, Hanja) of the words, and per first
   * character that some word does not follow with a second one (`loose`: the trie decides).
   * One syllable alone would rule out a quarter of the positions in news text (the names begin
   * with most common syllables); pairs rule out 86% (20 articles, 17,756 searches).
   */
  private readonly pairs = new Uint8Array(1 << 13);
  private readonly loose = new Uint8Array(1 << 13);

  private constructor(private readonly parts: Parts) {
    const t = parts.tokens;
    this.tokenU16 = new Uint16Array(t.buffer, t.byteOffset, t.byteLength / 2);
    this.tokenI16 = new Int16Array(t.buffer, t.byteOffset, t.byteLength / 2);
    this.tokenU32 = new Uint32Array(t.buffer, t.byteOffset, t.byteLength / 4);
    this.features = parts.features;
    this.edgeStart = parts.edgeStart;
    this.edgeChild = parts.edgeChild;
    this.edgeByte = parts.edgeByte;
    this.firstToken = parts.firstToken;
    this.tokenCount = parts.tokenCount;
    this.featureCache = new FeatureCache(this);
    this.markPairs();
  }

  private markPairs(): void {
    const { edgeStart: at, edgeByte: byte, edgeChild: child, tokenCount, pairs, loose } = this;
    // Down the trie by whole characters: b0 b1 b2 make c1, b3 b4 b5 make c2.
    for (let e0 = at[0]; e0 < at[1]; e0++) {
      if (!isThreeByteLead(byte[e0])) continue;
      const n1 = child[e0];
      for (let e1 = at[n1]; e1 < at[n1 + 1]; e1++) {
        const n2 = child[e1];
        for (let e2 = at[n2]; e2 < at[n2 + 1]; e2++) {
          const c1 = threeByteChar(byte[e0], byte[e1], byte[e2]);
          const n3 = child[e2];
          if (tokenCount[n3] > 0) setBit(loose, c1);
          for (let e3 = at[n3]; e3 < at[n3 + 1]; e3++) {
            const n4 = child[e3];
            if (!isThreeByteLead(byte[e3]) || tokenCount[n4] > 0) {
              setBit(loose, c1);
              continue;
            }
            for (let e4 = at[n4]; e4 < at[n4 + 1]; e4++) {
              const n5 = child[e4];
              if (tokenCount[n5] > 0) setBit(loose, c1);
              for (let e5 = at[n5]; e5 < at[n5 + 1]; e5++) {
                setBit(pairs, pairHash(c1, threeByteChar(byte[e3], byte[e4], byte[e5])));
              }
            }
          }
        }
      }
    }
  }

  static build(words: readonly CompiledUserWord[]): UserWordLexicon {
    // Homographs must be consecutive token records.
    const sorted = [...words].sort((a, b) =>
      a.surface < b.surface ? -1 : a.surface > b.surface ? 1 : 0,
    );
    const tokens = new Uint8Array(sorted.length * 16);
    const u16 = new Uint16Array(tokens.buffer);
    const i16 = new Int16Array(tokens.buffer);
    const u32 = new Uint32Array(tokens.buffer);
    const featureBytes = sorted.map((w) => encoder.encode(w.feature));
    const features = new Uint8Array(featureBytes.reduce((n, f) => n + f.length + 1, 0));
    // The trie built with maps, then laid out flat, children in byte order.
    const children: Array<Map<number, number>> = [new Map()];
    const first: number[] = [0];
    const count: number[] = [0];
    let offset = 0;
    sorted.forEach((w, t) => {
      u16[t * 8] = w.left;
      u16[t * 8 + 1] = w.right;
      u16[t * 8 + 2] = w.posid;
      i16[t * 8 + 3] = w.cost;
      u32[t * 4 + 2] = offset;
      features.set(featureBytes[t], offset);
      offset += featureBytes[t].length + 1;
      let node = 0;
      for (const byte of encoder.encode(w.surface)) {
        let next = children[node].get(byte);
        if (next === undefined) {
          next = children.length;
          children.push(new Map());
          first.push(0);
          count.push(0);
          children[node].set(byte, next);
        }
        node = next;
      }
      if (count[node] === 0) first[node] = t;
      count[node]++;
    });
    const nodes = children.length;
    const edgeStart = new Int32Array(nodes + 1);
    const edgeChild = new Int32Array(nodes - 1);
    const edgeByte = new Uint8Array(nodes - 1);
    let e = 0;
    for (let node = 0; node < nodes; node++) {
      edgeStart[node] = e;
      for (const [byte, child] of [...children[node]].sort((a, b) => a[0] - b[0])) {
        edgeByte[e] = byte;
        edgeChild[e++] = child;
      }
    }
    edgeStart[nodes] = e;
    return new UserWordLexicon({
      tokens,
      edgeStart,
      edgeChild,
      edgeByte,
      firstToken: Int32Array.from(first),
      tokenCount: Int32Array.from(count),
      features,
    });
  }

  /** The lexicon's arrays as one buffer, for `fromBytes` (int32 sections first, aligned). */
  toBytes(): Uint8Array {
    const p = this.parts;
    const nodes = p.firstToken.length;
    const edges = p.edgeChild.length;
    const sections = [
      p.tokens,
      p.edgeStart,
      p.edgeChild,
      p.firstToken,
      p.tokenCount,
      p.edgeByte,
      p.features,
    ].map((a) => new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
    const out = new Uint8Array(HEADER_BYTES + sections.reduce((n, s) => n + s.length, 0));
    new Uint32Array(out.buffer, 0, HEADER_BYTES / 4).set([
      MAGIC,
      VERSION,
      p.tokens.length / 16,
      nodes,
      edges,
      p.features.length,
    ]);
    let at = HEADER_BYTES;
    for (const s of sections) {
      out.set(s, at);
      at += s.length;
    }
    return out;
  }

  /** Views over bytes written by `toBytes` (4-byte aligned, e.g. a whole file); nothing copied. */
  static fromBytes(bytes: Uint8Array): UserWordLexicon {
    const head = new Uint32Array(bytes.buffer, bytes.byteOffset, HEADER_BYTES / 4);
    const [magic, version, tokens, nodes, edges, featureBytes] = head;
    const size = HEADER_BYTES + tokens * 16 + (nodes + 1 + edges + 2 * nodes) * 4;
    if (magic !== MAGIC || version !== VERSION || bytes.length !== size + edges + featureBytes) {
      throw new SinmunError('INTERNAL', 'not a compiled word lexicon, or a truncated one');
    }
    let at = bytes.byteOffset + HEADER_BYTES;
    const take = (n: number): Int32Array => {
      const a = new Int32Array(bytes.buffer, at, n);
      at += n * 4;
      return a;
    };
    const tokenBytes = new Uint8Array(bytes.buffer, at, tokens * 16);
    at += tokens * 16;
    const edgeStart = take(nodes + 1);
    const edgeChild = take(edges);
    const firstToken = take(nodes);
    const tokenCount = take(nodes);
    const edgeByte = new Uint8Array(bytes.buffer, at, edges);
    const features = new Uint8Array(bytes.buffer, at + edges, featureBytes);
    return new UserWordLexicon({
      tokens: tokenBytes,
      edgeStart,
      edgeChild,
      edgeByte,
      firstToken,
      tokenCount,
      features,
    });
  }

  feature(t: number): string {
    return this.featureCache.get(this.tokenU32[t * 4 + 2]);
  }

  appendFeature(t: number, out: ByteOutput): void {
    const offset = this.tokenU32[t * 4 + 2];
    out.append(this.features, offset, this.featureEnd(offset));
  }

  featureEnd(offset: number): number {
    let end = offset;
    while (this.features[end] !== 0) end++;
    return end;
  }

  commonPrefixSearch(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
    const { edgeStart, edgeByte, edgeChild, firstToken, tokenCount } = this;
    if (isThreeByteLead(bytes[start]) && start + 2 < end) {
      const c1 = threeByteChar(bytes[start], bytes[start + 1], bytes[start + 2]);
      if (!hasBit(this.loose, c1)) {
        // Every word that begins with c1 goes on with a second three-byte character.
        if (!(isThreeByteLead(bytes[start + 3]) && start + 5 < end)) return 0;
        const c2 = threeByteChar(bytes[start + 3], bytes[start + 4], bytes[start + 5]);
        if (!hasBit(this.pairs, pairHash(c1, c2))) return 0;
      }
    }
    let node = 0;
    let n = 0;
    for (let i = start; ; i++) {
      if (tokenCount[node] > 0 && n + 3 <= out.length) {
        out[n++] = firstToken[node];
        out[n++] = tokenCount[node];
        out[n++] = i - start;
      }
      if (i >= end) break;
      // Binary search of the node's edges, sorted by byte.
      const byte = bytes[i];
      let lo = edgeStart[node];
      let hi = edgeStart[node + 1];
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (edgeByte[mid] < byte) lo = mid + 1;
        else hi = mid;
      }
      if (lo === edgeStart[node + 1] || edgeByte[lo] !== byte) break;
      node = edgeChild[lo];
    }
    return n / 3;
  }
}

function isThreeByteLead(b: number): boolean {
  return (b & 0xf0) === 0xe0;
}

/** The code point of a three-byte UTF-8 sequence (any bytes map somewhere: a key, not a decoder). */
function threeByteChar(b0: number, b1: number, b2: number): number {
  return ((b0 & 0x0f) << 12) | ((b1 & 0x3f) << 6) | (b2 & 0x3f);
}

/** Two characters to 16 bits. */
function pairHash(c1: number, c2: number): number {
  return Math.imul(c1 ^ (c2 << 16), 0x9e3779b1) >>> 16;
}

function setBit(bits: Uint8Array, i: number): void {
  bits[i >>> 3] |= 1 << (i & 7);
}

function hasBit(bits: Uint8Array, i: number): boolean {
  return (bits[i >>> 3] & (1 << (i & 7))) !== 0;
}
