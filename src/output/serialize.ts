import type { ArticleRecord } from '../types.js';
import { csvRows, type CsvTable } from './csv.js';
import { pickFields, type RecordField } from './fields.js';

export type OutputFormat = 'jsonl' | 'json' | 'csv';

/** How a record becomes output text: plain data, so that a worker thread can be told it too. */
export interface SerializeSpec {
  format: OutputFormat;
  pretty?: boolean;
  fields?: RecordField[];
  table?: CsvTable;
}

/** A record already turned into its output text (a JSON line, a JSON value, CSV rows). */
export interface SerializedRecord {
  id: string;
  failed: boolean;
  chunk: string;
}

/**
 * The record's own text in the output: a JSONL line with its newline, one pretty or compact JSON
 * value for `json` (the writer adds the brackets and commas), or its CSV rows (maybe none).
 */
export function serializeRecord(record: ArticleRecord, spec: SerializeSpec): SerializedRecord {
  let chunk: string;
  if (spec.format === 'csv') {
    chunk = csvRows(record, spec.table ?? 'money');
  } else {
    const shaped = spec.fields ? pickFields(record, spec.fields) : record;
    chunk = JSON.stringify(shaped, null, spec.pretty ? 2 : undefined);
    if (spec.format === 'jsonl') chunk += '\n';
  }
  return { id: record.id, failed: record.error !== undefined, chunk };
}
