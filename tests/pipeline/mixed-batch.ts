import iconv from 'iconv-lite';
import { SinmunError } from '../../src/errors.js';
import type { ArticleSource } from '../../src/io/source.js';
import { NEWS_PAGE } from '../io/news-page.js';
import { EN_ARTICLES, KO_ARTICLES } from './articles.js';

export type BatchItem = string | { id: string; text: string } | ArticleSource;

/**
 * A mixed batch for the multi-threaded paths: `count` Korean articles with English ones, blank
 * ones, EUC-KR bytes among them, then `extra`, an HTML page and a source that could not be read.
 */
export function mixedBatch(count: number, extra: BatchItem[] = []): BatchItem[] {
  const items: BatchItem[] = [];
  for (let i = 0; i < count; i++) {
    const ko = KO_ARTICLES[i % KO_ARTICLES.length];
    items.push({ id: `ko-${i}`, text: ko });
    if (i % 3 === 0) items.push({ id: `en-${i}`, text: EN_ARTICLES[i % EN_ARTICLES.length] });
    if (i % 5 === 0) items.push({ id: `bad-${i}`, text: ' \n ' });
    if (i % 7 === 0) items.push({ id: `euc-${i}`, bytes: iconv.encode(ko, 'euc-kr'), meta: {} });
  }
  items.push(...extra);
  items.push({ id: 'page', bytes: Buffer.from(NEWS_PAGE), meta: {} });
  items.push({ id: 'unreadable', meta: {}, error: new SinmunError('READ_FAILED', 'gone') });
  return items;
}

export async function collect<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}
