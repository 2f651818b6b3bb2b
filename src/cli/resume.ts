import { createReadStream, existsSync, truncateSync } from 'node:fs';
import { splitLines } from '../io/lines.js';

export interface ResumeState {
  /** Ids of the records already in the output. */
  ids: Set<string>;
  /** Bytes cut from the end: a line a killed run left half written (0 when none). */
  truncatedBytes: number;
}

/**
 * Reads the ids of an interrupted run's JSONL output and cuts the file back to its last whole
 * record, so that appending continues it: nothing already written is done again, nothing
 * half-written stays. A missing file is a fresh start.
 */
export async function prepareResume(file: string): Promise<ResumeState> {
  const ids = new Set<string>();
  if (!existsSync(file)) return { ids, truncatedBytes: 0 };
  let good = 0;
  let total = 0;
  let broken = false;
  for await (const l of splitLines(createReadStream(file), Number.POSITIVE_INFINITY)) {
    const size = (l.bytes?.length ?? l.tooLarge ?? 0) + (l.terminated ? 1 : 0);
    total += size;
    if (broken) continue;
    const id = l.terminated && l.bytes ? idOf(l.bytes) : null;
    if (id === null) {
      if (l.bytes && isBlank(l.bytes) && l.terminated) {
        good += size;
        continue;
      }
      // Everything from the first line that is not a whole record on is redone.
      broken = true;
      continue;
    }
    ids.add(id);
    good += size;
  }
  if (good < total) truncateSync(file, good);
  return { ids, truncatedBytes: total - good };
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
