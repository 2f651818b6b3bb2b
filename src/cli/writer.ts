import type { ArticleRecord } from '../types.js';
import { CSV_HEADERS, csvRow, csvRows, type CsvTable } from './csv.js';
import { pickFields, type RecordField } from './fields.js';
import type { Sink } from './sink.js';

export type OutputFormat = 'jsonl' | 'json' | 'csv';

export interface WriterOptions {
  format: OutputFormat;
  pretty?: boolean;
  fields?: RecordField[];
  table?: CsvTable;
  /** Start a CSV with a UTF-8 byte-order mark so that Excel reads it as UTF-8 (default true). */
  bom?: boolean;
  /** Appending to earlier output (`--resume`): no header, no BOM. */
  appending?: boolean;
}

export interface RecordWriter {
  write(record: ArticleRecord): Promise<void>;
  close(): Promise<void>;
}

/**
 * Serialises records in the chosen format. JSONL (and pretty JSON records) are one write per
 * record; `json` is one array; CSV is a header then each record's rows in one write.
 */
export function createRecordWriter(sink: Sink, opts: WriterOptions): RecordWriter {
  const shape = (r: ArticleRecord) => (opts.fields ? pickFields(r, opts.fields) : r);
  const stringify = (r: ArticleRecord) =>
    JSON.stringify(shape(r), null, opts.pretty ? 2 : undefined);
  if (opts.format === 'csv') {
    const table = opts.table ?? 'money';
    let started = false;
    const start = async () => {
      if (started || opts.appending) return;
      started = true;
      await sink.write((opts.bom === false ? '' : '\uFEFF') + csvRow(CSV_HEADERS[table]));
    };
    return {
      async write(r) {
        await start();
        const rows = csvRows(r, table);
        if (rows) await sink.write(rows);
      },
      async close() {
        await start();
        await sink.close();
      },
    };
  }
  if (opts.format === 'json') {
    let count = 0;
    return {
      async write(r) {
        await sink.write((count++ === 0 ? '[\n' : ',\n') + stringify(r));
      },
      async close() {
        await sink.write(count === 0 ? '[]\n' : '\n]\n');
        await sink.close();
      },
    };
  }
  return {
    async write(r) {
      await sink.write(stringify(r) + '\n');
    },
    async close() {
      await sink.close();
    },
  };
}
