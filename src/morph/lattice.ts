import {
  charDefaultType,
  charGroup,
  charInvoke,
  charLength,
  type CharProperty,
} from './char-property.js';
import type { Dictionary } from './dictionary.js';
import type { PrefixSearchable } from './lexicon.js';

const TYPE_MASK = 0x3ffff;
/** MeCab's `max-grouping-size`: longest run, after its first character, grouped as one unknown. */
const MAX_GROUPING_SIZE = 24;
/** MeCab looks no further than this many bytes from a position. */
const MAX_LOOKUP_BYTES = 65535;
/** Stamps count up per position; past this (a gigabyte of text) the stamp arrays start over. */
const STAMP_LIMIT = 0x3fffffff;

/**
 * The best path found by `Lattice.analyze`, as parallel arrays: byte range of each morpheme,
 * the source it came from (index into `Lattice.sources`) and its token index there.
 */
export interface LatticePath {
  length: number;
  start: Int32Array;
  end: Int32Array;
  source: Int32Array;
  token: Int32Array;
}

/**
 * MeCab 0.996's lattice and Viterbi search over the UTF-8 bytes of one line, reproducing its
 * output exactly: the same candidate nodes, visited in the same order, with the same strict `<`
 * tie-breaking. Nodes live in preallocated struct-of-arrays storage reused across calls.
 */
export class Lattice {
  /** Token sources: the system lexicon, then user lexicons, then unk.dic (the last one). */
  readonly sources: PrefixSearchable[];
  private readonly lexiconCount: number;
  private readonly unkSource: number;
  private readonly chars: Uint32Array;
  private readonly spaceInfo: number;
  private readonly matrix: Int16Array;
  private readonly matrixRows: Uint8Array;
  private readonly dict: Dictionary;
  private readonly lsize: number;
  private readonly penalty: Int32Array | null;
  private readonly unknownFirst: Int32Array;
  private readonly unknownCount: Int32Array;

  private cap = 0;
  private nLeft = new Int32Array(0);
  private nRight = new Int32Array(0);
  private nWcost = new Int32Array(0);
  private nCost = new Float64Array(0);
  private nPrev = new Int32Array(0);
  private nNext = new Int32Array(0);
  private nStart = new Int32Array(0);
  private nEnd = new Int32Array(0);
  private nSource = new Int32Array(0);
  private nToken = new Int32Array(0);
  private n = 0;
  private endHead = new Int32Array(0);
  private readonly results = new Int32Array(3 * 1024);
  /**
   * The end list of one position, compacted by `compactEnds`: cost, right id, node. As long as
   * the node arrays, so never too short.
   */
  private cCost = new Float64Array(0);
  private cRight = new Int32Array(0);
  private cNode = new Int32Array(0);
  /** Per right id: the stamp of the last `compactEnds` that met it, and its kept node's index. */
  private readonly rightSeen: Int32Array;
  private readonly rightSlot: Int32Array;
  private rightStamp = 0;
  /** Per left id: the stamp of the last `connect` that scanned for it, and the scan's result. */
  private readonly leftSeen: Int32Array;
  private readonly leftBest: Float64Array;
  private readonly leftPrev: Int32Array;
  private leftStamp = 0;
  /** Byte length of the character decoded by the last `charInfoAt`. */
  private mblen = 0;
  private readonly path: LatticePath = {
    length: 0,
    start: new Int32Array(256),
    end: new Int32Array(256),
    source: new Int32Array(256),
    token: new Int32Array(256),
  };

  constructor(dict: Dictionary, userLexicons: readonly PrefixSearchable[], spacePenalty: boolean) {
    this.sources = [dict.sys, ...userLexicons, dict.unk];
    this.lexiconCount = 1 + userLexicons.length;
    this.unkSource = this.lexiconCount;
    const chars: CharProperty = dict.chars;
    this.chars = chars.table;
    this.spaceInfo = chars.info(0x20);
    this.matrix = dict.matrix;
    this.matrixRows = dict.matrixRows;
    this.dict = dict;
    this.lsize = dict.lsize;
    this.penalty = spacePenalty ? dict.spacePenalty : null;
    this.unknownFirst = Int32Array.from(dict.unknownByCategory, (u) => u.first);
    this.unknownCount = Int32Array.from(dict.unknownByCategory, (u) => u.count);
    this.rightSeen = new Int32Array(dict.lsize);
    this.rightSlot = new Int32Array(dict.lsize);
    this.leftSeen = new Int32Array(dict.rsize);
    this.leftBest = new Float64Array(dict.rsize);
    this.leftPrev = new Int32Array(dict.rsize);
    this.grow(1 << 14);
  }

  /** Finds the best path through `bytes[0, len)`; the result is reused by the next call. */
  analyze(bytes: Uint8Array, len: number): LatticePath {
    if (this.endHead.length < len + 1) this.endHead = new Int32Array(Math.max(len + 1, 1024) * 2);
    const endHead = this.endHead;
    endHead.fill(-1, 0, len + 1);
    // Node 0 is BOS: context id 0, cost 0.
    this.n = 1;
    this.nRight[0] = 0;
    this.nCost[0] = 0;
    this.nNext[0] = -1;
    this.nPrev[0] = -1;
    endHead[0] = 0;

    for (let pos = 0; pos < len; pos++) {
      if (endHead[pos] < 0) continue;
      const first = this.n;
      this.lookup(bytes, pos, len - pos >= MAX_LOOKUP_BYTES ? pos + MAX_LOOKUP_BYTES : len);
      this.connect(pos, first);
    }
    return this.bestPath(len);
  }

  /** MeCab's Tokenizer::lookup: the candidate nodes that start at `pos` (after white space). */
  private lookup(bytes: Uint8Array, pos: number, end: number): void {
    // Skip white space; like MeCab, each character must share a category with the one before.
    let c = this.spaceInfo;
    let p = pos;
    let info = 0;
    let mblen = 0;
    while (p !== end) {
      info = this.charInfoAt(bytes, p, end);
      mblen = this.mblen;
      if ((c & info & TYPE_MASK) === 0) break;
      p += mblen;
      c = info;
    }
    // Only white space is left: MeCab's node here would end past the line and never be used.
    if (p === end) return;

    const before = this.n;
    const results = this.results;
    for (let s = 0; s < this.lexiconCount; s++) {
      const k = this.sources[s].commonPrefixSearch(bytes, p, end, results);
      for (let i = 0; i < k; i++) {
        const firstToken = results[i * 3];
        const count = results[i * 3 + 1];
        const tokenEnd = p + results[i * 3 + 2];
        for (let j = 0; j < count; j++) this.addNode(s, firstToken + j, pos, p, tokenEnd);
      }
    }
    if (this.n !== before && !charInvoke(info)) return;

    const category = charDefaultType(info);
    let begin3 = p + mblen;
    if (begin3 > end) return;
    let groupEnd = -1;
    if (charGroup(info)) {
      // The run of characters of the same type; again each one is compared with the one before.
      // MeCab seeks to the end of the run from every position, which is quadratic in a long run
      // (a line of digits, unspaced Hangul). Only two facts are used: whether the run is at most
      // MAX_GROUPING_SIZE long, and whether `begin3` below meets its end. `begin3` moves at most
      // 15 characters (a 4-bit length), so a run known to exceed the grouping size cannot end
      // where it could meet it: stopping the scan there gives MeCab's nodes exactly.
      let prev = info;
      let q = begin3;
      let clen = 0;
      while (q !== end && clen <= MAX_GROUPING_SIZE) {
        const next = this.charInfoAt(bytes, q, end);
        if ((prev & next & TYPE_MASK) === 0) break;
        q += this.mblen;
        clen++;
        prev = next;
      }
      if (clen <= MAX_GROUPING_SIZE) this.addUnknown(category, pos, p, q);
      groupEnd = q;
    }
    const maxLength = charLength(info);
    for (let i = 1; i <= maxLength; i++) {
      // MeCab `continue`s here without advancing, which ends the loop in effect.
      if (begin3 > end || begin3 === groupEnd) break;
      this.addUnknown(category, pos, p, begin3);
      if (begin3 === end) break;
      const next = this.charInfoAt(bytes, begin3, end);
      if ((info & next & TYPE_MASK) === 0) break;
      begin3 += this.mblen;
    }
    if (this.n === before) this.addUnknown(category, pos, p, p + mblen);
  }

  /** MeCab's utf8_to_ucs2 followed by the char.bin lookup; sets `mblen`. */
  private charInfoAt(bytes: Uint8Array, p: number, end: number): number {
    const b0 = bytes[p];
    const left = end - p;
    let code = 0;
    if (b0 < 0x80) {
      this.mblen = 1;
      code = b0;
    } else if (left >= 2 && (b0 & 0xe0) === 0xc0) {
      this.mblen = 2;
      code = ((b0 & 0x1f) << 6) | (bytes[p + 1] & 0x3f);
    } else if (left >= 3 && (b0 & 0xf0) === 0xe0) {
      this.mblen = 3;
      code = ((b0 & 0x0f) << 12) | ((bytes[p + 1] & 0x3f) << 6) | (bytes[p + 2] & 0x3f);
    } else if (left >= 4 && (b0 & 0xf8) === 0xf0) {
      this.mblen = 4;
    } else if (left >= 5 && (b0 & 0xfc) === 0xf8) {
      this.mblen = 5;
    } else if (left >= 6 && (b0 & 0xfe) === 0xfc) {
      this.mblen = 6;
    } else {
      this.mblen = 1;
    }
    return code < 0xffff ? this.chars[code] : this.chars[0];
  }

  private addUnknown(category: number, pos: number, start: number, end: number): void {
    const first = this.unknownFirst[category];
    const count = this.unknownCount[category];
    for (let k = 0; k < count; k++) this.addNode(this.unkSource, first + k, pos, start, end);
  }

  private addNode(source: number, token: number, pos: number, start: number, end: number): void {
    if (this.n === this.cap) this.grow(this.cap * 2);
    const lex = this.sources[source];
    const u16 = lex.tokenU16;
    const i = this.n++;
    this.nLeft[i] = u16[token * 8];
    this.nRight[i] = u16[token * 8 + 1];
    let wcost = lex.tokenI16[token * 8 + 3];
    if (this.penalty !== null && start > pos) wcost += this.penalty[u16[token * 8 + 2]];
    this.nWcost[i] = wcost;
    this.nStart[i] = start;
    this.nEnd[i] = end;
    this.nSource[i] = source;
    this.nToken[i] = token;
  }

  /**
   * MeCab's connect: new nodes in the reverse of the order they were added, each against the
   * nodes ending at `pos` in the reverse of the order they were stored; the first minimum wins.
   *
   * The same answer with less work, in two steps that each keep that tie-break exactly:
   *
   * 1. The scan depends on the new node only through its left id (the matrix row), so new nodes
   *    with the same left id share one scan (`leftSeen`/`leftBest`/`leftPrev`, stamped per call).
   *
   * 2. The scan runs over the nodes ending at `pos` with at most one node per right
   *    id. A node `l` costs `nCost[l] + matrix[nRight[l] + row]`; within one right id the matrix
   *    term is the same for every row, so the node with the least `nCost` — on a tie the first
   *    in scan order — is at least as cheap as the others and comes no later, and those others
   *    can never be the first minimum: drop them. For the kept ones to win the same ties as in
   *    the full scan, they must stay in the order of their own positions in the scan (not of
   *    their right id's first node, which may be a dearer one): MeCab's winner is the first node
   *    of the full scan with the least total; every node with that total is the cheapest of its
   *    right id, so the winner is the kept node of its right id that comes first in scan order —
   *    exactly what a strict `<` over the kept nodes in that order picks. `compactEnds` does it
   *    in one pass (tests/morph/connect.test.ts checks this against the full scan).
   */
  private connect(pos: number, first: number): void {
    const { nLeft, nCost, nNext, nPrev, nWcost, nEnd, endHead } = this;
    const { leftSeen, leftBest, leftPrev } = this;
    const m = this.compactEnds(endHead[pos]);
    const { cCost, cRight, cNode, matrix, matrixRows } = this;
    const lsize = this.lsize;
    if (this.leftStamp === STAMP_LIMIT) {
      this.leftSeen.fill(0);
      this.leftStamp = 0;
    }
    const stamp = ++this.leftStamp;
    for (let r = this.n - 1; r >= first; r--) {
      const left = nLeft[r];
      let best: number;
      let bestLeft: number;
      if (leftSeen[left] === stamp) {
        best = leftBest[left];
        bestLeft = leftPrev[left];
      } else {
        if (matrixRows[left] === 0) this.dict.ensureMatrixRow(left);
        const row = lsize * left;
        best = Infinity;
        bestLeft = -1;
        for (let k = 0; k < m; k++) {
          const cost = cCost[k] + matrix[cRight[k] + row];
          if (cost < best) {
            best = cost;
            bestLeft = cNode[k];
          }
        }
        leftSeen[left] = stamp;
        leftBest[left] = best;
        leftPrev[left] = bestLeft;
      }
      nCost[r] = best + nWcost[r];
      nPrev[r] = bestLeft;
      const x = nEnd[r];
      nNext[r] = endHead[x];
      endHead[x] = r;
    }
  }

  /**
   * Fills `cCost`/`cRight`/`cNode` with the nodes of the end list starting at `head` that can
   * win a scan (see `connect`), in scan order; returns their number. One pass: a node of a right
   * id already kept is dropped if it costs as much or more (it comes later), and otherwise
   * replaces the kept one, which is marked at cost Infinity (it can no longer be the first
   * minimum) while the cheaper one is kept at its own place; marked ones are then squeezed out.
   */
  private compactEnds(head: number): number {
    const { nCost, nRight, nNext, rightSeen, rightSlot, cCost, cRight, cNode } = this;
    if (this.rightStamp === STAMP_LIMIT) {
      rightSeen.fill(0);
      this.rightStamp = 0;
    }
    const seen = ++this.rightStamp;
    let m = 0;
    let replaced = 0;
    for (let l = head; l >= 0; l = nNext[l]) {
      const right = nRight[l];
      const cost = nCost[l];
      if (rightSeen[right] === seen) {
        const kept = rightSlot[right];
        if (!(cost < cCost[kept])) continue;
        cCost[kept] = Infinity;
        replaced++;
      } else {
        rightSeen[right] = seen;
      }
      rightSlot[right] = m;
      cCost[m] = cost;
      cRight[m] = right;
      cNode[m++] = l;
    }
    if (replaced === 0) return m;
    let kept = 0;
    for (let k = 0; k < m; k++) {
      if (cCost[k] === Infinity) continue;
      cCost[kept] = cCost[k];
      cRight[kept] = cRight[k];
      cNode[kept++] = cNode[k];
    }
    return kept;
  }

  /** EOS connects from the last position any node ends at; then follow the back-pointers. */
  private bestPath(len: number): LatticePath {
    const { nRight, nCost, nNext, nPrev, endHead, matrix } = this;
    let pos = len;
    while (pos > 0 && endHead[pos] < 0) pos--;
    let best = Infinity;
    let node = -1;
    for (let l = endHead[pos]; l >= 0; l = nNext[l]) {
      const cost = nCost[l] + matrix[nRight[l]];
      if (cost < best) {
        best = cost;
        node = l;
      }
    }
    let count = 0;
    for (let i = node; i > 0; i = nPrev[i]) count++;
    const path = this.path;
    if (path.start.length < count) {
      const size = count * 2;
      path.start = new Int32Array(size);
      path.end = new Int32Array(size);
      path.source = new Int32Array(size);
      path.token = new Int32Array(size);
    }
    path.length = count;
    for (let i = node, k = count - 1; i > 0; i = nPrev[i], k--) {
      path.start[k] = this.nStart[i];
      path.end[k] = this.nEnd[i];
      path.source[k] = this.nSource[i];
      path.token[k] = this.nToken[i];
    }
    return path;
  }

  private grow(cap: number): void {
    const n = this.n;
    const i32 = (old: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> => {
      const next = new Int32Array(cap);
      next.set(old.subarray(0, n));
      return next;
    };
    const cost = new Float64Array(cap);
    cost.set(this.nCost.subarray(0, n));
    this.nCost = cost;
    this.nLeft = i32(this.nLeft);
    this.nRight = i32(this.nRight);
    this.nWcost = i32(this.nWcost);
    this.nPrev = i32(this.nPrev);
    this.nNext = i32(this.nNext);
    this.nStart = i32(this.nStart);
    this.nEnd = i32(this.nEnd);
    this.nSource = i32(this.nSource);
    this.nToken = i32(this.nToken);
    this.cCost = new Float64Array(cap);
    this.cRight = new Int32Array(cap);
    this.cNode = new Int32Array(cap);
    this.cap = cap;
  }
}
