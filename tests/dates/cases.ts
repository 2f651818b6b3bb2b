/** The shape of the date corpora: an input, the reference date, and the dates it must give. */
import type { DateGrain } from '../../src/types.js';

/**
 * Duckling's reference time, 2013-02-12 (a Tuesday: ISO week 2013-W07), unless a case says
 * otherwise; `null` means an article without a published date.
 */
export const REFERENCE = '2013-02-12';

/** `[text, value, grain, flags]`: `r` relative, `a` approximate. */
export type Expected = [
  text: string,
  value: string | null,
  grain: DateGrain,
  flags?: 'r' | 'a' | 'ra',
];

export interface DateCase {
  input: string;
  ref?: string | null;
  expect: Expected[];
}
