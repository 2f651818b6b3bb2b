/**
 * A reusable, growing byte buffer for output built from byte ranges (MeCab lines are the input's
 * own bytes and the dictionary's feature bytes): no string is made per morpheme.
 */
export class ByteOutput {
  bytes = new Uint8Array(1 << 17);
  length = 0;

  /** Appends `src[start, end)`. */
  append(src: Uint8Array, start = 0, end = src.length): void {
    const n = end - start;
    this.reserve(n);
    if (n < 16) {
      // A morpheme is a few bytes; a loop beats the native call's fixed cost here.
      const out = this.bytes;
      let o = this.length;
      for (let i = start; i < end; i++) out[o++] = src[i];
    } else {
      this.bytes.set(src.subarray(start, end), this.length);
    }
    this.length += n;
  }

  appendByte(byte: number): void {
    this.reserve(1);
    this.bytes[this.length++] = byte;
  }

  /**
   * The bytes so far, copied (the buffer is reused), and the buffer emptied. A Buffer, so that
   * writers that join strings read it as UTF-8.
   */
  take(): Buffer {
    const out = Buffer.from(this.bytes.subarray(0, this.length));
    this.length = 0;
    return out;
  }

  private reserve(n: number): void {
    if (this.length + n <= this.bytes.length) return;
    const next = new Uint8Array(Math.max(this.bytes.length * 2, this.length + n));
    next.set(this.bytes.subarray(0, this.length));
    this.bytes = next;
  }
}
