import { contentId } from '../io/content-id.js';
import { SinmunError } from '../errors.js';
import type { ArticleSource } from '../io/source.js';
import type { ArticleInput } from '../types.js';

/** Anything the streaming API takes as one article. */
export type ArticleItem = string | ArticleInput | ArticleSource;

function isSource(item: object): item is ArticleSource {
  return 'meta' in item || 'bytes' in item || 'error' in item;
}

/**
 * One item of a caller's iterable as an article source. Strings and `ArticleInput`s are taken as
 * plain text, exactly as `analyzer.analyze` would take them; an id is the given one or a content
 * hash. Something that is not an article becomes a source carrying an error.
 */
export function toSource(item: ArticleItem | unknown, index: number): ArticleSource {
  if (typeof item === 'string')
    return { id: contentId(item), text: item, format: 'text', meta: {} };
  if (item === null || typeof item !== 'object') {
    return invalid(
      `input:${index}`,
      `expected a string or an article object, got ${item === null ? 'null' : typeof item}`,
    );
  }
  if (isSource(item)) return item;
  const input = item as Partial<ArticleInput>;
  const text = input.text;
  if (typeof text !== 'string') {
    return invalid(
      typeof input.id === 'string' ? input.id : `input:${index}`,
      `the article's "text" is ${text === undefined ? 'missing' : `a ${typeof text}, not a string`}`,
    );
  }
  const source: ArticleSource = { id: input.id ?? contentId(text), text, format: 'text', meta: {} };
  if (input.title !== undefined) source.meta.title = input.title;
  if (input.url !== undefined) source.meta.url = input.url;
  if (input.published !== undefined) source.meta.published = input.published;
  return source;
}

function invalid(id: string, message: string): ArticleSource {
  return { id, meta: {}, error: new SinmunError('INVALID_INPUT', message) };
}
