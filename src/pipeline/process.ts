import { prepareSource, type PreparedArticle } from '../io/prepare.js';
import type { ArticleSource } from '../io/source.js';
import { errorRecord } from '../record.js';
import type { AnalyzeMeta, ArticleRecord } from '../types.js';
import type { AnalyzeManyOptions } from './options.js';

/** The part of an analyzer that turning sources into records needs. */
export interface RecordMaker {
  analyze(text: string, meta?: AnalyzeMeta): ArticleRecord;
}

/**
 * The record for one source, never a throw: whatever goes wrong with this article becomes its
 * error record (with the id and the warnings gathered so far), so a run never stops for it.
 */
export function analyzeSource(
  analyzer: RecordMaker,
  source: ArticleSource,
  opts: AnalyzeManyOptions = {},
): ArticleRecord {
  try {
    const { text, meta } = prepareForAnalysis(source, opts);
    return analyzer.analyze(text, meta);
  } catch (err) {
    return failedRecord(source, err);
  }
}

/** The text and meta `analyze` is called with for a source; throws a `SinmunError` for bad input. */
export function prepareForAnalysis(
  source: ArticleSource,
  opts: AnalyzeManyOptions = {},
): PreparedArticle {
  const prepared = prepareSource(source, opts);
  if (opts.tokens) prepared.meta.tokens = true;
  if (opts.omitText) prepared.meta.omitText = true;
  return prepared;
}

/** The error record of a source whose reading or analysis failed. */
export function failedRecord(
  source: Pick<ArticleSource, 'id' | 'meta'>,
  err: unknown,
): ArticleRecord {
  const record = errorRecord(source.id, err, source.meta.warnings ?? []);
  if (source.meta.url !== undefined) record.url = source.meta.url;
  return record;
}
