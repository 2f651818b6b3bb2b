/** What the detectors propose before mentions are resolved and grouped into entities. */
import type { EntityType } from '../../types.js';
import type { LexiconEntry, LexiconMatch } from './lexicon.js';

/** How a candidate was found; later sources of higher rank win overlaps of equal length. */
export type CandidateSource = 'gazetteer' | 'cue' | 'suffix' | 'pattern' | 'ner' | 'proper';

export interface Candidate {
  start: number;
  end: number;
  text: string;
  type: EntityType | null;
  source: CandidateSource;
  entry?: LexiconEntry;
  /** Needs supporting context (an ambiguous listed name, a weak suffix) before it is kept. */
  weak?: boolean;
  /** Forms written inside this mention that are aliases of it (`智源` in `지위엔(智源)연구원`). */
  innerAliases?: string[];
  /** Index of another candidate this one was written beside as a parenthetical alias. */
  aliasOf?: number;
}

export const SOURCE_RANK: Record<CandidateSource, number> = {
  gazetteer: 5,
  cue: 4,
  suffix: 3,
  pattern: 2,
  ner: 1,
  proper: 0,
};

/** A gazetteer match as a candidate; ambiguous forms need context support. */
export function fromMatch(m: LexiconMatch): Candidate {
  return {
    start: m.start,
    end: m.end,
    text: m.text,
    type: m.entry.type,
    source: 'gazetteer',
    entry: m.entry,
    weak: m.ambiguous === true,
  };
}

/**
 * The candidate with every field present, in one order. The detectors write candidates as
 * literals with different optional fields, which left every later read of a candidate (in
 * the detectors, in resolving, in grouping) looking through many shapes; one shape keeps
 * those reads fast.
 */
export function uniform(c: Candidate): Candidate {
  return {
    start: c.start,
    end: c.end,
    text: c.text,
    type: c.type,
    source: c.source,
    entry: c.entry,
    weak: c.weak,
    innerAliases: c.innerAliases,
    aliasOf: c.aliasOf,
  };
}
