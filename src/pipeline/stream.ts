import { Transform } from 'node:stream';
import type { ArticleRecord } from '../types.js';
import { toSource, type ArticleItem } from './normalize.js';
import type { AnalyzeManyOptions } from './options.js';
import { analyzeSource, type RecordMaker } from './process.js';

export type { AnalyzeManyOptions } from './options.js';

/** A sync or async iterable of articles. */
export type ArticleIterable = Iterable<ArticleItem> | AsyncIterable<ArticleItem>;

/**
 * Records for many articles, in input order, one at a time: the source is pulled only as records
 * are consumed, so memory stays bounded however long it is. A bad article becomes its error
 * record and the run goes on.
 */
export async function* analyzeMany(
  analyzer: RecordMaker,
  source: ArticleIterable,
  options: AnalyzeManyOptions = {},
): AsyncGenerator<ArticleRecord> {
  let index = 0;
  for await (const item of source) {
    yield analyzeSource(analyzer, toSource(item, index++), options);
  }
}

/**
 * An object-mode `Transform` for `stream.pipeline`: articles in (strings, `ArticleInput`s or
 * article sources), records out in the same order; a bad article becomes its error record.
 */
export function createAnalyzeTransform(
  analyzer: RecordMaker,
  options: AnalyzeManyOptions = {},
): Transform {
  let index = 0;
  return new Transform({
    objectMode: true,
    transform(chunk: ArticleItem, _encoding, callback) {
      callback(null, analyzeSource(analyzer, toSource(chunk, index++), options));
    },
  });
}
