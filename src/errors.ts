/**
 * Typed errors. Every failure the library reports is a `SinmunError` with a stable `code`, so that
 * pipelines can route bad inputs without parsing messages, and a message a person understands.
 */
export type SinmunErrorCode =
  | 'EMPTY_INPUT'
  | 'BINARY_INPUT'
  | 'INVALID_ENCODING'
  | 'INPUT_TOO_LARGE'
  | 'INVALID_INPUT'
  | 'READ_FAILED'
  | 'PARSE_FAILED'
  | 'DICTIONARY_NOT_FOUND'
  | 'DICTIONARY_INVALID'
  | 'MECAB_NOT_FOUND'
  | 'MECAB_FAILED'
  | 'ANALYZER_CLOSED'
  | 'INTERNAL';

export class SinmunError extends Error {
  readonly code: SinmunErrorCode;

  constructor(code: SinmunErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'SinmunError';
    this.code = code;
  }
}

/** Wraps anything thrown into a SinmunError, keeping typed ones as they are. */
export function toSinmunError(err: unknown): SinmunError {
  if (err instanceof SinmunError) return err;
  const message = err instanceof Error ? err.message : String(err);
  return new SinmunError('INTERNAL', `internal error: ${message}`, { cause: err });
}
