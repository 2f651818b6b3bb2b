import type { ArticleRecord } from '../types.js';
import { CSV_HEADERS, csvRow } from '../output/csv.js';
import { serializeRecord, type SerializedRecord, type SerializeSpec } from '../output/serialize.js';
import type { Sink } from './sink.js';

export type { OutputFormat } from '../output/serialize.js';

export interface WriterOptions extends SerializeSpec {
  /** Start a CSV with a UTF-8 byte-order mark so that Excel reads it as UTF-8 (default true). */
  bom?: boolean;
  /** Appending to earlier output (`--resume`): no header, no BOM. */
  appending?: boolean;
}

export interface RecordWriter {
  write(record: ArticleRecord): Promise<void>;
  /** A record serialised elsewhere (a worker thread) with this writer's `SerializeSpec`. */
  writeSerialized(record: SerializedRecord): Promise<void>;
  close(): Promise<void>;
}

/**
 * Writes records in the chosen format. JSONL (and pretty JSON records) are one write per record;
 * `json` is one array; CSV is a header then each record's rows in one write.
 */
export function createRecordWriter(sink: Sink, opts: WriterOptions): RecordWriter {
  let count = 0;
  const open = () => {
    if (count++ > 0) return '';
    if (opts.format === 'json') return '[\n';
    if (opts.format === 'csv' && !opts.appending) {
      return (opts.bom === false ? '' : '\uFEFF') + csvRow(CSV_HEADERS[opts.table ?? 'money']);
    }
    return '';
  };
  const writeSerialized = async ({ chunk }: SerializedRecord) => {
    const head = open();
    const text = opts.format === 'json' ? (head || ',\n') + chunk : head + chunk;
    if (text) await sink.write(text);
  };
  return {
    write: (r) => writeSerialized(serializeRecord(r, opts)),
    writeSerialized,
    async close() {
      if (opts.format === 'json') await sink.write(count === 0 ? '[]\n' : '\n]\n');
      else {
        const head = open();
        if (head) await sink.write(head);
      }
      await sink.close();
    },
  };
}
