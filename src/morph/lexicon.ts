import { SinmunError } from '../errors.js';
import type { ByteOutput } from './byte-output.js';
import { FeatureStore } from './feature-store.js';
import { PAGE_SHIFT, type PagedFile } from './paged-file.js';

const HEADER_SIZE = 72;
const MAGIC = 0xef718f77;
/** Double-array units (8 bytes) per page, as a shift. */
const UNITS_SHIFT = PAGE_SHIFT - 3;

/** Dictionary kinds as stored in the header's `type` field. */
export const LexiconType = { system: 0, user: 1, unknown: 2 } as const;

/**
 * Where a lexicon's homographs live: per token, context ids, part-of-speech id, word cost and
 * the offset of its NUL-terminated feature string. The layout is MeCab's 16-byte token record,
 * read through typed views (u16 fields at 8t+0..2, the i16 cost at 8t+3, the u32 feature offset
 * at 4t+2).
 */
export interface TokenTable {
  readonly tokenU16: Uint16Array;
  readonly tokenI16: Int16Array;
  readonly tokenU32: Uint32Array;
  /** Decodes the feature string of token `t` (cached by offset). */
  feature(t: number): string;
  /** Appends the feature string of token `t` (without its NUL) to `out`. */
  appendFeature(t: number, out: ByteOutput): void;
}

/** Feature strings held in memory: NUL-terminated, at the offsets the token records give. */
export interface FeatureBytes {
  readonly features: Uint8Array;
  /** The end (the NUL) of the feature string at `offset` in `features`. */
  featureEnd(offset: number): number;
}

/** A lexicon that can be searched for every entry that is a prefix of the input at a position. */
export interface PrefixSearchable extends TokenTable {
  /**
   * Writes, for each key that is a prefix of `bytes[start, end)`, its first token index, its
   * homograph count and its byte length into `out` (triples), shortest first; returns the count.
   */
  commonPrefixSearch(bytes: Uint8Array, start: number, end: number, out: Int32Array): number;
}

const decoder = new TextDecoder('utf-8');

/** Feature strings decoded on demand and kept, since the same morphemes recur constantly. */
export class FeatureCache {
  private readonly cache = new Map<number, string>();
  constructor(private readonly table: FeatureBytes) {}

  get(offset: number): string {
    let s = this.cache.get(offset);
    if (s === undefined) {
      const end = this.table.featureEnd(offset);
      s = decoder.decode(this.table.features.subarray(offset, end));
      this.cache.set(offset, s);
    }
    return s;
  }
}

/**
 * A compiled MeCab dictionary file (`sys.dic`, `unk.dic` or a `user.dic`) read in place, its
 * pages read as the searches reach them (see `PagedFile`); feature strings are read one by one
 * into a `FeatureStore`.
 */
export class Lexicon implements PrefixSearchable {
  readonly type: number;
  readonly size: number;
  readonly lsize: number;
  readonly rsize: number;
  readonly tokenU16: Uint16Array;
  readonly tokenI16: Int16Array;
  readonly tokenU32: Uint32Array;
  /** The double array as interleaved `{ base, check }` pairs. */
  private readonly da: Int32Array;
  private readonly ready: Uint8Array;
  private readonly tokenStart: number;
  private readonly featureStore: FeatureStore;

  constructor(
    private readonly file: PagedFile,
    readonly name: string,
  ) {
    const bytes = file.bytes;
    if (bytes.byteLength < HEADER_SIZE) {
      throw new SinmunError('DICTIONARY_INVALID', `${name}: too short`);
    }
    file.ensure(0, HEADER_SIZE);
    const header = new DataView(bytes.buffer, bytes.byteOffset, HEADER_SIZE);
    const u32 = (i: number): number => header.getUint32(i * 4, true);
    if ((u32(0) ^ MAGIC) >>> 0 !== bytes.byteLength) {
      throw new SinmunError('DICTIONARY_INVALID', `${name}: bad magic number or truncated file`);
    }
    if (u32(1) !== 102) {
      throw new SinmunError('DICTIONARY_INVALID', `${name}: unsupported version ${u32(1)}`);
    }
    this.type = u32(2);
    this.size = u32(3);
    this.lsize = u32(4);
    this.rsize = u32(5);
    const dsize = u32(6);
    const tsize = u32(7);
    const fsize = u32(8);
    if (HEADER_SIZE + dsize + tsize + fsize !== bytes.byteLength || tsize !== this.size * 16) {
      throw new SinmunError('DICTIONARY_INVALID', `${name}: section sizes do not add up`);
    }
    const charset = decoder.decode(bytes.subarray(40, 72)).replace(/\0+$/, '').toLowerCase();
    if (charset !== 'utf-8' && charset !== 'utf8') {
      throw new SinmunError('DICTIONARY_INVALID', `${name}: charset ${charset}, expected UTF-8`);
    }
    const buf = bytes.buffer;
    this.da = new Int32Array(buf, HEADER_SIZE, dsize / 4);
    this.tokenStart = HEADER_SIZE + dsize;
    this.tokenU16 = new Uint16Array(buf, this.tokenStart, tsize / 2);
    this.tokenI16 = new Int16Array(buf, this.tokenStart, tsize / 2);
    this.tokenU32 = new Uint32Array(buf, this.tokenStart, tsize / 4);
    this.ready = file.ready;
    this.featureStore = new FeatureStore(file, this.tokenStart + tsize, fsize);
    file.ensure(HEADER_SIZE, HEADER_SIZE + 8);
  }

  /** The header's sizes and counts (40 bytes), which tell one compiled dictionary from another. */
  header(): Uint8Array {
    return this.file.bytes.subarray(0, 40);
  }

  feature(t: number): string {
    return this.featureStore.text(this.featureOffset(t));
  }

  appendFeature(t: number, out: ByteOutput): void {
    this.featureStore.append(this.featureOffset(t), out);
  }

  /**
   * The token's feature offset, its record made present first: a thread may be handed token
   * numbers another thread's search found (the staged pipeline), and where that thread mapped
   * the file while this one reads pages, no search here has read the record.
   */
  private featureOffset(t: number): number {
    const at = this.tokenStart + t * 16;
    this.file.ensure(at, at + 16);
    return this.tokenU32[t * 4 + 2];
  }

  commonPrefixSearch(bytes: Uint8Array, start: number, end: number, out: Int32Array): number {
    const da = this.da;
    const ready = this.ready;
    let b = da[0];
    let n = 0;
    for (let i = start; ; i++) {
      // Unit u sits at byte 8u + HEADER_SIZE = 8(u + 9) of the file: never across two pages.
      if (ready[(b + 9) >>> UNITS_SHIFT] === 0) this.file.load((b + 9) >>> UNITS_SHIFT);
      // A key ends here when the terminator transition (byte 0) leads back to b itself.
      const base = da[b * 2];
      if (da[b * 2 + 1] === b && base < 0) {
        const value = -base - 1;
        const first = value >>> 8;
        const count = value & 0xff;
        this.file.ensure(this.tokenStart + first * 16, this.tokenStart + (first + count) * 16);
        out[n++] = first;
        out[n++] = count;
        out[n++] = i - start;
        if (n >= out.length) break;
      }
      if (i >= end) break;
      const p = b + bytes[i] + 1;
      if (ready[(p + 9) >>> UNITS_SHIFT] === 0) this.file.load((p + 9) >>> UNITS_SHIFT);
      if (da[p * 2 + 1] !== b) break;
      b = da[p * 2];
    }
    return n / 3;
  }

  /** The first token index and homograph count of an exact key, or null. */
  exactMatch(key: Uint8Array): { first: number; count: number } | null {
    const out = new Int32Array(3 * (key.length + 1));
    const n = this.commonPrefixSearch(key, 0, key.length, out);
    for (let i = 0; i < n; i++) {
      if (out[i * 3 + 2] === key.length) return { first: out[i * 3], count: out[i * 3 + 1] };
    }
    return null;
  }
}
