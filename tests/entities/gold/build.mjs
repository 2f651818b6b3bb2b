#!/usr/bin/env node
// Builds a gold set's JSONL from its hand-typed TSV and the corpus lines: the dev set
// (annotations.tsv -> ko-news-dev.jsonl) or the held-out set (heldout-annotations.tsv ->
// ko-news-heldout.jsonl). Offsets are computed here, never typed by hand, so that a typo in a
// surface form fails loudly instead of silently producing a wrong span.
//
// Usage: node tests/entities/gold/build.mjs [--set dev|heldout] [--corpus PATH] [--show] [--check]
//   --set    which gold set to build (default: dev)
//   --show   print every sentence with its entities bracketed, for proof-reading
//   --check  do not write; exit 1 if the committed JSONL differs from a fresh build
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const repoRoot = resolve(here, '../../..');
// The contract's entity types, read from the record schema rather than restated here.
const TYPES = new Set(
  JSON.parse(readFileSync(resolve(repoRoot, 'schema/article-record.schema.json'), 'utf8')).$defs
    .entity.properties.type.enum,
);
const NEWS_LAST_LINE = 2983;
/** Each gold set: its hand-typed source and the JSONL built from it. */
export const SETS = {
  dev: { tsv: 'annotations.tsv', jsonl: 'ko-news-dev.jsonl' },
  heldout: { tsv: 'heldout-annotations.tsv', jsonl: 'ko-news-heldout.jsonl' },
};

function parseArgs(argv) {
  const args = {
    corpus: resolve(repoRoot, '../shared/corpus/ko-news-and-reviews.txt'),
    set: 'dev',
    show: false,
    check: false,
  };
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--corpus') args.corpus = resolve(argv[++i]);
    else if (argv[i] === '--set') {
      args.set = argv[++i];
      if (!Object.hasOwn(SETS, args.set)) {
        throw new Error(`unknown set ${JSON.stringify(args.set)}: ${Object.keys(SETS).join(', ')}`);
      }
    } else if (argv[i] === '--show') args.show = true;
    else if (argv[i] === '--check') args.check = true;
    else throw new Error(`unknown argument ${argv[i]}`);
  }
  return args;
}

/** Index of the n-th (1-based) occurrence of `needle` in `hay`, or -1. */
function nthIndexOf(hay, needle, n) {
  let from = 0;
  let at = -1;
  for (let k = 0; k < n; k++) {
    at = hay.indexOf(needle, from);
    if (at < 0) return -1;
    from = at + 1;
  }
  return at;
}

/**
 * TSV rows: line <TAB> surface <TAB> occurrence <TAB> type.
 * A row whose surface is `-` marks a sentence chosen with no entities.
 * `#` starts a comment; blank lines are ignored.
 */
export function parseAnnotations(tsv, fileName = 'annotations.tsv') {
  const rows = [];
  tsv.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '');
    if (line.trim() === '' || line.startsWith('#')) return;
    const cols = line.split('\t');
    const where = `${fileName}:${i + 1}`;
    const lineNo = Number(cols[0]);
    if (!Number.isInteger(lineNo) || lineNo < 1 || lineNo > NEWS_LAST_LINE) {
      throw new Error(`${where}: bad corpus line number ${JSON.stringify(cols[0])}`);
    }
    if (cols[1] === '-') {
      if (cols.length !== 2) throw new Error(`${where}: a no-entity row has only 2 columns`);
      rows.push({ lineNo, none: true, where });
      return;
    }
    if (cols.length !== 4) throw new Error(`${where}: expected 4 tab-separated columns`);
    const occurrence = Number(cols[2]);
    if (!Number.isInteger(occurrence) || occurrence < 1) {
      throw new Error(`${where}: bad occurrence ${JSON.stringify(cols[2])}`);
    }
    if (!TYPES.has(cols[3])) throw new Error(`${where}: unknown type ${JSON.stringify(cols[3])}`);
    rows.push({ lineNo, surface: cols[1], occurrence, type: cols[3], where });
  });
  return rows;
}

export function buildRecords(rows, corpusLines) {
  const byLine = new Map();
  for (const row of rows) {
    if (!byLine.has(row.lineNo)) byLine.set(row.lineNo, { none: false, rows: [] });
    const entry = byLine.get(row.lineNo);
    if (row.none) entry.none = true;
    else entry.rows.push(row);
  }
  const records = [];
  for (const lineNo of [...byLine.keys()].sort((a, b) => a - b)) {
    const { none, rows: lineRows } = byLine.get(lineNo);
    const text = corpusLines[lineNo - 1];
    if (text === undefined) throw new Error(`corpus has no line ${lineNo}`);
    if (none && lineRows.length > 0) {
      throw new Error(`line ${lineNo} is marked '-' (no entities) but also has entities`);
    }
    const entities = lineRows.map((row) => {
      const start = nthIndexOf(text, row.surface, row.occurrence);
      if (start < 0) {
        throw new Error(
          `${row.where}: occurrence ${row.occurrence} of ${JSON.stringify(row.surface)} ` +
            `not found in line ${lineNo}: ${text}`,
        );
      }
      const end = start + row.surface.length;
      return { start, end, type: row.type, text: text.slice(start, end) };
    });
    entities.sort((a, b) => a.start - b.start || a.end - b.end);
    for (let i = 1; i < entities.length; i++) {
      if (entities[i].start < entities[i - 1].end) {
        throw new Error(
          `line ${lineNo}: ${JSON.stringify(entities[i - 1].text)} and ` +
            `${JSON.stringify(entities[i].text)} overlap (nested entities are not annotated)`,
        );
      }
    }
    records.push({ id: `corpus-L${lineNo}`, text, entities });
  }
  return records;
}

function bracketed(record) {
  let out = '';
  let at = 0;
  for (const e of record.entities) {
    out += record.text.slice(at, e.start) + `[${e.text}|${e.type}]`;
    at = e.end;
  }
  return out + record.text.slice(at);
}

function main() {
  const args = parseArgs(process.argv.slice(2));
  const set = SETS[args.set];
  const tsv = readFileSync(resolve(here, set.tsv), 'utf8');
  const corpusLines = readFileSync(args.corpus, 'utf8').split('\n');
  const records = buildRecords(parseAnnotations(tsv, set.tsv), corpusLines);
  const jsonl = records.map((r) => JSON.stringify(r)).join('\n') + '\n';
  const outPath = resolve(here, set.jsonl);
  if (args.show) {
    for (const r of records) console.log(`${r.id}\t${bracketed(r)}`);
  }
  if (args.check) {
    const current = existsSync(outPath) ? readFileSync(outPath, 'utf8') : '';
    if (current !== jsonl) {
      const rebuild = args.set === 'dev' ? '' : ` --set ${args.set}`;
      console.error(
        `${set.jsonl} is out of date: run node tests/entities/gold/build.mjs${rebuild}`,
      );
      process.exit(1);
    }
  } else {
    writeFileSync(outPath, jsonl);
  }
  const counts = {};
  for (const r of records) for (const e of r.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  const empty = records.filter((r) => r.entities.length === 0).length;
  console.error(
    `${records.length} sentences (${empty} without entities), ${total} entities: ` +
      Object.entries(counts)
        .sort((a, b) => b[1] - a[1])
        .map(([t, n]) => `${t} ${n}`)
        .join(', '),
  );
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
