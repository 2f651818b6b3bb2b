// Integrity of the hand-annotated dev set: offsets, types, no overlaps, and (when the corpus is
// present) that the committed JSONL is exactly what build.mjs makes from annotations.tsv.
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(here, '../../../../shared/corpus/ko-news-and-reviews.txt');
// The contract's entity types, read from the record schema rather than restated here.
const schema = JSON.parse(
  readFileSync(resolve(here, '../../../schema/article-record.schema.json'), 'utf8'),
) as { $defs: { entity: { properties: { type: { enum: string[] } } } } };
const TYPES = schema.$defs.entity.properties.type.enum;

interface GoldEntity {
  start: number;
  end: number;
  type: string;
  text: string;
}
interface GoldRecord {
  id: string;
  text: string;
  entities: GoldEntity[];
}

const records: GoldRecord[] = readFileSync(resolve(here, 'ko-news-dev.jsonl'), 'utf8')
  .trim()
  .split('\n')
  .map((line) => JSON.parse(line) as GoldRecord);

describe('ko-news-dev.jsonl', () => {
  it('has at least 300 sentences from the news part, each id once', () => {
    expect(records.length).toBeGreaterThanOrEqual(300);
    const lines = records.map((r) => Number(r.id.replace('corpus-L', '')));
    expect(new Set(lines).size).toBe(records.length);
    for (const n of lines) expect(n >= 1 && n <= 2983).toBe(true);
  });

  it('keeps sentences without entities, for precision', () => {
    const empty = records.filter((r) => r.entities.length === 0).length;
    expect(empty).toBeGreaterThan(records.length / 10);
  });

  it('has offsets that slice to the entity text, known types and no overlaps', () => {
    for (const r of records) {
      let lastEnd = 0;
      for (const e of r.entities) {
        expect(r.text.slice(e.start, e.end), r.id).toBe(e.text);
        expect(TYPES, `${r.id} ${e.text}`).toContain(e.type);
        expect(e.start, `${r.id} ${e.text} overlaps`).toBeGreaterThanOrEqual(lastEnd);
        expect(e.text.trim(), `${r.id}: spans carry no outer spaces`).toBe(e.text);
        lastEnd = e.end;
      }
    }
  });

  it.skipIf(!existsSync(corpus))(
    'matches a fresh build from annotations.tsv and the corpus',
    () => {
      // --check exits non-zero (and execFileSync throws) when the JSONL is stale.
      execFileSync(process.execPath, [resolve(here, 'build.mjs'), '--check', '--corpus', corpus], {
        stdio: 'pipe',
      });
      const lines = readFileSync(corpus, 'utf8').split('\n');
      for (const r of records) expect(r.text).toBe(lines[Number(r.id.slice(8)) - 1]);
    },
  );
});
