// Types for eval-entities.mjs, so that the strict TypeScript tests can import its pure parts.
import type { ScoredDocument, ScoredEntity, ScoreReport } from './ner-score.mjs';

export interface AnalyzerLike {
  analyze(
    text: string,
    options: { id: string } & Record<string, unknown>,
  ): AnalyzedRecord | Promise<AnalyzedRecord>;
}

export interface AnalyzedRecord {
  entities?: { type: string; mentions?: { text: string; start: number; end: number }[] }[];
}

export interface Evaluation {
  report: ScoreReport;
  /** Predicted mentions whose `text` is not `text.slice(start, end)`. */
  badOffsets: number;
  chars: number;
  seconds: number;
}

export function parseGold(jsonl: string, name?: string): ScoredDocument[];
export function flattenMentions(
  text: string,
  record: AnalyzedRecord,
): { entities: ScoredEntity[]; badOffsets: number };
export function evaluate(
  gold: ScoredDocument[],
  analyzer: AnalyzerLike,
  options?: {
    analyzeOptions?: Record<string, unknown>;
    coarse?: boolean;
    scheme?: 'klue' | null;
  },
): Promise<Evaluation>;
