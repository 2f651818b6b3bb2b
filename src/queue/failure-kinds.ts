/**
 * Which failures a retry can cure. Bad input (empty, binary, undecodable, too large) fails the
 * same way every time, so its error record is delivered at once; anything else (an internal
 * error, MeCab crashing, a closed analyzer) may pass on another attempt or another machine, so
 * the job is retried with backoff and becomes a dead letter only when every attempt failed.
 * A `Record` over every code, so that a new code cannot be added without deciding its kind.
 */
import type { SinmunErrorCode } from '../errors.js';

export type FailureKind = 'input' | 'retry';

export const FAILURE_KINDS: Record<SinmunErrorCode, FailureKind> = {
  EMPTY_INPUT: 'input',
  BINARY_INPUT: 'input',
  INVALID_ENCODING: 'input',
  INPUT_TOO_LARGE: 'input',
  INVALID_INPUT: 'input',
  READ_FAILED: 'input',
  PARSE_FAILED: 'input',
  DICTIONARY_NOT_FOUND: 'retry',
  DICTIONARY_INVALID: 'retry',
  MECAB_NOT_FOUND: 'retry',
  MECAB_FAILED: 'retry',
  ANALYZER_CLOSED: 'retry',
  INTERNAL: 'retry',
};

/** Unknown codes (from a newer peer) are retried: a wasted retry is cheaper than a lost article. */
export function failureKind(code: string): FailureKind {
  return (FAILURE_KINDS as Record<string, FailureKind | undefined>)[code] ?? 'retry';
}
