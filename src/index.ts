/**
 * sinmun — Korean and English news articles into structured records.
 *
 * ```ts
 * import { createAnalyzer } from 'sinmun';
 * const analyzer = await createAnalyzer();
 * const record = analyzer.analyze('…기사 본문…');
 * analyzer.close();
 * ```
 */
import { createAnalyzer } from './analyzer.js';
import { createMorphology } from './morph/index.js';
import type { AnalyzeMeta, AnalyzerOptions, ArticleRecord, Token } from './types.js';

export { createAnalyzer, type Analyzer } from './analyzer.js';
export { contentId } from './io/content-id.js';
export { decodeInput, type DecodedInput, type DecodeOptions } from './io/decode.js';
export { extractHtmlArticle, type HtmlArticle } from './io/html.js';
export { readSources, type ReadOptions, type SourceReader } from './io/read.js';
export type { ArticleSource } from './io/source.js';
export { analyzeMany, createAnalyzeTransform, type AnalyzeManyOptions } from './pipeline/stream.js';
export { createPool, type Pool, type PoolOptions } from './pipeline/pool.js';
// The distributed queue (bullmq, ioredis) is its own entry point, `sinmun/queue`, so that
// importing the analyzer does not load a Redis client.
export { detectLanguage } from './text/language.js';
export { extractMoney, type ExtractMoneyOptions } from './money/index.js';
export { attributeMoney } from './attribution/index.js';
export { extractDates, type ExtractDatesOptions } from './dates/index.js';
export { formatMecab } from './morph/index.js';
export { render, type RenderOptions } from './render/index.js';
export { SinmunError, type SinmunErrorCode } from './errors.js';
export type * from './types.js';
export { MONEY_MEASURES } from './types.js';

/** One-shot analysis: creates an analyzer, analyses `text`, and closes it. */
export async function analyze(
  text: string,
  options: AnalyzerOptions & AnalyzeMeta = {},
): Promise<ArticleRecord> {
  const analyzer = await createAnalyzer(options);
  try {
    return analyzer.analyze(text, options);
  } finally {
    analyzer.close();
  }
}

/** One-shot morphemes of `text` with the bare dictionary (and any user dictionary given). */
export async function tokenize(
  text: string,
  options: Pick<
    AnalyzerOptions,
    'morphology' | 'spacePenalty' | 'userDictionary' | 'dictionaryPath'
  > = {},
): Promise<Token[]> {
  const morphology = await createMorphology(options);
  try {
    return morphology.tokenize(text);
  } finally {
    morphology.close();
  }
}
