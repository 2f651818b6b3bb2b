import { SinmunError } from '../errors.js';
import type { AnalyzeMeta } from '../types.js';
import { decodeInput } from './decode.js';
import { extractHtmlArticle, looksLikeHtml } from './html.js';
import type { ArticleSource } from './source.js';

export interface PrepareOptions {
  /** Largest input in bytes (default 10 MiB). */
  maxBytes?: number;
}

export interface PreparedArticle {
  /** The text the record carries and its offsets point into. */
  text: string;
  meta: AnalyzeMeta;
}

export const HTML_WARNING = 'text extracted from HTML';

/**
 * Turns a source into the text to analyse: decodes raw bytes and takes the article out of an
 * HTML page. Runs where the article is analysed (a worker thread in a pool), so that decoding
 * and HTML parsing are spread over the cores too. Throws a `SinmunError` for bad input.
 */
export function prepareSource(source: ArticleSource, opts: PrepareOptions = {}): PreparedArticle {
  if (source.error) throw source.error;
  const warnings = [...(source.meta.warnings ?? [])];
  let text: string;
  if (source.bytes) {
    const html = source.format === 'html' ? true : source.format === 'text' ? false : undefined;
    const decoded = decodeInput(source.bytes, { maxBytes: opts.maxBytes, html });
    text = decoded.text;
    warnings.push(...decoded.warnings);
  } else if (typeof source.text === 'string') {
    text = source.text;
  } else {
    throw new SinmunError('INVALID_INPUT', `article ${source.id} has neither text nor bytes`);
  }
  const meta: AnalyzeMeta = { id: source.id, warnings };
  let { title, published } = source.meta;
  const format = source.format ?? 'auto';
  if (format === 'html' || (format === 'auto' && looksLikeHtml(text))) {
    const page = extractHtmlArticle(text);
    if (page.text.trim() === '') {
      throw new SinmunError('EMPTY_INPUT', 'the HTML page holds no article text');
    }
    text = page.text;
    title ??= page.title ?? undefined;
    published ??= page.published ?? undefined;
    warnings.push(HTML_WARNING);
  }
  if (title !== undefined) meta.title = title;
  if (source.meta.url !== undefined) meta.url = source.meta.url;
  if (published !== undefined) meta.published = published;
  return { text, meta };
}
