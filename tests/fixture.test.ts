/**
 * The reference article against its hand-checked expectations
 * (fixtures/etnews-china-genai-column.expected.json).
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnalyzer, type Analyzer } from '../src/index.js';
import type { ArticleRecord, Entity } from '../src/types.js';

const FIXTURE_URL = new URL('../fixtures/etnews-china-genai-column.txt', import.meta.url);
const text = readFileSync(FIXTURE_URL, 'utf8');

interface ExpectedEntity {
  canonical: string | null;
  name?: string;
  type: string;
  acceptTypes?: string[];
  acceptCanonical?: string[];
  mentions: [string, number][];
}
const expected = JSON.parse(
  readFileSync(
    new URL('../fixtures/etnews-china-genai-column.expected.json', import.meta.url),
    'utf8',
  ),
) as {
  lang: string;
  title: ArticleRecord['title'];
  byline: ArticleRecord['byline'];
  sentenceCount: number;
  sentencesInclude: string[];
  money: ArticleRecord['money'];
  dates: ArticleRecord['dates'];
  entities: ExpectedEntity[];
  relatedHeadlinesStart: number;
};

let analyzer: Analyzer;
let record: ArticleRecord;
beforeAll(async () => {
  analyzer = await createAnalyzer();
  record = analyzer.analyze(text, { id: 'fixture' });
});
afterAll(() => analyzer.close());

describe('reference fixture', () => {
  it('is byte-identical to the shared original, where that is present', () => {
    const shared = new URL('../../shared/fixtures/etnews-china-genai-column.txt', import.meta.url);
    let original: Buffer | null = null;
    try {
      original = readFileSync(shared);
    } catch {
      console.warn('../shared/fixtures not present: byte comparison skipped');
    }
    if (original) expect(readFileSync(FIXTURE_URL).equals(original)).toBe(true);
  });

  it('language, title and byline', () => {
    expect(record.lang).toBe(expected.lang);
    expect(record.title).toEqual(expected.title);
    expect(record.byline).toEqual(expected.byline);
  });

  it('sentences of the body only', () => {
    expect(record.sentences).toHaveLength(expected.sentenceCount);
    const texts = record.sentences.map((s) => text.slice(s.start, s.end));
    for (const s of expected.sentencesInclude) expect(texts).toContain(s);
    expect(Math.max(...record.sentences.map((s) => s.end))).toBeLessThan(
      text.indexOf('길재식 기자'),
    );
  });

  it('money: exactly the four figures with their equivalents', () => {
    expect(record.money).toEqual(expected.money);
  });

  it('dates: every year and month of the body; relative ones unresolved without published', () => {
    expect(record.dates).toEqual(expected.dates);
    for (const d of record.dates) expect(text.slice(d.start, d.end)).toBe(d.text);
  });

  describe('entities', () => {
    const byCanonical = (e: ExpectedEntity): Entity | undefined =>
      record.entities.find((r) =>
        e.canonical === null
          ? r.name === e.name
          : [e.canonical, ...(e.acceptCanonical ?? [])].includes(r.canonical ?? ''),
      );

    it.each(expected.entities.map((e) => [e.canonical ?? e.name, e] as const))(
      '%s',
      (_label, e) => {
        const found = byCanonical(e);
        expect(found, `no entity for ${e.canonical ?? e.name}`).toBeDefined();
        expect(e.acceptTypes ?? [e.type]).toContain(found!.type);
        expect(found!.mentions.map((m) => [m.text, m.start])).toEqual(e.mentions);
        for (const m of found!.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
      },
    );

    it('nothing from the related-headline list after the article', () => {
      const late = record.entities
        .flatMap((e) => e.mentions)
        .filter((m) => m.start >= expected.relatedHeadlinesStart);
      expect(late).toEqual([]);
    });

    it('one entity per real-world thing', () => {
      const canon = record.entities.map((e) => e.canonical).filter((c) => c !== null);
      expect(new Set(canon).size).toBe(canon.length);
    });
  });
});
