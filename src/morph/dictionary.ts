import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SinmunError } from '../errors.js';
import { CharProperty } from './char-property.js';
import { parseDicrc, parseSpacePenalty } from './dicrc.js';
import { resolveDictionaryPath } from './dictionary-location.js';
import { Lexicon, LexiconType } from './lexicon.js';
import { readShared, readSharedAsync } from './shared-file.js';
import { readFile } from 'node:fs/promises';

/**
 * Everything a worker thread needs to use a dictionary already loaded by another thread: the
 * files as SharedArrayBuffers (not copied when posted) and the small dicrc text. Structured-
 * cloneable: pass it in `workerData` or `postMessage`.
 */
export interface SharedDictionaryHandle {
  readonly kind: 'sinmun.mecab-ko-dic';
  readonly path: string;
  readonly sys: SharedArrayBuffer;
  readonly unk: SharedArrayBuffer;
  readonly matrix: SharedArrayBuffer;
  readonly char: SharedArrayBuffer;
  readonly dicrc: string;
}

/** The unknown-word tokens of one character category, as a range in unk.dic. */
interface UnknownRange {
  first: number;
  count: number;
}

/** A compiled mecab-ko-dic loaded once per process, read in place through typed views. */
export class Dictionary {
  readonly sys: Lexicon;
  readonly unk: Lexicon;
  readonly chars: CharProperty;
  /** Connection costs; the cost of R after L is `matrix[L.rightId + lsize * R.leftId]`. */
  readonly matrix: Int16Array;
  readonly lsize: number;
  readonly rsize: number;
  readonly settings: ReadonlyMap<string, string>;
  /** mecab-ko's left-space penalty by part-of-speech id. */
  readonly spacePenalty: Int32Array;
  /** unk.dic tokens per character category id. */
  readonly unknownByCategory: UnknownRange[];

  private constructor(
    readonly path: string,
    private readonly files: {
      sys: Uint8Array;
      unk: Uint8Array;
      matrix: Uint8Array;
      char: Uint8Array;
    },
    readonly dicrc: string,
  ) {
    this.sys = new Lexicon(files.sys, 'sys.dic');
    this.unk = new Lexicon(files.unk, 'unk.dic');
    if (this.sys.type !== LexiconType.system || this.unk.type !== LexiconType.unknown) {
      throw new SinmunError('DICTIONARY_INVALID', `${path}: sys.dic/unk.dic have the wrong type`);
    }
    this.chars = new CharProperty(files.char);
    const m = files.matrix;
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
   * Loads the dictionary at `dictionaryPath` (default: the installed mecab-ko-dic package), once
   * per process: later calls with the same directory return the same instance.
   */
  static load(dictionaryPath?: string): Dictionary {
    const dir = resolveDictionaryPath(dictionaryPath);
    const cached = loaded.get(dir);
    if (cached) return cached;
    const dict = new Dictionary(
      dir,
      {
        sys: readShared(path.join(dir, 'sys.dic')),
        unk: readShared(path.join(dir, 'unk.dic')),
        matrix: readShared(path.join(dir, 'matrix.bin')),
        char: readShared(path.join(dir, 'char.bin')),
      },
      readFileSync(path.join(dir, 'dicrc'), 'utf8'),
    );
    loaded.set(dir, dict);
    return dict;
  }

  /**
   * `load` reading the files off the main thread (see `readSharedAsync`); one load per
   * directory, shared by concurrent callers.
   */
  static loadAsync(dictionaryPath?: string): Promise<Dictionary> {
    const dir = resolveDictionaryPath(dictionaryPath);
    const cached = loaded.get(dir);
    if (cached) return Promise.resolve(cached);
    let pending = loading.get(dir);
    if (!pending) {
      const file = (name: string) => path.join(dir, name);
      pending = Promise.all([
        readSharedAsync(file('sys.dic')),
        readSharedAsync(file('unk.dic')),
        readSharedAsync(file('matrix.bin')),
        readSharedAsync(file('char.bin')),
        readFile(file('dicrc'), 'utf8'),
      ]).then(([sys, unk, matrix, char, dicrc]) => {
        const dict = loaded.get(dir) ?? new Dictionary(dir, { sys, unk, matrix, char }, dicrc);
        loaded.set(dir, dict);
        return dict;
      });
      loading.set(dir, pending);
      // A failed load is tried again by the next caller.
      pending.catch(() => loading.delete(dir));
    }
    return pending;
  }

  /** Wraps memory shared by another thread (see `share`); no bytes are copied. */
  static fromShared(handle: SharedDictionaryHandle): Dictionary {
    if (handle?.kind !== 'sinmun.mecab-ko-dic') {
      throw new SinmunError('INVALID_INPUT', 'not a shared dictionary handle');
    }
    const cached = loaded.get(handle.path);
    if (cached && cached.files.sys.buffer === handle.sys) return cached;
    const dict = new Dictionary(
      handle.path,
      {
        sys: new Uint8Array(handle.sys),
        unk: new Uint8Array(handle.unk),
        matrix: new Uint8Array(handle.matrix),
        char: new Uint8Array(handle.char),
      },
      handle.dicrc,
    );
    if (!cached) loaded.set(handle.path, dict);
    return dict;
  }

  /** A structured-cloneable handle to this dictionary's memory, for worker threads. */
  share(): SharedDictionaryHandle {
    const sab = (bytes: Uint8Array): SharedArrayBuffer => {
      if (!(bytes.buffer instanceof SharedArrayBuffer)) {
        throw new SinmunError('INTERNAL', 'dictionary memory is not shared');
      }
      return bytes.buffer;
    };
    return {
      kind: 'sinmun.mecab-ko-dic',
      path: this.path,
      sys: sab(this.files.sys),
      unk: sab(this.files.unk),
      matrix: sab(this.files.matrix),
      char: sab(this.files.char),
      dicrc: this.dicrc,
    };
  }
}

const loaded = new Map<string, Dictionary>();
const loading = new Map<string, Promise<Dictionary>>();
