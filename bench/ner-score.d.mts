// Types for ner-score.mjs, so that the strict TypeScript tests can import it.

export interface ScoredEntity {
  start: number;
  end: number;
  type: string;
  text?: string;
}

export interface ScoredDocument {
  id: string;
  text?: string;
  entities: ScoredEntity[];
}

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface SupportedCounts extends Counts {
  /** Gold entities of this class (tp + fn). */
  support: number;
}

export interface ScoreError {
  id: string;
  error: 'fp' | 'fn';
  entity: ScoredEntity;
  /** `type`: the other side has the same span with another type; `boundary`: an overlapping span. */
  kind: 'type' | 'boundary' | 'none';
  other: ScoredEntity | null;
}

export interface ScoreReport {
  perType: Record<string, SupportedCounts>;
  micro: SupportedCounts;
  macro: { precision: number; recall: number; f1: number; types: string[] };
  untyped: SupportedCounts;
  documents: number;
  errors: ScoreError[];
}

export function prf(tp: number, fp: number, fn: number): Counts;
export function score(gold: ScoredDocument[], predicted: ScoredDocument[]): ScoreReport;
export function mapTypes(
  docs: ScoredDocument[],
  typeMap: Readonly<Record<string, string>>,
): ScoredDocument[];
export const COARSE_TYPES: Readonly<Record<string, string>>;
export const KLUE_TYPES: Readonly<Record<string, string>>;
export function keepMapped(
  docs: ScoredDocument[],
  typeMap: Readonly<Record<string, string>>,
): ScoredDocument[];
export function splitPart<T>(docs: T[], part: 'all' | 'tune' | 'blind'): T[];
