/**
 * Reading back what workers wrote with `output: DIR`: every `*.jsonl` file of the directory,
 * one record per id (the first copy wins; a second copy exists only when a worker was killed
 * between appending a line and marking its id delivered). A last line cut short by a crash is
 * not a record and is skipped.
 */
import { createReadStream } from 'node:fs';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline';
import type { ArticleRecord } from '../types.js';

export interface OutputDirRecords {
  records: ArticleRecord[];
  /** Copies dropped because their id was already read. */
  duplicates: number;
  /** Lines that are not JSON records (a line cut short by a crash). */
  broken: number;
}

export async function readOutputDir(dir: string): Promise<OutputDirRecords> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.jsonl')).sort();
  const seen = new Set<string>();
  const records: ArticleRecord[] = [];
  let duplicates = 0;
  let broken = 0;
  for (const file of files) {
    const lines = createInterface({
      input: createReadStream(path.join(dir, file)),
      crlfDelay: Infinity,
    });
    for await (const line of lines) {
      if (line.trim() === '') continue;
      let record: ArticleRecord;
      try {
        record = JSON.parse(line) as ArticleRecord;
      } catch {
        broken++;
        continue;
      }
      if (typeof record?.id !== 'string') {
        broken++;
        continue;
      }
      if (seen.has(record.id)) {
        duplicates++;
        continue;
      }
      seen.add(record.id);
      records.push(record);
    }
  }
  return { records, duplicates, broken };
}
