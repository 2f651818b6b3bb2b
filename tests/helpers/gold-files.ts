/** Reading and checking the hand-annotated gold files (tests/context/gold, tests/dates/gold). */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { splitOf } from './gold-build.mjs';

export const SHARED_PRESENT = existsSync(new URL('../../../shared/corpus/', import.meta.url));

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

export function readJsonl<T>(url: URL): T[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .filter((l) => l.length > 0)
    .map((l) => JSON.parse(l) as T);
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
export function sentenceProblems(s: GoldSentence): string[] {
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

/** The ids a gold folder's selection.txt lists, in order. */
export function selection(url: URL): string[] {
  return readFileSync(url, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/** Ids that sit in the wrong file for the split rule, or are not selected at all. */
export function misplaced(selected: string[], split: 'dev' | 'blind', ids: string[]): string[] {
  return ids.filter((id) => {
    const at = selected.indexOf(id);
    return at < 0 || splitOf(at + 1) !== split;
  });
}

/** Runs a gold builder with --check (needs ../shared); throws when a JSONL is stale. */
export function checkBuild(script: URL): void {
  execFileSync(process.execPath, [script.pathname, '--check'], { stdio: 'pipe' });
}
