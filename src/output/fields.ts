import type { ArticleRecord } from '../types.js';

/** The record's top-level fields, as `--fields` accepts them. */
export const RECORD_FIELDS = [
  'id',
  'lang',
  'text',
  'title',
  'byline',
  'sentences',
  'entities',
  'money',
  'dates',
  'tokens',
  'warnings',
  'url',
  'published',
  'error',
] as const;

export type RecordField = (typeof RECORD_FIELDS)[number];

/** Parses `--fields id,lang,money`; returns the unknown names separately for a usage error. */
export function parseFields(list: string): { fields: RecordField[]; unknown: string[] } {
  const names = list
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const known = new Set<string>(RECORD_FIELDS);
  return {
    fields: names.filter((n): n is RecordField => known.has(n)),
    unknown: names.filter((n) => !known.has(n)),
  };
}

/**
 * Keeps only the chosen fields, in the record's own order. `id` and `error` are always kept: a
 * record must still say which article it is and whether it failed.
 */
export function pickFields(record: ArticleRecord, fields: RecordField[]): Partial<ArticleRecord> {
  const keep = new Set<string>([...fields, 'id', 'error']);
  return Object.fromEntries(Object.entries(record).filter(([k]) => keep.has(k)));
}
