#!/usr/bin/env node
// Scores sinmun's entity extraction on a gold JSONL file (one `{ id?, text, entities: [{ start,
// end, type }] }` per line): exact-span precision/recall/F1 per type, micro and macro, plus an
// untyped (span-only) score. Needs the built package: run `npx tsup` first.
//
// Usage: npm run eval:entities -- GOLD.jsonl [--show-errors N] [--analyzer-options JSON]
//                                            [--coarse] [--json]
//   --show-errors N          print up to N false positives and N false negatives with context
//   --analyzer-options JSON  passed to createAnalyzer(); `{"analyze": {...}}` goes to analyze()
//   --coarse                 fold company/institute/government/media into organization on both
//                            sides (for comparison with PS/LC/OG benchmarks such as KLUE-NER)
//   --json                   print the full report as JSON instead of tables
//   --scheme klue            score in KLUE-NER's classes: organisation kinds → OG, person → PS,
//                            place → LC; models, products and KLUE's DT/TI/QT are not scored
//   --part tune|blind|all    a fixed split of the gold file: every 4th document is `blind`
//                            (scores only, never errors), the rest `tune` (default: all)
//   --module PATH            the built sinmun entry to evaluate (default: dist/index.js)
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { fail, readGoldArgs } from './gold-args.mjs';
import { COARSE_TYPES, KLUE_TYPES, keepMapped, mapTypes, score, splitPart } from './ner-score.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const USAGE =
  'usage: eval-entities GOLD.jsonl [--show-errors N] [--analyzer-options JSON] [--coarse] [--json]' +
  ' [--module PATH] [--scheme klue] [--part tune|blind|all]';

function parseArgs(argv) {
  const args = {
    gold: null,
    showErrors: 0,
    analyzerOptions: {},
    coarse: false,
    json: false,
    scheme: null,
    part: 'all',
    module: resolve(here, '../dist/index.js'),
  };
  readGoldArgs(argv, args, USAGE, (a, value) => {
    if (a === '--show-errors') {
      args.showErrors = Number(value());
      if (!Number.isInteger(args.showErrors) || args.showErrors < 0) fail('bad --show-errors');
    } else if (a === '--analyzer-options') {
      try {
        args.analyzerOptions = JSON.parse(value());
      } catch (err) {
        fail(`--analyzer-options is not JSON: ${err.message}`);
      }
    } else if (a === '--module') args.module = resolve(value());
    else if (a === '--scheme') {
      args.scheme = value();
      if (args.scheme !== 'klue') fail(`unknown scheme ${args.scheme} (known: klue)`);
    } else if (a === '--part') {
      args.part = value();
      if (!['tune', 'blind', 'all'].includes(args.part)) fail('--part is tune, blind or all');
    } else if (a === '--coarse') args.coarse = true;
    else if (a === '--json') args.json = true;
    else return false;
    return true;
  });
  // the blind part is for measuring only: its mistakes are never read, so never tuned on
  if (args.part === 'blind' && (args.showErrors > 0 || args.json)) {
    fail('--part blind prints scores only (no --show-errors, no --json)');
  }
  return args;
}

/** Parses and checks gold JSONL; an offset that does not fit its text is a broken gold file. */
export function parseGold(jsonl, name = 'gold') {
  const docs = [];
  jsonl.split('\n').forEach((line, i) => {
    if (line.trim() === '') return;
    const where = `${name}:${i + 1}`;
    let doc;
    try {
      doc = JSON.parse(line);
    } catch (err) {
      throw new Error(`${where}: not JSON (${err.message})`);
    }
    if (typeof doc.text !== 'string' || !Array.isArray(doc.entities)) {
      throw new Error(`${where}: needs "text" and "entities"`);
    }
    for (const e of doc.entities) {
      const ok = Number.isInteger(e.start) && Number.isInteger(e.end) && e.start < e.end;
      if (!ok || e.start < 0 || e.end > doc.text.length || typeof e.type !== 'string') {
        throw new Error(`${where}: bad entity ${JSON.stringify(e)}`);
      }
      if (e.text !== undefined && doc.text.slice(e.start, e.end) !== e.text) {
        throw new Error(
          `${where}: entity text ${JSON.stringify(e.text)} does not match its offsets`,
        );
      }
    }
    docs.push({ id: String(doc.id ?? `line-${i + 1}`), text: doc.text, entities: doc.entities });
  });
  return docs;
}

async function loadAnalyzerFactory(dist) {
  try {
    const mod = await import(pathToFileURL(dist).href);
    if (typeof mod.createAnalyzer !== 'function') fail(`${dist} does not export createAnalyzer`);
    return mod.createAnalyzer;
  } catch (err) {
    if (err.code === 'ERR_MODULE_NOT_FOUND') fail(`${dist} not found: build first (npx tsup)`);
    throw err;
  }
}

/** Every mention of every entity, typed by its entity; mentions whose text lies are counted. */
export function flattenMentions(text, record) {
  const entities = [];
  let badOffsets = 0;
  for (const entity of record.entities ?? []) {
    for (const m of entity.mentions ?? []) {
      if (text.slice(m.start, m.end) !== m.text) badOffsets += 1;
      entities.push({ start: m.start, end: m.end, type: entity.type, text: m.text });
    }
  }
  return { entities, badOffsets };
}

/**
 * Runs `analyzer.analyze` (sync or async) on every gold document and scores the mentions.
 * `coarse` folds the organisation kinds into `organization` on both sides first.
 */
export async function evaluate(
  gold,
  analyzer,
  { analyzeOptions = {}, coarse = false, scheme = null } = {},
) {
  let predicted = [];
  let badOffsets = 0;
  let chars = 0;
  const started = performance.now();
  for (const doc of gold) {
    const record = await analyzer.analyze(doc.text, { ...analyzeOptions, id: doc.id });
    const flat = flattenMentions(doc.text, record);
    badOffsets += flat.badOffsets;
    chars += doc.text.length;
    predicted.push({ id: doc.id, entities: flat.entities });
  }
  const seconds = (performance.now() - started) / 1000;
  let scored = gold;
  if (coarse) {
    scored = mapTypes(gold, COARSE_TYPES);
    predicted = mapTypes(predicted, COARSE_TYPES);
  }
  if (scheme === 'klue') {
    scored = keepMapped(scored, KLUE_TYPES);
    predicted = keepMapped(predicted, KLUE_TYPES);
  }
  return { report: score(scored, predicted), badOffsets, chars, seconds };
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);

function printTable(report) {
  const rows = Object.entries(report.perType).map(([type, c]) => [type, c]);
  console.log('type           gold  pred    tp     P      R      F1');
  const line = (name, c) =>
    console.log(
      `${name.padEnd(13)} ${String(c.support).padStart(5)} ${String(c.tp + c.fp).padStart(5)} ` +
        `${String(c.tp).padStart(5)}  ${pct(c.precision)}  ${pct(c.recall)}  ${pct(c.f1)}`,
    );
  for (const [type, c] of rows) line(type, c);
  console.log('-'.repeat(56));
  line('micro', report.micro);
  console.log(
    `${'macro'.padEnd(13)} ${''.padStart(17)}  ${pct(report.macro.precision)}  ` +
      `${pct(report.macro.recall)}  ${pct(report.macro.f1)}   (${report.macro.types.length} types)`,
  );
  line('untyped', report.untyped);
}

function context(text, e, width = 25) {
  const left = text.slice(Math.max(0, e.start - width), e.start);
  const right = text.slice(e.end, e.end + width);
  return `…${left}[${text.slice(e.start, e.end)}]${right}…`.replace(/\s+/g, ' ');
}

function printErrors(report, textById, limit) {
  const describe = (err) => {
    const e = err.entity;
    let why = '';
    const otherSide = err.error === 'fp' ? 'gold' : 'prediction';
    if (err.kind === 'type') why = ` (${otherSide} has this span as ${err.other.type})`;
    if (err.kind === 'boundary') {
      const other = textById.get(err.id).slice(err.other.start, err.other.end);
      why = ` (overlaps ${otherSide} ${err.other.type} "${other}")`;
    }
    return `  ${err.id}  ${e.type.padEnd(12)} ${context(textById.get(err.id), e)}${why}`;
  };
  for (const [kind, title] of [
    ['fp', 'false positives (predicted, not in gold)'],
    ['fn', 'false negatives (in gold, not predicted)'],
  ]) {
    const list = report.errors.filter((e) => e.error === kind);
    console.log(`\n${title}: ${list.length}, showing ${Math.min(limit, list.length)}`);
    for (const err of list.slice(0, limit)) console.log(describe(err));
  }
}

async function main() {
  const args = parseArgs(process.argv.slice(2));
  let gold;
  try {
    gold = parseGold(readFileSync(resolve(args.gold), 'utf8'), args.gold);
  } catch (err) {
    fail(err.message);
  }
  gold = splitPart(gold, args.part);
  const createAnalyzer = await loadAnalyzerFactory(args.module);
  const { analyze: analyzeOptions = {}, ...factoryOptions } = args.analyzerOptions;
  const analyzer = await createAnalyzer(factoryOptions);
  let result;
  try {
    result = await evaluate(gold, analyzer, {
      analyzeOptions,
      coarse: args.coarse,
      scheme: args.scheme,
    });
  } finally {
    await analyzer.close?.();
  }
  const { report, badOffsets, chars, seconds } = result;
  if (args.json) {
    console.log(JSON.stringify({ ...report, badOffsets, chars, seconds }, null, 2));
    return;
  }
  const entityCount = Object.values(report.perType).reduce((n, c) => n + c.support, 0);
  const part = args.part === 'all' ? '' : ` (${args.part} part)`;
  const types = args.scheme ? ` (${args.scheme} classes)` : args.coarse ? ' (coarse types)' : '';
  console.log(
    `${args.gold}${part}: ${gold.length} documents, ${entityCount} gold entities${types}` +
      `; analysed ${chars} chars in ${seconds.toFixed(2)} s`,
  );
  if (badOffsets > 0) {
    console.log(
      `WARNING: ${badOffsets} predicted mentions whose text does not match their offsets`,
    );
  }
  printTable(report);
  if (args.showErrors > 0) {
    printErrors(report, new Map(gold.map((d) => [d.id, d.text])), args.showErrors);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((err) => {
    console.error(err);
    process.exit(1);
  });
}
