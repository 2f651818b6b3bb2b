import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { SinmunError } from '../errors.js';
import { mapFile } from './mapped-file.js';

/**
 * Bytes are read in pages of 4 KB, the machine's page: a fresh page of memory costs a fault
 * whether one byte of it is used or all, so a larger read page only pays for bytes an analysis
 * may never touch (measured: a 64 KB page read costs ~5× a 4 KB one, a syscall ~8 µs).
 */
const PAGE_SHIFT = 12;
const PAGE_BYTES = 1 << PAGE_SHIFT;
/**
 * After this many single-page reads a thread reads `CHUNK_PAGES` pages at once: a start touches
 * a few hundred scattered pages, while a long run ends up touching most of the file (the shared
 * corpus: 72% of sys.dic), where one 64 KB read costs far less than sixteen 4 KB ones.
 */
const SINGLE_READS = 1024;
const CHUNK_PAGES = 16;

/**
 * A `PagedFile` as another thread needs it: the same memory, the same page flags, the same fd;
 * or, for a mapped file (`bytes` null), only its name: the other thread maps it too, which shares
 * the kernel's pages without copying.
 */
export interface SharedPagedFile {
  readonly file: string;
  readonly fd: number;
  readonly bytes: SharedArrayBuffer | null;
  readonly ready: SharedArrayBuffer | null;
}

/**
 * A file mapped into a SharedArrayBuffer the way `mmap` maps it: the whole size is reserved
 * (untouched memory costs nothing), and each page is read with `readSync` at its offset the
 * first time something asks for a byte in it. An analysis touches a small part of the 100 MB of
 * dictionary, so start-up reads almost nothing and a run reads only what it uses.
 *
 * Threads share the bytes, the per-page flags and the file descriptor (descriptors belong to the
 * process). Two threads may read the same page at once: both write the same bytes, so a reader
 * never sees anything but the file's content; the flag is set with `Atomics.store` after the read,
 * and a reader that misses it reads the page again.
 */
export class PagedFile {
  readonly bytes: Uint8Array;
  /** One flag per page, 1 once the page holds the file's bytes. */
  readonly ready: Uint8Array;
  readonly size: number;
  /** Reads made by this thread. */
  private loads = 0;

  private constructor(
    readonly file: string,
    private readonly fd: number,
    bytes: ArrayBufferLike,
    ready: Uint8Array,
  ) {
    this.bytes = new Uint8Array(bytes);
    this.ready = ready;
    this.size = bytes.byteLength;
  }

  /** True when the kernel maps the file (every page flagged present: nothing is ever read). */
  get mapped(): boolean {
    return !(this.bytes.buffer instanceof SharedArrayBuffer);
  }

  /**
   * Opens `file`: mapped where the native addon is built (`mapped-file.ts`), else for reading on
   * demand, the descriptor staying open for the life of the process as a mapping would;
   * `Dictionary` opens each file once per process.
   */
  static open(file: string, options: { map?: boolean } = {}): PagedFile {
    const mapping = options.map === false ? null : mapFile(file);
    if (mapping) {
      const ready = new Uint8Array(Math.ceil(mapping.byteLength / PAGE_BYTES)).fill(1);
      return new PagedFile(file, -1, mapping, ready);
    }
    let fd: number;
    let size: number;
    try {
      fd = openSync(file, 'r');
      size = fstatSync(fd).size;
    } catch (err) {
      throw new SinmunError('DICTIONARY_NOT_FOUND', `cannot open ${file}`, { cause: err });
    }
    const pages = Math.ceil(size / PAGE_BYTES);
    const ready = new Uint8Array(new SharedArrayBuffer(pages));
    return new PagedFile(file, fd, new SharedArrayBuffer(size), ready);
  }

  /** A small file read whole now (its descriptor closed), for files every analysis uses. */
  static whole(file: string): PagedFile {
    const paged = PagedFile.open(file, { map: false });
    try {
      paged.read(0, paged.size);
    } finally {
      closeSync(paged.fd);
    }
    paged.ready.fill(1);
    return new PagedFile(file, -1, paged.bytes.buffer, paged.ready);
  }

  static fromShared(shared: SharedPagedFile): PagedFile {
    if (shared.bytes === null || shared.ready === null) return PagedFile.open(shared.file);
    return new PagedFile(shared.file, shared.fd, shared.bytes, new Uint8Array(shared.ready));
  }

  share(): SharedPagedFile {
    if (this.mapped) return { file: this.file, fd: -1, bytes: null, ready: null };
    return {
      file: this.file,
      fd: this.fd,
      bytes: this.bytes.buffer as SharedArrayBuffer,
      ready: this.ready.buffer as SharedArrayBuffer,
    };
  }

  /** Makes the bytes `[start, end)` present; a run of missing pages is read in one call. */
  ensure(start: number, end: number): void {
    if (end <= start) return;
    const first = start >>> PAGE_SHIFT;
    const last = (end - 1) >>> PAGE_SHIFT;
    if (first === last) {
      if (this.ready[first] === 0) this.load(first);
      return;
    }
    for (let page = first; page <= last; page++) {
      if (this.ready[page] !== 0) continue;
      let to = page + 1;
      while (to <= last && this.ready[to] === 0) to++;
      if (to - page === 1) {
        this.load(page);
      } else {
        this.loads++;
        this.read(page << PAGE_SHIFT, Math.min(this.size, to << PAGE_SHIFT));
        for (let p = page; p < to; p++) Atomics.store(this.ready, p, 1);
      }
      page = to;
    }
  }

  /** Makes the byte at `at` present (the hot paths inline the flag test and call `load`). */
  ensureByte(at: number): void {
    const page = at >>> PAGE_SHIFT;
    if (this.ready[page] === 0) this.load(page);
  }

  /** Reads the page from the file (with its chunk's other pages once reads are many). */
  load(page: number): void {
    const span = this.loads++ < SINGLE_READS ? 1 : CHUNK_PAGES;
    const first = page - (page % span);
    const last = Math.min(first + span, this.ready.length);
    this.read(first << PAGE_SHIFT, Math.min(this.size, last << PAGE_SHIFT));
    for (let p = first; p < last; p++) Atomics.store(this.ready, p, 1);
  }

  /**
   * Copies the file's bytes `[at, at + length)` into `dest` at `destAt`: from memory when their
   * pages are present, else read from the file straight into `dest`, making no page present
   * (for bytes wanted once, whose pages would cost more fresh memory than the bytes are worth).
   */
  copy(at: number, dest: Uint8Array, destAt: number, length: number): void {
    if (length <= 0) return;
    const last = (at + length - 1) >>> PAGE_SHIFT;
    for (let page = at >>> PAGE_SHIFT; page <= last; page++) {
      if (this.ready[page] === 0) {
        this.readInto(dest, destAt, at, at + length);
        return;
      }
    }
    dest.set(this.bytes.subarray(at, at + length), destAt);
  }

  private read(start: number, end: number): void {
    this.readInto(this.bytes, start, start, end);
  }

  /** Reads the file's bytes `[start, end)` into `dest` from `destAt`. */
  private readInto(dest: Uint8Array, destAt: number, start: number, end: number): void {
    let at = start;
    try {
      while (at < end) {
        const n = readSync(this.fd, dest, destAt + at - start, end - at, at);
        if (n === 0) break;
        at += n;
      }
    } catch (err) {
      throw new SinmunError('DICTIONARY_INVALID', `cannot read ${this.file}`, { cause: err });
    }
    if (at !== end) {
      throw new SinmunError('DICTIONARY_INVALID', `short read of ${this.file} at byte ${at}`);
    }
  }
}

export { PAGE_SHIFT };
