// Integrity of the hand-annotated gold sets (dev and held-out): offsets, types, no overlaps, which
// corpus lines each set takes, and (when the corpus is present) that each committed JSONL is
// exactly what build.mjs makes from its TSV.
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

/**
 * Each set: its JSONL, its build.mjs --set name, the fewest sentences it must have, and the
 * corpus line its every-9th-line schedule starts at (dev 5, 14, …; held-out 9, 18, …).
 */
const SETS = [
  { file: 'ko-news-dev.jsonl', set: 'dev', minSentences: 300, firstLine: 5 },
  { file: 'ko-news-heldout.jsonl', set: 'heldout', minSentences: 220, firstLine: 9 },
];

function load(file: string): GoldRecord[] {
  return readFileSync(resolve(here, file), 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as GoldRecord);
}

const lineOf = (r: GoldRecord) => Number(r.id.replace('corpus-L', ''));

for (const { file, set, minSentences, firstLine } of SETS) {
  const records = load(file);

  describe(file, () => {
    it(`has at least ${minSentences} sentences from the news part, each id once`, () => {
      expect(records.length).toBeGreaterThanOrEqual(minSentences);
      const lines = records.map(lineOf);
      expect(new Set(lines).size).toBe(records.length);
      for (const n of lines) expect(n >= 1 && n <= 2983).toBe(true);
    });

    it(`takes only every 9th news line from line ${firstLine}`, () => {
      for (const n of records.map(lineOf)) expect((n - firstLine) % 9, `line ${n}`).toBe(0);
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

    it.skipIf(!existsSync(corpus))(`matches a fresh build (--set ${set}) from the corpus`, () => {
      // --check exits non-zero (and execFileSync throws) when the JSONL is stale.
      execFileSync(
        process.execPath,
        [resolve(here, 'build.mjs'), '--set', set, '--check', '--corpus', corpus],
        { stdio: 'pipe' },
      );
      const lines = readFileSync(corpus, 'utf8').split('\n');
      for (const r of records) expect(r.text).toBe(lines[lineOf(r) - 1]);
    });
  });
}

describe('dev and held-out sets', () => {
  it('share no sentence', () => {
    const dev = new Set(load('ko-news-dev.jsonl').map((r) => r.id));
    for (const r of load('ko-news-heldout.jsonl')) expect(dev.has(r.id), r.id).toBe(false);
  });
});
