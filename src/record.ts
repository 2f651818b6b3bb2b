/** Building blocks for records that every producer (analyzer, CLI, pipeline) shares. */
import { toSinmunError } from './errors.js';
import type { ArticleRecord } from './types.js';

/** A record with every field present and empty, for inputs that produced nothing. */
export function emptyRecord(id: string): ArticleRecord {
  return {
    id,
    lang: 'und',
    title: null,
    byline: { reporter: null, email: null, publisher: null },
    sentences: [],
    entities: [],
    money: [],
    dates: [],
    warnings: [],
  };
}

/**
 * The record emitted for an input that could not be read or analysed: the run goes on and the
 * input is still accounted for, with a code a pipeline can route on.
 */
export function errorRecord(id: string, err: unknown, warnings: string[] = []): ArticleRecord {
  const e = toSinmunError(err);
  return {
    ...emptyRecord(id),
    warnings: [...warnings],
    error: { code: e.code, message: e.message },
  };
}
