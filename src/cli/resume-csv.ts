import { createReadStream, existsSync, truncateSync } from 'node:fs';
import { splitLines } from '../io/lines.js';
import { CSV_HEADERS, csvRow, fromSpreadsheetText, type CsvTable } from '../output/csv.js';
import { notResumable, type ResumeState } from './resume-state.js';

/** One CSV row as stored: its text with its line break, and whether the break is there. */
interface StoredRow {
  text: string;
  bytes: number;
  complete: boolean;
}

/**
 * The rows of a CSV file as written (`\r\n` after each): a quoted field may hold line breaks,
 * so a row goes on while its quotes are open. The last row is incomplete when the file ends
 * inside it.
 */
async function* storedRows(file: string): AsyncGenerator<StoredRow> {
  let text = '';
  let bytes = 0;
  let quotes = 0;
  for await (const l of splitLines(createReadStream(file), Number.POSITIVE_INFINITY)) {
    const line = Buffer.from(l.bytes ?? new Uint8Array(0)).toString('utf8');
    text += line + (l.terminated ? '\n' : '');
    bytes += (l.bytes?.length ?? 0) + (l.terminated ? 1 : 0);
    for (let i = line.indexOf('"'); i >= 0; i = line.indexOf('"', i + 1)) quotes++;
    if (quotes % 2 === 0 && l.terminated) {
      yield { text, bytes, complete: true };
      text = '';
      bytes = 0;
      quotes = 0;
    }
  }
  if (bytes > 0) yield { text, bytes, complete: false };
}

/** The cells of one row without its line break, or null when it is not well-formed CSV. */
function cellsOf(row: string): string[] | null {
  const cells: string[] = [];
  let i = 0;
  for (;;) {
    let cell = '';
    if (row[i] === '"') {
      for (i++; ; i++) {
        if (i >= row.length) return null;
        if (row[i] !== '"') cell += row[i];
        else if (row[i + 1] === '"') cell += row[i++];
        else break;
      }
      i++;
    } else {
      const end = row.indexOf(',', i);
      cell = row.slice(i, end < 0 ? row.length : end);
      if (cell.includes('"')) return null;
      i = end < 0 ? row.length : end;
    }
    cells.push(cell);
    if (i >= row.length) return cells;
    if (row[i] !== ',') return null;
    i++;
  }
}

/**
 * Reads the article ids of an interrupted run's CSV output (`--format csv --table …`) and cuts
 * the file back so that appending continues it. A record's rows are one write, so only the last
 * article's rows can be incomplete, and a cut between two of its rows looks like a whole row:
 * the last article's rows are always cut and redone, as is a cut-off row. Articles that gave no
 * rows leave no id behind and are analysed again (they still write nothing). A file that is not
 * this table's CSV is left alone and refused.
 */
export async function prepareCsvResume(file: string, table: CsvTable): Promise<ResumeState> {
  const ids = new Set<string>();
  const fresh: ResumeState = { ids, truncatedBytes: 0, appending: false, cut: '' };
  if (!existsSync(file)) return fresh;
  const header = csvRow(CSV_HEADERS[table]);
  let offset = 0;
  let keep = 0;
  let lastId: string | null = null;
  let started = false;
  let line = 0;
  for await (const row of storedRows(file)) {
    const start = offset;
    offset += row.bytes;
    line++;
    const text = line === 1 && row.text.startsWith('\uFEFF') ? row.text.slice(1) : row.text;
    if (!started) {
      // A header cut short is a run killed before its first row: start afresh.
      if (!row.complete && header.startsWith(text)) break;
      if (text !== header) {
        throw notResumable(file, `its first line is not the header of --table ${table}`);
      }
      started = true;
      keep = offset;
      continue;
    }
    if (!row.complete) break;
    const cells = text.endsWith('\r\n') ? cellsOf(text.slice(0, -2)) : null;
    if (cells === null || cells.length !== CSV_HEADERS[table].length) {
      throw notResumable(file, `row ${line} is not a row of --table ${table}`);
    }
    const id = fromSpreadsheetText(cells[0]);
    if (id !== lastId) {
      if (lastId !== null) ids.add(lastId);
      lastId = id;
      keep = start;
    }
  }
  if (keep < offset) truncateSync(file, keep);
  return {
    ids,
    truncatedBytes: offset - keep,
    appending: started,
    cut: "the last article's rows, redone in case they were cut short",
  };
}
