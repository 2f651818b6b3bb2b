import { SinmunError } from '../errors.js';

/**
 * `char.bin`: for every BMP code point a bitfield — category mask (18 bits), default category
 * (8), unknown-word length (4), group (1), invoke (1). Characters outside the BMP use entry 0, as
 * MeCab's UTF-8 decoder maps them to 0.
 */
export class CharProperty {
  readonly categories: string[];
  readonly table: Uint32Array;

  constructor(bytes: Uint8Array) {
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const n = view.getUint32(0, true);
    const tableStart = 4 + n * 32;
    if (bytes.byteOffset % 4 !== 0 || bytes.byteLength < tableStart + 4 * 0xffff) {
      throw new SinmunError('DICTIONARY_INVALID', 'char.bin: truncated or misaligned');
    }
    const decoder = new TextDecoder();
    this.categories = [];
    for (let i = 0; i < n; i++) {
      const raw = bytes.subarray(4 + i * 32, 4 + (i + 1) * 32);
      const nul = raw.indexOf(0);
      this.categories.push(decoder.decode(nul < 0 ? raw : raw.subarray(0, nul)));
    }
    this.table = new Uint32Array(bytes.buffer, bytes.byteOffset + tableStart, 0xffff);
  }

  /** The bitfield of a UCS-2 code (MeCab indexes 0…65534). */
  info(code: number): number {
    return code < 0xffff ? this.table[code] : this.table[0];
  }
}

/** Accessors for the packed char.bin bitfield. */
export const charType = (info: number): number => info & 0x3ffff;
export const charDefaultType = (info: number): number => (info >>> 18) & 0xff;
export const charLength = (info: number): number => (info >>> 26) & 0xf;
export const charGroup = (info: number): boolean => ((info >>> 30) & 1) === 1;
export const charInvoke = (info: number): boolean => info >>> 31 === 1;
