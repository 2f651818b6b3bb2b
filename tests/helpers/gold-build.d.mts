// Types for the parts of gold-build.mjs that the gold-file tests share with the builders.
import type { DateGrain } from '../../src/types.js';

export const NEWS_LAST_LINE: number;
export const VALUE_FORMS: Record<DateGrain, RegExp>;
/** The grain a value's ISO form has, or null when it has none of the contract's forms. */
export function grainOfValue(value: string): DateGrain | null;
/** Dev or blind, by a sentence's 1-based ordinal in its set's selection. */
export function splitOf(ordinal: number): 'dev' | 'blind';
/** The ids a gold folder's selection.txt lists, in order. */
export function readSelection(path: string): string[];
