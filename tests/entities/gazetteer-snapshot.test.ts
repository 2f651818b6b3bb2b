import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  builtInDataDirectory,
  builtInDataHash,
  readBuiltInSync,
} from '../../src/entities/gazetteer/entries.js';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  snapshotDataFiles,
  snapshotDataHash,
} from '../../src/entities/gazetteer/snapshot.js';
import { currentSnapshot, snapshotPath } from '../../src/entities/gazetteer/snapshot-file.js';
import { PagedFile } from '../../src/morph/paged-file.js';

const built = Gazetteer.build(readBuiltInSync());
const bytes = encodeSnapshot(built.toIndex(), 'f'.repeat(40), ['a.json', 'b.json']);
// Shared memory, as worker threads receive it.
const shared = new Uint8Array(new SharedArrayBuffer(bytes.length));
shared.set(bytes);
const restored = Gazetteer.fromIndex(decodeSnapshot(shared));

const corpus = readFileSync(
  path.join(__dirname, '../../../shared/corpus/ko-news-and-reviews.txt'),
  'utf8',
).split('\n');
const fixture = readFileSync(
  path.join(__dirname, '../../fixtures/etnews-china-genai-column.txt'),
  'utf8',
);

describe('gazetteer snapshot', () => {
  it('keeps its data hash and refuses bytes that are not a snapshot', () => {
    expect(snapshotDataHash(bytes)).toBe('f'.repeat(40));
    expect(snapshotDataHash(new Uint8Array(64))).toBeNull();
    expect(snapshotDataFiles(bytes)).toEqual(['a.json', 'b.json']);
  });

  it('is written again byte for byte from what it restores (every record, every string)', () => {
    const again = encodeSnapshot(
      Gazetteer.fromIndex(decodeSnapshot(shared)).toIndex(),
      'f'.repeat(40),
      ['a.json', 'b.json'],
    );
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
  });

  it('gives entries by key, the same objects its matches carry', () => {
    const fresh = Gazetteer.fromIndex(decodeSnapshot(shared));
    const match = fresh.findAll('삼성전자는 서울에서')[0];
    expect(match.entry.canonical).toBe('Samsung Electronics');
    expect(fresh.get(match.entry.key)).toBe(match.entry);
    expect(fresh.get('company:no-such-thing')).toBeUndefined();
    for (const e of built.entries().slice(0, 50)) expect(fresh.get(e.key)).toEqual(e);
  });

  it('restores every entry, in data order', () => {
    expect(restored.size).toBe(built.size);
    expect(restored.entries()).toEqual(built.entries());
    expect(restored.koreanWords()).toEqual(built.koreanWords());
  });

  it('finds the same names as the gazetteer it was made from', () => {
    const texts = [fixture, ...corpus.slice(0, 3000).filter((l) => l.trim() !== '')];
    let matches = 0;
    for (const text of texts) {
      const expected = built.findAll(text);
      matches += expected.length;
      expect(restored.findAll(text)).toEqual(expected);
    }
    // the news part names many listed bodies and places; a broken trie would find none
    expect(matches).toBeGreaterThan(1000);
  });

  it('read page by page as it is used, reads little for one article and finds the same', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-snapshot-'));
    try {
      const file = path.join(dir, 'gazetteer.bin');
      writeFileSync(file, bytes);
      const paged = PagedFile.open(file, { map: false });
      const lazy = Gazetteer.fromIndex(
        decodeSnapshot(paged.bytes, (start, end) => paged.ensure(start, end)),
      );
      const pages = () => paged.ready.reduce((n, r) => n + r, 0);
      const sentence = '삼성전자는 3일 서울 본사에서 인공지능 반도체 신제품을 공개했다.';
      expect(lazy.findAll(sentence)).toEqual(built.findAll(sentence));
      // the trie and its filter (~40% of the file), and the records and strings of two names
      expect(pages()).toBeLessThan(paged.ready.length * 0.45);
      expect(lazy.findAll(fixture)).toEqual(built.findAll(fixture));
      for (const text of corpus.slice(0, 500))
        expect(lazy.findAll(text)).toEqual(built.findAll(text));
      expect(lazy.entries()).toEqual(built.entries());
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('answers lookups of shared and ambiguous forms the same way', () => {
    const forms = [
      '상무부',
      '메타',
      'OpenAI',
      '오픈 AI',
      '삼성전자',
      '베이징',
      '삼성',
      '삼성전자우',
      '',
    ];
    for (const form of [...forms, 'x', '𠀀', '삼성전\u{20000}']) {
      expect(restored.lookupAll(form).map((e) => e.key)).toEqual(
        built.lookupAll(form).map((e) => e.key),
      );
    }
  });
});

describe('the built snapshot (dist/gazetteer.bin)', () => {
  // A stale snapshot is not used (the data are indexed at start instead, slowly); this says why
  // a start got slow, and that `npm run build` mends it.
  it.skipIf(!existsSync(snapshotPath()))('was built from the data now in data/gazetteer', () => {
    const bytes = readFileSync(snapshotPath());
    expect(snapshotDataHash(bytes), 'data/gazetteer changed: run npm run build').toBe(
      builtInDataHash(),
    );
    expect(currentSnapshot(snapshotPath(), builtInDataDirectory())).not.toBeNull();
  });
});
