/**
 * The shape of the attribution corpus: a sentence, the dates the dates stage gives for it
 * (placed by their text, so the cases do not depend on that engine), and the context each
 * top-level money figure must get, in reading order. Expectations are written by reading the
 * sentence.
 */
import type { DateGrain, MoneyMeasure } from '../../src/types.js';

export interface DateGiven {
  text: string;
  value: string | null;
  grain: DateGrain;
}

export interface ExpectedContext {
  /** The figure's text, to keep the list readable and aligned. */
  money: string;
  /** The subject span's text, or null. */
  subject: string | null;
  /** Whether the subject is a named entity of the record (default: true when there is one). */
  entity?: boolean;
  measure: MoneyMeasure | null;
  /** The period's text (its value is the given date's). */
  period: string | null;
  change: { direction: 'up' | 'down'; from?: number | null; percent?: number | null } | null;
}

export interface ContextCase {
  text: string;
  /** Where the sentence comes from, when it is not written for the corpus. */
  source?: string;
  published?: string;
  dates?: DateGiven[];
  expect: ExpectedContext[];
}
