import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuiltInSync } from '../../src/entities/gazetteer/entries.js';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import {
  decodeSnapshot,
  encodeSnapshot,
  snapshotDataHash,
} from '../../src/entities/gazetteer/snapshot.js';

const built = Gazetteer.build(readBuiltInSync());
const bytes = encodeSnapshot(built.toIndex(), 'f'.repeat(40));
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

  it('answers lookups of shared and ambiguous forms the same way', () => {
    for (const form of ['상무부', '메타', 'OpenAI', '오픈 AI', '삼성전자', '베이징']) {
      expect(restored.lookupAll(form).map((e) => e.key)).toEqual(
        built.lookupAll(form).map((e) => e.key),
      );
    }
  });
});
