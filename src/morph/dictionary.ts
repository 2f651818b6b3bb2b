import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SinmunError } from '../errors.js';
import { CharProperty } from './char-property.js';
import { parseDicrc, parseSpacePenalty } from './dicrc.js';
import { resolveDictionaryPath } from './dictionary-location.js';
import { Lexicon, LexiconType } from './lexicon.js';
import { PagedFile, type SharedPagedFile } from './paged-file.js';

/**
 * Everything a worker thread needs to use a dictionary already opened by another thread: the
 * files' memory as SharedArrayBuffers (not copied when posted), which of their pages are read,
 * their descriptors, and the small dicrc text. A file the kernel maps (sys.dic and matrix.bin
 * where the native addon is built) has `null` for its memory: the worker maps it as well, which
 * shares the same pages. Structured-cloneable: pass it in `workerData` or `postMessage`.
 */
export interface SharedDictionaryHandle {
  readonly kind: 'sinmun.mecab-ko-dic';
  readonly path: string;
  readonly sys: SharedArrayBuffer | null;
  readonly unk: SharedArrayBuffer | null;
  readonly matrix: SharedArrayBuffer | null;
  readonly char: SharedArrayBuffer | null;
  readonly pages: {
    readonly sys: SharedPagedFile;
    readonly unk: SharedPagedFile;
    readonly matrix: SharedPagedFile;
    readonly char: SharedPagedFile;
  };
  readonly dicrc: string;
}

interface DictionaryFiles {
  sys: PagedFile;
  unk: PagedFile;
  matrix: PagedFile;
  char: PagedFile;
}

/** The unknown-word tokens of one character category, as a range in unk.dic. */
interface UnknownRange {
  first: number;
  count: number;
}

/**
 * A compiled mecab-ko-dic opened once per process and read in place through typed views. sys.dic
 * and matrix.bin (100 MB) are mapped (native addon) or read page by page as analyses reach them;
 * unk.dic, char.bin and dicrc, which every analysis uses, are read whole.
 */
export class Dictionary {
  readonly sys: Lexicon;
  readonly unk: Lexicon;
  readonly chars: CharProperty;
  /**
   * Connection costs; the cost of R after L is `matrix[L.rightId + lsize * R.leftId]`, present
   * once `ensureMatrixRow(R.leftId)` was called.
   */
  readonly matrix: Int16Array;
  /** Rows of `matrix` (one per left context id) this thread has made present. */
  readonly matrixRows: Uint8Array;
  readonly lsize: number;
  readonly rsize: number;
  readonly settings: ReadonlyMap<string, string>;
  /** mecab-ko's left-space penalty by part-of-speech id. */
  readonly spacePenalty: Int32Array;
  /** unk.dic tokens per character category id. */
  readonly unknownByCategory: UnknownRange[];

  private constructor(
    readonly path: string,
    private readonly files: DictionaryFiles,
    readonly dicrc: string,
  ) {
    this.sys = new Lexicon(files.sys, 'sys.dic');
    this.unk = new Lexicon(files.unk, 'unk.dic');
    if (this.sys.type !== LexiconType.system || this.unk.type !== LexiconType.unknown) {
      throw new SinmunError('DICTIONARY_INVALID', `${path}: sys.dic/unk.dic have the wrong type`);
    }
    this.chars = new CharProperty(files.char.bytes);
    files.matrix.ensure(0, 4);
    const m = files.matrix.bytes;
    const head = new DataView(m.buffer, m.byteOffset, 4);
    this.lsize = head.getUint16(0, true);
    this.rsize = head.getUint16(2, true);
    if (m.byteLength !== 4 + 2 * this.lsize * this.rsize) {
      throw new SinmunError('DICTIONARY_INVALID', `${path}: matrix.bin has the wrong size`);
    }
    if (this.sys.lsize !== this.lsize || this.sys.rsize !== this.rsize) {
      throw new SinmunError('DICTIONARY_INVALID', `${path}: sys.dic and matrix.bin disagree`);
    }
    this.matrix = new Int16Array(m.buffer, m.byteOffset + 4, this.lsize * this.rsize);
    this.matrixRows = new Uint8Array(this.rsize);
    // A mapped matrix is present throughout: no row need ever be asked for.
    if (files.matrix.mapped) this.matrixRows.fill(1);
    // Row 0 holds the costs into EOS, used by every line.
    else this.ensureMatrixRow(0);
    this.settings = parseDicrc(dicrc);
    this.spacePenalty = parseSpacePenalty(this.settings.get('left-space-penalty-factor'));
    const encoder = new TextEncoder();
    this.unknownByCategory = this.chars.categories.map((name) => {
      const hit = this.unk.exactMatch(encoder.encode(name));
      if (!hit) {
        throw new SinmunError('DICTIONARY_INVALID', `unk.dic has no entry for category ${name}`);
      }
      return hit;
    });
  }

  /**
   * Opens the dictionary at `dictionaryPath` (default: the installed mecab-ko-dic package), once
   * per process: later calls with the same directory return the same instance.
   */
  static load(dictionaryPath?: string): Dictionary {
    const dir = resolveDictionaryPath(dictionaryPath);
    const cached = loaded.get(dir);
    if (cached) return cached;
    const file = (name: string) => path.join(dir, name);
    const dict = new Dictionary(
      dir,
      {
        sys: PagedFile.open(file('sys.dic')),
        unk: PagedFile.whole(file('unk.dic')),
        matrix: PagedFile.open(file('matrix.bin')),
        char: PagedFile.whole(file('char.bin')),
      },
      readFileSync(file('dicrc'), 'utf8'),
    );
    loaded.set(dir, dict);
    return dict;
  }

  /** `load` as a promise (opening reads a few pages: there is nothing left to do off-thread). */
  static loadAsync(dictionaryPath?: string): Promise<Dictionary> {
    try {
      return Promise.resolve(Dictionary.load(dictionaryPath));
    } catch (err) {
      return Promise.reject(err as Error);
    }
  }

  /** Wraps memory shared by another thread (see `share`); no bytes are copied. */
  static fromShared(handle: SharedDictionaryHandle): Dictionary {
    if (handle?.kind !== 'sinmun.mecab-ko-dic') {
      throw new SinmunError('INVALID_INPUT', 'not a shared dictionary handle');
    }
    const cached = loaded.get(handle.path);
    const same =
      handle.sys === null
        ? cached?.files.sys.mapped
        : cached?.files.sys.bytes.buffer === handle.sys;
    if (cached && same) return cached;
    const { pages } = handle;
    const dict = new Dictionary(
      handle.path,
      {
        sys: PagedFile.fromShared(pages.sys),
        unk: PagedFile.fromShared(pages.unk),
        matrix: PagedFile.fromShared(pages.matrix),
        char: PagedFile.fromShared(pages.char),
      },
      handle.dicrc,
    );
    if (!cached) loaded.set(handle.path, dict);
    return dict;
  }

  /** Whether the kernel maps sys.dic and matrix.bin (native addon) rather than sinmun reading pages. */
  get mapped(): boolean {
    return this.files.sys.mapped && this.files.matrix.mapped;
  }

  /** A structured-cloneable handle to this dictionary's memory, for worker threads. */
  share(): SharedDictionaryHandle {
    const { sys, unk, matrix, char } = this.files;
    const pages = {
      sys: sys.share(),
      unk: unk.share(),
      matrix: matrix.share(),
      char: char.share(),
    };
    return {
      kind: 'sinmun.mecab-ko-dic',
      path: this.path,
      sys: pages.sys.bytes,
      unk: pages.unk.bytes,
      matrix: pages.matrix.bytes,
      char: pages.char.bytes,
      pages,
      dicrc: this.dicrc,
    };
  }

  /** Makes the connection costs into nodes of left context `left` present. */
  ensureMatrixRow(left: number): void {
    const start = 4 + 2 * this.lsize * left;
    this.files.matrix.ensure(start, start + 2 * this.lsize);
    this.matrixRows[left] = 1;
  }
}

const loaded = new Map<string, Dictionary>();
