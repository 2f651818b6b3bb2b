import type { SinmunError } from '../errors.js';

/** How the content of an input is to be read: plain text, an HTML page, or sniffed. */
export type ContentFormat = 'text' | 'html' | 'auto';

/** Metadata that comes with an input from outside its text (JSONL fields, an HTML page's head). */
export interface SourceMeta {
  title?: string;
  url?: string;
  published?: string;
  /** What was odd but handled while reading (carried into the record). */
  warnings?: string[];
}

/**
 * One input unit (a file, a JSONL line, standard input) as read, before analysis. Every unit
 * yields exactly one source, so that every input gives exactly one record: a unit that could
 * not be read carries its `error` instead of content.
 */
export interface ArticleSource {
  id: string;
  /** Already decoded text (a JSONL field, a string handed to the library). */
  text?: string;
  /** Raw bytes still to be decoded (a file); decoded where the article is analysed. */
  bytes?: Uint8Array;
  /** Default `auto`: an HTML page is recognised by its content. */
  format?: ContentFormat;
  meta: SourceMeta;
  error?: SinmunError;
}
