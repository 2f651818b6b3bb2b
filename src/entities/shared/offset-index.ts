/**
 * Word indexes by text offset inside one region. Every word of an article is entered and few are
 * looked up, so a dense array is filled instead of a Map: no hashing, no per-entry allocation.
 */
import type { Take } from './scratch.js';

export class OffsetIndex {
  /** Index + 1 at each offset; 0 where no word is entered. */
  private readonly slots: Int32Array;
  private readonly length: number;

  /** `take` gives the zeroed array (see scratch.ts): a fresh one by default. */
  constructor(
    private readonly from: number,
    to: number,
    take: Take<Int32Array> = (n) => new Int32Array(n),
  ) {
    this.length = to - from + 1;
    this.slots = take(this.length);
  }

  set(offset: number, index: number): void {
    this.slots[offset - this.from] = index + 1;
  }

  get(offset: number): number | undefined {
    const k = offset - this.from;
    if (k < 0 || k >= this.length) return undefined;
    const v = this.slots[k];
    return v === 0 ? undefined : v - 1;
  }
}
