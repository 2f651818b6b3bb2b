/**
 * What a BullMQ job carries: one article source as JSON. BullMQ stores job data as JSON, so raw
 * bytes (a file still to be decoded where it is analysed) travel as base64.
 */
import { SinmunError, type SinmunErrorCode } from '../errors.js';
import type { ArticleSource, ContentFormat, SourceMeta } from '../io/source.js';

export interface QueueJobData {
  /** The article id: the key of the exactly-once ledger and of the record. */
  id: string;
  text?: string;
  /** Raw input bytes, base64. */
  bytes64?: string;
  format?: ContentFormat;
  meta: SourceMeta;
  /** An input that could not even be read at enqueue time; the worker delivers its error record. */
  error?: { code: SinmunErrorCode; message: string };
}

export function toJobData(source: ArticleSource): QueueJobData {
  const data: QueueJobData = { id: source.id, meta: source.meta };
  if (source.error) {
    data.error = { code: source.error.code, message: source.error.message };
    return data;
  }
  if (source.bytes) data.bytes64 = Buffer.from(source.bytes).toString('base64');
  else if (typeof source.text === 'string') data.text = source.text;
  if (source.format) data.format = source.format;
  return data;
}

export function fromJobData(data: QueueJobData): ArticleSource {
  const source: ArticleSource = { id: data.id, meta: data.meta ?? {} };
  if (data.error) {
    source.error = new SinmunError(data.error.code, data.error.message);
    return source;
  }
  if (typeof data.bytes64 === 'string') source.bytes = Buffer.from(data.bytes64, 'base64');
  else if (typeof data.text === 'string') source.text = data.text;
  if (data.format) source.format = data.format;
  return source;
}

/**
 * The BullMQ job id for an article id. BullMQ refuses custom ids that contain `:` or read as an
 * integer, and article ids are often both (`feed.jsonl:12`, a numeric JSONL id), so they are
 * escaped reversibly: `%` → `%25`, `:` → `%3A`, and an integer-looking id gets a `%i` in front
 * (escaping never produces `%i`, so no two article ids share a job id).
 */
export function jobIdFor(articleId: string): string {
  const escaped = articleId.replace(/%/g, '%25').replace(/:/g, '%3A');
  if (escaped === '' || `${parseInt(escaped, 10)}` === escaped) return `%i${escaped}`;
  return escaped;
}
