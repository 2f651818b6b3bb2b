import { SinmunError } from '../errors.js';
import type { ByteOutput } from './byte-output.js';
import type { PagedFile } from './paged-file.js';

/** mecab-ko-dic's longest feature string is 195 bytes: one read almost always holds it whole. */
const READ_BYTES = 256;

const decoder = new TextDecoder('utf-8');

/**
 * The feature strings of a compiled dictionary, read one at a time the first time a morpheme
 * is written, into a compact store of this thread's own. They are 37 MB of sys.dic, and an
 * analysis needs few of them (the shared corpus: 23,500 of 816,000, 1 MB) scattered over three
 * quarters of its pages: read page by page, each string cost a 4 KB page of fresh memory
 * (~30 µs of faults on this machine) where a read of its own bytes costs one call (~6 µs).
 */
export class FeatureStore {
  private bytes = new Uint8Array(1 << 16);
  private used = 0;
  /** Per feature offset: its index into `starts`/`ends`. */
  private readonly index = new Map<number, number>();
  private starts = new Int32Array(1 << 10);
  private ends = new Int32Array(1 << 10);
  private count = 0;
  private readonly strings = new Map<number, string>();

  /**
   * @param file the dictionary file
   * @param base where its feature section starts
   * @param size the section's length in bytes
   */
  constructor(
    private readonly file: PagedFile,
    private readonly base: number,
    private readonly size: number,
  ) {}

  /** Appends the feature string at `offset` of the section (without its NUL) to `out`. */
  append(offset: number, out: ByteOutput): void {
    let k = this.index.get(offset);
    if (k === undefined) k = this.read(offset);
    out.append(this.bytes, this.starts[k], this.ends[k]);
  }

  /** The feature string at `offset`, decoded once. */
  text(offset: number): string {
    let s = this.strings.get(offset);
    if (s === undefined) {
      let k = this.index.get(offset);
      if (k === undefined) k = this.read(offset);
      s = decoder.decode(this.bytes.subarray(this.starts[k], this.ends[k]));
      this.strings.set(offset, s);
    }
    return s;
  }

  private read(offset: number): number {
    const start = this.used;
    let end = start;
    let from = this.base + offset;
    const limit = this.base + this.size;
    for (;;) {
      const n = Math.min(READ_BYTES, limit - from);
      if (n <= 0) {
        throw new SinmunError('DICTIONARY_INVALID', `${this.file.file}: unterminated feature`);
      }
      this.reserve(end + n, end);
      this.file.copy(from, this.bytes, end, n);
      const bytes = this.bytes;
      const stop = end + n;
      while (end < stop && bytes[end] !== 0) end++;
      if (end < stop) break;
      from += n;
    }
    this.used = end;
    if (this.count === this.starts.length) {
      const starts = new Int32Array(this.count * 2);
      const ends = new Int32Array(this.count * 2);
      starts.set(this.starts);
      ends.set(this.ends);
      this.starts = starts;
      this.ends = ends;
    }
    const k = this.count++;
    this.starts[k] = start;
    this.ends[k] = end;
    this.index.set(offset, k);
    return k;
  }

  /** Makes room for `size` bytes, keeping the first `keep`. */
  private reserve(size: number, keep: number): void {
    if (size <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(size, this.bytes.length * 2));
    next.set(this.bytes.subarray(0, keep));
    this.bytes = next;
  }
}
