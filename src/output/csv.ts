import type { ArticleRecord, Money, MoneyBase } from '../types.js';

export type CsvTable = 'money' | 'entities' | 'dates';

type Cell = string | number | boolean | null | undefined;

/**
 * RFC 4180 quoting: a field with a quote, comma, line break or edge space is quoted. Text is
 * made safe for spreadsheets first; numbers are written as numbers (`-5` stays a number).
 */
export function csvField(value: Cell): string {
  if (value === null || value === undefined) return '';
  const s =
    typeof value === 'number'
      ? exactNumber(value)
      : typeof value === 'string'
        ? spreadsheetText(value)
        : String(value);
  return /[",\r\n]|^\s|\s$/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * A text cell that a spreadsheet will not run: one that starts as a formula would (`=`, `+`,
 * `-`, `@`, tab, carriage return, OWASP's list) gets a leading `'`, which spreadsheets take as
 * "this is text". So does one that starts with `'` itself, so that every original is its cell
 * minus one leading quote and no two texts share a cell (`--resume` reads ids back). The
 * full-width forms (`＝`, `＋`, `－`, `＠`) count too: some spreadsheets fold them to ASCII.
 */
export function spreadsheetText(text: string): string {
  return /^[=+\-@\t\r'＝＋－＠]/.test(text) ? `'${text}` : text;
}

/** The text a `spreadsheetText` cell was made from. */
export function fromSpreadsheetText(cell: string): string {
  return cell.startsWith("'") ? cell.slice(1) : cell;
}

/** Whole numbers in full (`14400000000000`, never `1.44e13`), others in shortest round-trip form. */
export function exactNumber(n: number): string {
  return Number.isInteger(n) ? BigInt(n).toString() : String(n);
}

export function csvRow(cells: Cell[]): string {
  return cells.map(csvField).join(',') + '\r\n';
}

/** Column names of each table; the rows below follow this order. */
export const CSV_HEADERS: Record<CsvTable, string[]> = {
  money: [
    'id',
    'index',
    'text',
    'start',
    'end',
    'amount',
    'currency',
    'approximate',
    'min',
    'max',
    'qualifiers',
    'per',
    'equivalent_of',
    'subject',
    'subject_canonical',
    'measure',
    'period',
    'change',
  ],
  entities: ['id', 'entity', 'canonical', 'type', 'entity_id', 'mention', 'start', 'end'],
  dates: ['id', 'text', 'start', 'end', 'value', 'grain', 'relative', 'approximate'],
};

function moneyCells(id: string, index: number, m: MoneyBase, of: number | null): Cell[] {
  return [
    id,
    index,
    m.text,
    m.start,
    m.end,
    m.amount,
    m.currency,
    m.approximate,
    m.min,
    m.max,
    m.qualifiers.join(';'),
    m.per,
    of,
  ];
}

/** An equivalent restates its figure: the context is the figure's, on the figure's row. */
const NO_CONTEXT: Cell[] = [null, null, null, null, null];

/**
 * A figure's context as cells: the subject's text and canonical name, the measure, the period's
 * ISO value (its text when it has none), and the change as `up 20% from 3` (`from` names the
 * earlier figure's row `index`).
 */
function contextCells(record: ArticleRecord, m: Money, rowOf: number[]): Cell[] {
  const entity = m.subject?.entity != null ? record.entities[m.subject.entity] : null;
  const c = m.change;
  const change = c
    ? [
        c.direction,
        c.percent !== null ? `${c.percent}%` : '',
        c.from !== null ? `from ${rowOf[c.from]}` : '',
      ]
        .filter(Boolean)
        .join(' ')
    : null;
  return [
    m.subject?.text,
    entity?.canonical,
    m.measure,
    m.period ? (m.period.value ?? m.period.text) : null,
    change,
  ];
}

/**
 * The CSV rows of one record: one per money figure (a restatement in another currency gets its
 * own row, `equivalent_of` naming the figure's index), one per entity mention, or one per date.
 */
export function csvRows(record: ArticleRecord, table: CsvTable): string {
  let out = '';
  if (table === 'money') {
    // Each figure's row index, counting the rows of the equivalents before it.
    const rowOf: number[] = [];
    let index = 0;
    for (const m of record.money) {
      rowOf.push(index);
      index += 1 + m.equivalents.length;
    }
    record.money.forEach((m, i) => {
      const own = rowOf[i];
      out += csvRow([...moneyCells(record.id, own, m, null), ...contextCells(record, m, rowOf)]);
      m.equivalents.forEach((eq, j) => {
        out += csvRow([...moneyCells(record.id, own + 1 + j, eq, own), ...NO_CONTEXT]);
      });
    });
  } else if (table === 'dates') {
    for (const d of record.dates) {
      out += csvRow([
        record.id,
        d.text,
        d.start,
        d.end,
        d.value,
        d.grain,
        d.relative,
        d.approximate,
      ]);
    }
  } else {
    for (const e of record.entities) {
      for (const m of e.mentions) {
        out += csvRow([record.id, e.name, e.canonical, e.type, e.id, m.text, m.start, m.end]);
      }
    }
  }
  return out;
}
