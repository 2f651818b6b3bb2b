/** Reading and checking the hand-annotated gold files (tests/context/gold, tests/dates/gold). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { readSelection, splitOf } from './gold-build.mjs';

const SHARED_PRESENT = existsSync(new URL('../../../shared/corpus/', import.meta.url));

/** What every gold line carries besides its annotations. */
export interface GoldSentence {
  id: string;
  source: string;
  published: string;
  text: string;
}

export interface GoldSpan {
  start: number;
  end: number;
  text: string;
}

export type Split = 'dev' | 'blind';

export function readJsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
}

/** Both parts of a gold set: `<prefix>.dev.jsonl` and `<prefix>.blind.jsonl` in `dir`. */
export function readSet<T>(dir: URL, prefix: string): Record<Split, T[]> {
  return {
    dev: readJsonl<T>(new URL(`${prefix}.dev.jsonl`, dir)),
    blind: readJsonl<T>(new URL(`${prefix}.blind.jsonl`, dir)),
  };
}

/** Why a span does not cover its text in `text`, or null when it does. */
export function spanProblem(text: string, span: GoldSpan | null | undefined): string | null {
  if (!span) return 'missing span';
  const { start, end } = span;
  if (!Number.isInteger(start) || !Number.isInteger(end)) return 'offsets are not integers';
  if (start < 0 || end > text.length || start >= end) return `offsets ${start}-${end} out of range`;
  if (text.slice(start, end) !== span.text) {
    return `slice ${JSON.stringify(text.slice(start, end))} ≠ ${JSON.stringify(span.text)}`;
  }
  return null;
}

/** Problems with the fields every gold line shares. */
function sentenceProblems(s: GoldSentence): string[] {
  const out: string[] = [];
  if (!/^(corpus:\d+|klue-dev-a:klue-ner-v1_dev_\d{5}-wikitree)$/.test(s.id)) out.push('id');
  if (!/CC BY-SA [34]\.0/.test(s.source)) out.push('source without its licence');
  const day = /^\d{4}-\d{2}-\d{2}$/.test(s.published) && new Date(`${s.published}T00:00:00Z`);
  if (!day || Number.isNaN(day.getTime()) || day.toISOString().slice(0, 10) !== s.published) {
    out.push(`published ${s.published}`);
  }
  if (typeof s.text !== 'string' || s.text.length === 0) out.push('empty text');
  return out;
}

/** What a gold set is checked for, besides what every set shares. */
export interface GoldSetSpec<L extends GoldSentence> {
  dir: URL;
  prefix: string;
  /** The annotations' field on each line (`money`, `dates`). */
  annotations: (line: L) => GoldSpan[];
  /** Problems with one line's annotations (spans, values), as readable strings. */
  problems: (line: L) => string[];
  minTotal: number;
  minBlind: number;
}

/**
 * The checks every gold set shares: well-formed lines, ids once each, spans in reading order and
 * the set's own problems, the dev/blind split rule against selection.txt, every selected sentence
 * annotated, the counts the set promises, and (when ../shared is present) that each JSONL is what
 * build.mjs makes from the hand-typed files.
 */
export function describeGoldSet<L extends GoldSentence>(
  spec: GoldSetSpec<L>,
  sets: Record<Split, L[]>,
): void {
  const selected = readSelection(fileURLToPath(new URL('selection.txt', spec.dir)));
  const count = (lines: L[]) => lines.reduce((n, l) => n + spec.annotations(l).length, 0);

  describe.each(['dev', 'blind'] as const)(`${spec.prefix}.%s.jsonl`, (split) => {
    const lines = sets[split];

    it('has well-formed sentences, ids once each', () => {
      expect(lines.flatMap((l) => sentenceProblems(l).map((p) => `${l.id}: ${p}`))).toEqual([]);
      expect(new Set(lines.map((l) => l.id)).size).toBe(lines.length);
    });

    it('has spans that cover their text, in reading order, and values in the contract’s forms', () => {
      const order = lines.flatMap((l) =>
        spec
          .annotations(l)
          .filter((a, i, all) => i > 0 && a.start < all[i - 1].end)
          .map((a) => `${l.id} ${a.text}: not in reading order`),
      );
      expect([...order, ...lines.flatMap(spec.problems)]).toEqual([]);
    });

    it(`holds only selected sentences that the split rule sends to ${split}`, () => {
      const wrong = lines.filter((l) => {
        const at = selected.indexOf(l.id);
        return at < 0 || splitOf(at + 1) !== split;
      });
      expect(wrong.map((l) => l.id)).toEqual([]);
    });
  });

  describe(`${spec.prefix}: the set as a whole`, () => {
    it(`has at least ${spec.minTotal} annotations, at least ${spec.minBlind} of them blind`, () => {
      expect(count(sets.dev) + count(sets.blind)).toBeGreaterThanOrEqual(spec.minTotal);
      expect(count(sets.blind)).toBeGreaterThanOrEqual(spec.minBlind);
    });

    it('annotates every selected sentence once, in dev or in blind', () => {
      const all = [...sets.dev, ...sets.blind].map((l) => l.id).sort();
      expect(all).toEqual([...selected].sort());
    });

    it.skipIf(!SHARED_PRESENT)('matches what build.mjs makes from the hand-typed files', () => {
      const script = fileURLToPath(new URL('build.mjs', spec.dir));
      expect(() =>
        execFileSync(process.execPath, [script, '--check'], { stdio: 'pipe' }),
      ).not.toThrow();
    });
  });
}
