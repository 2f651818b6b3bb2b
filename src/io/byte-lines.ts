/**
 * Splits a stream of byte chunks into lines as MeCab reads them (`\n`, `\r\n`, `\r`; a break at
 * the very end opens no further line) without decoding: each line is handed over as bytes, with
 * the byte length of the break that ended it (0 for a last line without one). Memory is the
 * longest line, whatever the input's size.
 */
export type LineVisitor = (line: Uint8Array, breakLength: number) => void;

export class ByteLineSplitter {
  /** The unfinished line carried over from the previous chunk. */
  private carry = new Uint8Array(1 << 12);
  private carried = 0;
  /**
   * The carried line ended in a chunk's last `\r`: whether the break is `\r\n` is known only
   * from the next chunk's first byte.
   */
  private pendingCr = false;

  constructor(private readonly visit: LineVisitor) {}

  push(chunk: Uint8Array): void {
    let start = 0;
    if (this.pendingCr && chunk.length > 0) {
      this.pendingCr = false;
      const crlf = chunk[0] === 10;
      this.flushCarry(crlf ? 2 : 1);
      if (crlf) start = 1;
    }
    const n = chunk.length;
    for (let i = start; i < n; i++) {
      const c = chunk[i];
      if (c !== 10 && c !== 13) continue;
      if (c === 13 && i + 1 === n) {
        this.keep(chunk.subarray(start, i));
        this.pendingCr = true;
        return;
      }
      const breakLength = c === 13 && chunk[i + 1] === 10 ? 2 : 1;
      if (this.carried > 0) {
        this.keep(chunk.subarray(start, i));
        this.flushCarry(breakLength);
      } else {
        this.visit(chunk.subarray(start, i), breakLength);
      }
      i += breakLength - 1;
      start = i + 1;
    }
    if (start < n) this.keep(chunk.subarray(start, n));
  }

  /** Hands over the last line (the input ended without a break after it, or with a `\r`). */
  end(): void {
    if (this.pendingCr) {
      this.pendingCr = false;
      this.flushCarry(1);
    } else if (this.carried > 0) {
      this.flushCarry(0);
    }
  }

  private flushCarry(breakLength: number): void {
    const line = this.carry.subarray(0, this.carried);
    this.carried = 0;
    this.visit(line, breakLength);
  }

  private keep(bytes: Uint8Array): void {
    const need = this.carried + bytes.length;
    if (need > this.carry.length) {
      const next = new Uint8Array(Math.max(need, this.carry.length * 2));
      next.set(this.carry.subarray(0, this.carried));
      this.carry = next;
    }
    this.carry.set(bytes, this.carried);
    this.carried = need;
  }
}
