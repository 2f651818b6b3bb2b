import { describe, expect, it } from 'vitest';
import type { Dictionary } from '../../src/morph/dictionary.js';
import { Lattice } from '../../src/morph/lattice.js';
import type { PrefixSearchable } from '../../src/morph/lexicon.js';

/**
 * The lattice's connect shares one scan per left id and scans the nodes ending at a position
 * compacted to one per right id. Both must pick exactly the predecessor MeCab's full scan picks,
 * ties included. Here random lattices with costs drawn from a handful of values (ties
 * everywhere) are solved by `Lattice` and by a plain transcription of MeCab's connect, and the
 * paths must be the same.
 */

/** A small deterministic generator (mulberry32), so that a failure can be replayed. */
function random(seed: number): () => number {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ALPHABET = 'abc';
const MAX_KEY = 3;

interface World {
  dict: Dictionary;
  sys: PrefixSearchable;
  matrix: Int16Array;
  lsize: number;
}

/**
 * A dictionary whose keys are every string of 1…3 letters over `ALPHABET`, each with 1…3
 * homographs of random context ids below `ids` and costs below `costs`; matrix entries below
 * `links`. White space is its own category, so that no letter is skipped.
 */
function world(seed: number, ids: number, costs: number, links: number): World {
  const rand = random(seed);
  const pick = (n: number): number => Math.floor(rand() * n);
  const keys: string[] = [];
  const grow = (prefix: string): void => {
    if (prefix.length === MAX_KEY) return;
    for (const c of ALPHABET) {
      keys.push(prefix + c);
      grow(prefix + c);
    }
  };
  grow('');
  keys.sort();
  const first = new Map<string, [number, number]>();
  const records: number[][] = [];
  for (const key of keys) {
    const count = 1 + pick(3);
    first.set(key, [records.length, count]);
    for (let h = 0; h < count; h++) records.push([pick(ids), pick(ids), pick(costs)]);
  }
  const table = (rows: number[][]): PrefixSearchable => {
    const tokenU16 = new Uint16Array(rows.length * 8);
    const tokenI16 = new Int16Array(tokenU16.buffer);
    rows.forEach(([left, right, cost], t) => {
      tokenU16[t * 8] = left;
      tokenU16[t * 8 + 1] = right;
      tokenI16[t * 8 + 3] = cost;
    });
    return {
      tokenU16,
      tokenI16,
      tokenU32: new Uint32Array(tokenU16.buffer),
      feature: () => '',
      appendFeature: () => {},
      commonPrefixSearch(bytes, start, end, out) {
        let n = 0;
        for (let len = 1; len <= MAX_KEY && start + len <= end; len++) {
          const hit = first.get(String.fromCharCode(...bytes.subarray(start, start + len)));
          if (!hit) break;
          out[n++] = hit[0];
          out[n++] = hit[1];
          out[n++] = len;
        }
        return n / 3;
      },
    };
  };
  const sys = table(records);
  const unk = table([[0, 0, 0]]);
  unk.commonPrefixSearch = () => 0;
  const lsize = ids;
  const matrix = Int16Array.from({ length: ids * ids }, () => pick(links));
  const chars = new Uint32Array(0xffff).fill(1);
  chars[0x20] = 2 | (1 << 18);
  const dict = {
    sys,
    unk,
    chars: { table: chars, info: (code: number) => chars[code] },
    matrix,
    matrixRows: new Uint8Array(ids).fill(1),
    lsize,
    rsize: ids,
    spacePenalty: new Int32Array(1),
    unknownByCategory: [
      { first: 0, count: 1 },
      { first: 0, count: 1 },
    ],
    ensureMatrixRow: () => undefined,
  } as unknown as Dictionary;
  return { dict, sys, matrix, lsize };
}

/**
 * MeCab's Viterbi as written: at each position, the new nodes in the reverse of the order they
 * were added, each scanning every node ending there, most recently stored first, keeping the
 * first minimum. Returns the token indices of the best path.
 */
function reference({ sys, matrix, lsize }: World, text: string): number[] {
  const bytes = new TextEncoder().encode(text);
  const len = bytes.length;
  const left: number[] = [0];
  const right: number[] = [0];
  const cost: number[] = [0];
  const prev: number[] = [-1];
  const token: number[] = [-1];
  const ends: number[][] = Array.from({ length: len + 1 }, () => []);
  ends[0].push(0);
  const out = new Int32Array(3 * 16);
  for (let pos = 0; pos < len; pos++) {
    if (ends[pos].length === 0) continue;
    const added: Array<[number, number]> = [];
    const k = sys.commonPrefixSearch(bytes, pos, len, out);
    for (let i = 0; i < k; i++) {
      for (let j = 0; j < out[i * 3 + 1]; j++) added.push([out[i * 3] + j, pos + out[i * 3 + 2]]);
    }
    for (let a = added.length - 1; a >= 0; a--) {
      const [t, end] = added[a];
      const l = sys.tokenU16[t * 8];
      let best = Infinity;
      let from = -1;
      for (let e = ends[pos].length - 1; e >= 0; e--) {
        const p = ends[pos][e];
        const c = cost[p] + matrix[right[p] + lsize * l];
        if (c < best) {
          best = c;
          from = p;
        }
      }
      const node = left.length;
      left.push(l);
      right.push(sys.tokenU16[t * 8 + 1]);
      cost.push(best + sys.tokenI16[t * 8 + 3]);
      prev.push(from);
      token.push(t);
      ends[end].push(node);
    }
  }
  let best = Infinity;
  let last = -1;
  for (let e = ends[len].length - 1; e >= 0; e--) {
    const p = ends[len][e];
    const c = cost[p] + matrix[right[p]];
    if (c < best) {
      best = c;
      last = p;
    }
  }
  const path: number[] = [];
  for (let n = last; n > 0; n = prev[n]) path.unshift(token[n]);
  return path;
}

function solve(lattice: Lattice, text: string): number[] {
  const bytes = new TextEncoder().encode(text);
  const path = lattice.analyze(bytes, bytes.length);
  return Array.from(path.token.subarray(0, path.length));
}

function randomText(rand: () => number, length: number): string {
  let s = '';
  for (let i = 0; i < length; i++) s += ALPHABET[Math.floor(rand() * ALPHABET.length)];
  return s;
}

describe('lattice connect (shared scans, compacted end lists)', () => {
  it('picks the same path as the full scan when costs tie everywhere', () => {
    for (let seed = 1; seed <= 40; seed++) {
      const w = world(seed, 6, 3, 2);
      const lattice = new Lattice(w.dict, [], false);
      const rand = random(seed * 7919);
      for (let i = 0; i < 25; i++) {
        const text = randomText(rand, 1 + Math.floor(rand() * 40));
        expect(solve(lattice, text), `seed ${seed}: ${text}`).toEqual(reference(w, text));
      }
    }
  });

  it('does so with many context ids (the packed cost table grows) and one long line', () => {
    const w = world(99, 700, 4, 3);
    const lattice = new Lattice(w.dict, [], false);
    const rand = random(4242);
    for (let i = 0; i < 30; i++) {
      const text = randomText(rand, 200 + Math.floor(rand() * 200));
      expect(solve(lattice, text)).toEqual(reference(w, text));
    }
    const long = randomText(rand, 20000);
    expect(solve(lattice, long)).toEqual(reference(w, long));
  });
});
