import { createReadStream, existsSync, truncateSync } from 'node:fs';
import { splitLines } from '../io/lines.js';
import type { CsvTable } from '../output/csv.js';
import { prepareCsvResume } from './resume-csv.js';
import { notResumable, type ResumeState } from './resume-state.js';
import type { OutputFormat } from './writer.js';

export type { ResumeState } from './resume-state.js';

/** Output formats `--resume` can continue: a JSON array or indented records cannot be appended to. */
export function canResume(format: OutputFormat, pretty: boolean): boolean {
  return (format === 'jsonl' && !pretty) || format === 'csv';
}

/** Gets an interrupted run's output ready for appending, and says which ids it holds. */
export function prepareResume(
  file: string,
  format: 'jsonl' | 'csv',
  table: CsvTable = 'money',
): Promise<ResumeState> {
  return format === 'csv' ? prepareCsvResume(file, table) : prepareJsonlResume(file);
}

/**
 * Reads the ids of an interrupted run's JSONL output and cuts a half-written last line (a run
 * killed mid-write leaves at most one, without its newline), so that appending continues it:
 * nothing already written is done again, nothing half-written stays. A missing file is a fresh
 * start; a whole line that is not a record means the file is not this command's output, and it
 * is refused rather than cut.
 */
async function prepareJsonlResume(file: string): Promise<ResumeState> {
  const ids = new Set<string>();
  const cut = 'a half-written last line';
  if (!existsSync(file)) return { ids, truncatedBytes: 0, cut, appending: false };
  let good = 0;
  let total = 0;
  for await (const l of splitLines(createReadStream(file), Number.POSITIVE_INFINITY)) {
    total += (l.bytes?.length ?? l.tooLarge ?? 0) + (l.terminated ? 1 : 0);
    if (!l.terminated) break;
    const bytes = l.bytes ?? new Uint8Array(0);
    const id = idOf(bytes);
    if (id === null && !isBlank(bytes)) {
      throw notResumable(file, `line ${l.line} is not a JSON record with an id`);
    }
    if (id !== null) ids.add(id);
    good = total;
  }
  if (good < total) truncateSync(file, good);
  return { ids, truncatedBytes: total - good, cut, appending: good > 0 };
}

function idOf(bytes: Uint8Array): string | null {
  try {
    const record = JSON.parse(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length).toString('utf8'),
    ) as {
      id?: unknown;
    };
    return typeof record?.id === 'string' ? record.id : null;
  } catch {
    return null;
  }
}

function isBlank(bytes: Uint8Array): boolean {
  return bytes.every((b) => b === 0x20 || b === 0x09 || b === 0x0d);
}
