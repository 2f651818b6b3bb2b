import { SinmunError } from '../errors.js';
import type { ArticleSource, SourceMeta } from './source.js';

/** Which JSON fields of a JSONL line hold what; dotted paths (`meta.id`) reach into objects. */
export interface JsonlFields {
  idField?: string;
  textField?: string;
  titleField?: string;
  urlField?: string;
  publishedField?: string;
}

export const DEFAULT_JSONL_FIELDS: Required<JsonlFields> = {
  idField: 'id',
  textField: 'text',
  titleField: 'title',
  urlField: 'url',
  publishedField: 'published',
};

function pick(obj: unknown, path: string): unknown {
  let cur: unknown = obj;
  for (const key of path.split('.')) {
    if (cur === null || typeof cur !== 'object' || Array.isArray(cur)) return undefined;
    cur = (cur as Record<string, unknown>)[key];
  }
  return cur;
}

function scalar(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  return undefined;
}

/**
 * One JSONL line (already decoded) as an article source. `fallbackId` (`file:line`) names lines
 * without an id and lines too broken to have one; a broken line gives a source with an error.
 */
export function parseJsonlLine(
  line: string,
  fallbackId: string,
  fields: JsonlFields = {},
  warnings: string[] = [],
): ArticleSource {
  const f = { ...DEFAULT_JSONL_FIELDS };
  for (const key of Object.keys(f) as (keyof JsonlFields)[]) {
    const given = fields[key];
    if (given) f[key] = given;
  }
  let value: unknown;
  try {
    value = JSON.parse(line);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    return failed(
      fallbackId,
      'PARSE_FAILED',
      `not valid JSON (truncated line?): ${reason}`,
      warnings,
    );
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    return failed(
      fallbackId,
      'INVALID_INPUT',
      `expected a JSON object, got ${describe(value)}`,
      warnings,
    );
  }
  const id = scalar(pick(value, f.idField)) ?? fallbackId;
  const text = pick(value, f.textField);
  if (typeof text !== 'string') {
    return failed(
      id,
      'INVALID_INPUT',
      `the "${f.textField}" field is ${text === undefined ? 'missing' : `${describe(text)}, not a string`}`,
      warnings,
    );
  }
  const meta: SourceMeta = { warnings };
  const title = scalar(pick(value, f.titleField));
  const url = scalar(pick(value, f.urlField));
  const published = scalar(pick(value, f.publishedField));
  if (title !== undefined) meta.title = title;
  if (url !== undefined) meta.url = url;
  if (published !== undefined) meta.published = published;
  return { id, text, format: 'auto', meta };
}

function failed(
  id: string,
  code: 'PARSE_FAILED' | 'INVALID_INPUT',
  message: string,
  warnings: string[],
): ArticleSource {
  return { id, meta: { warnings }, error: new SinmunError(code, message) };
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return `a ${typeof value}`;
}
