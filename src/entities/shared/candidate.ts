/** What the detectors propose before mentions are resolved and grouped into entities. */
import type { EntityType } from '../../types.js';
import type { LexiconEntry, LexiconMatch } from './lexicon.js';

/** How a candidate was found; later sources of higher rank win overlaps of equal length. */
export type CandidateSource = 'gazetteer' | 'cue' | 'suffix' | 'pattern' | 'ner' | 'proper';

/**
 * A person written without a full name (`김모(33)씨`, `A씨`, `박 대표`): the mention is the surname
 * or letter alone, and what the text says beside it is what tells two such people apart.
 */
export interface NamelessPerson {
  /** The surname or letter, as the mention's text. */
  initial: string;
  /** The age written with it (`33` in `김모(33)씨`), or null. */
  age: string | null;
  /** The title after it (`대표` in `김 대표`), or null for `씨`, `군`, `양`. */
  title: string | null;
}

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
  /** Set when the candidate is a person written by surname or letter alone. */
  nameless?: NamelessPerson;
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
    nameless: c.nameless,
  };
}
