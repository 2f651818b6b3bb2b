import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltInSync } from '../../src/entities/gazetteer/entries.js';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import { builtInSnapshotHash } from '../../src/entities/gazetteer/snapshot-file.js';
import { compileWords, gazetteerWordLexicon } from '../../src/entities/gazetteer/words-file.js';
import { Dictionary } from '../../src/morph/dictionary.js';
import { UserWordLexicon } from '../../src/morph/user-word-lexicon.js';
import { canMapFiles } from '../../src/morph/mapped-file.js';
import { PagedFile } from '../../src/morph/paged-file.js';
import { corpusLines, hasCorpus } from '../helpers/corpus.js';

const dict = Dictionary.load();
const encoder = new TextEncoder();

/** Every key of `lex` that is a prefix of `text`, as `[surface, features…]` per homograph. */
function prefixes(lex: UserWordLexicon, text: string): string[][] {
  const bytes = encoder.encode(text);
  const out = new Int32Array(3 * 64);
  const n = lex.commonPrefixSearch(bytes, 0, bytes.length, out);
  const found: string[][] = [];
  for (let i = 0; i < n; i++) {
    const surface = new TextDecoder().decode(bytes.subarray(0, out[i * 3 + 2]));
    for (let t = out[i * 3]; t < out[i * 3] + out[i * 3 + 1]; t++) {
      found.push([surface, lex.feature(t), String(lex.tokenI16[t * 8 + 3])]);
    }
  }
  return found;
}

describe('word lexicon', () => {
  const words = [
    { surface: '삼성', cost: 900 },
    { surface: '삼성전자' },
    { surface: '삼성전자', pos: 'NNG', cost: 2000 },
    { surface: '하이퍼클로바X' },
  ];
  const built = compileWords(dict, words);

  it('finds every listed prefix, homographs together, shortest first', () => {
    expect(prefixes(built, '삼성전자가')).toEqual([
      ['삼성', 'NNP,*,T,삼성,*,*,*,*', '900'],
      ['삼성전자', 'NNP,*,F,삼성전자,*,*,*,*', '1000'],
      ['삼성전자', 'NNG,*,F,삼성전자,*,*,*,*', '2000'],
    ]);
    expect(prefixes(built, '하이퍼클로바X는')).toEqual([
      ['하이퍼클로바X', 'NNP,*,F,하이퍼클로바X,*,*,*,*', '1000'],
    ]);
    expect(prefixes(built, '하이퍼')).toEqual([]);
  });

  it('reads back from its bytes unchanged', () => {
    const copy = UserWordLexicon.fromBytes(new Uint8Array(built.toBytes()));
    expect(prefixes(copy, '삼성전자가')).toEqual(prefixes(built, '삼성전자가'));
    expect(Array.from(copy.tokenU16)).toEqual(Array.from(built.tokenU16));
    expect(() => UserWordLexicon.fromBytes(new Uint8Array(64))).toThrow(/not a compiled word/);
  });

  it('compiled by the build equals the gazetteer names compiled at start', () => {
    const gazetteer = Gazetteer.build(readBuiltInSync());
    const names = gazetteer.koreanWords();
    const atStart = compileWords(dict, names);
    // Without a snapshot (sources not built, or user entries) the names are compiled here.
    const fallback = gazetteerWordLexicon(dict, null, () => names);
    const lexicons = [fallback];
    const snapshot = builtInSnapshotHash();
    if (snapshot) {
      // Built: the file is used, and the names are not compiled again.
      lexicons.push(
        gazetteerWordLexicon(dict, snapshot, () => {
          throw new Error('compiled at start although the build compiled them');
        }),
      );
    }
    for (const lex of lexicons) {
      expect(Array.from(lex.tokenU16)).toEqual(Array.from(atStart.tokenU16));
      expect(lex.features).toEqual(atStart.features);
    }
    for (const name of ['바이두', '마이크로소프트', '삼성전자']) {
      expect(prefixes(atStart, name).map((p) => p[0])).toContain(name);
    }
  });

  it('finds, at every character of news text, exactly the names that start there', () => {
    // The trie against a plain scan of the word list, at every character of news lines (the
    // corpus's when present): what any faster search (a first-character filter, say) must keep.
    const names = Gazetteer.build(readBuiltInSync()).koreanWords();
    // starts the trie's filters must not hide: a single syllable, a syllable then Latin, Latin
    // then Hangul, Hanja
    const extra = [
      { surface: '삼' },
      { surface: '현XY' },
      { surface: 'é삼성' },
      { surface: 'AI반도체' },
      { surface: '中国' },
    ];
    const lex = compileWords(dict, [...names, ...extra]);
    const byFirst = new Map<string, string[]>();
    for (const { surface } of [...names, ...extra]) {
      const first = String.fromCodePoint(surface.codePointAt(0) ?? 0);
      byFirst.set(first, [...new Set([...(byFirst.get(first) ?? []), surface])]);
    }
    const news = hasCorpus ? corpusLines().slice(0, 300) : [];
    const lines = [...news, 'é삼성전자 AI반도체 中国 삼성 😀삼성 현XY선 현대'];
    const out = new Int32Array(3 * 64);
    let found = 0;
    for (const line of lines) {
      const bytes = encoder.encode(line);
      let at = 0; // bytes
      let i = 0; // UTF-16 units
      for (const ch of line) {
        const want = new Set(
          (byFirst.get(ch) ?? [])
            .filter((w) => line.startsWith(w, i))
            .map((w) => encoder.encode(w).length),
        );
        const n = lex.commonPrefixSearch(bytes, at, bytes.length, out);
        const got = new Set(Array.from({ length: n }, (_, i) => out[i * 3 + 2]));
        expect(got).toEqual(want);
        found += n;
        at += encoder.encode(ch).length;
        i += ch.length;
      }
    }
    expect(found).toBeGreaterThan(hasCorpus ? 100 : 4);
  });
});

describe('paged file', () => {
  it('reads a page only when a byte in it is asked for', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-paged-'));
    const file = path.join(dir, 'data.bin');
    const data = new Uint8Array(3 * 4096 + 100).map((_, i) => (i * 7 + 1) % 251);
    data[2 * 4096 + 10] = 0;
    writeFileSync(file, data);
    const paged = PagedFile.open(file, { map: false });
    expect(paged.mapped).toBe(false);
    expect(Array.from(paged.ready)).toEqual([0, 0, 0, 0]);
    paged.ensure(4090, 4100); // across the first two pages
    expect(Array.from(paged.ready)).toEqual([1, 1, 0, 0]);
    expect(paged.bytes.subarray(4090, 4100)).toEqual(data.subarray(4090, 4100));
    expect(paged.bytes[3 * 4096]).toBe(0); // not read yet
    // A copy reads missing bytes from the file without making their pages present…
    const copied = new Uint8Array(300);
    paged.copy(8000, copied, 50, 250);
    expect(copied.subarray(50)).toEqual(data.subarray(8000, 8250));
    expect(Array.from(paged.ready)).toEqual([1, 1, 0, 0]);
    // …and copies present ones from memory.
    paged.copy(4000, copied, 0, 100);
    expect(copied.subarray(0, 100)).toEqual(data.subarray(4000, 4100));
    paged.ensure(0, paged.size);
    expect(paged.bytes).toEqual(data);
    // Another thread's view shares memory and flags.
    const other = PagedFile.fromShared(structuredClone(paged.share()));
    expect(other.ready[3]).toBe(1);
    expect(other.bytes).toEqual(data);
  });

  it('is mapped whole where the native addon is built, and shared by name', () => {
    if (!canMapFiles()) {
      console.warn('native mmap addon not built (npm run build): mapping not tested');
      return;
    }
    const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-mapped-'));
    const file = path.join(dir, 'data.bin');
    const data = new Uint8Array(2 * 4096 + 5).map((_, i) => (i * 13 + 3) % 253);
    writeFileSync(file, data);
    const mapped = PagedFile.open(file);
    expect(mapped.mapped).toBe(true);
    expect(Array.from(mapped.ready)).toEqual([1, 1, 1]);
    expect(mapped.bytes).toEqual(data);
    const copied = new Uint8Array(10);
    mapped.copy(4090, copied, 0, 10);
    expect(copied).toEqual(data.subarray(4090, 4100));
    // A stray write stays in this process's private copy of the page, never in the file.
    mapped.bytes[0] ^= 0xff;
    expect(readFileSync(file)[0]).toBe(data[0]);
    const other = PagedFile.fromShared(structuredClone(mapped.share()));
    expect(other.mapped).toBe(true);
    expect(other.bytes).toEqual(data);
  });

  it('gives a typed error for a file that is not there, mapped or paged', () => {
    for (const map of [true, false]) {
      expect(() => PagedFile.open('/nonexistent/sys.dic', { map })).toThrow(
        expect.objectContaining({ code: 'DICTIONARY_NOT_FOUND' }),
      );
    }
  });
});
