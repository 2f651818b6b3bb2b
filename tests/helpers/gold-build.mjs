// Shared pieces of the hand-annotated gold builders (tests/context/gold, tests/dates/gold): where a
// sentence's text comes from, its `published` reference, and turning a typed substring into
// offsets. Offsets are computed, never typed, so that a typo fails loudly instead of becoming a
// wrong span.
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const sharedDir = resolve(repoRoot, process.env.SINMUN_SHARED ?? '../shared');
export const NEWS_LAST_LINE = 2983;

/**
 * The two sources, each with the fixed `published` reference its relative expressions resolve
 * against (the lines carry no publication date: see the GUIDELINES "Reference date" section).
 */
export const SOURCES = {
  corpus: {
    published: '2008-07-31',
    source:
      'sinmun shared corpus ko-news-and-reviews.txt (news part: Korean side of jungyeul/korean-parallel-corpora), CC BY-SA 3.0',
  },
  'klue-dev-a': {
    published: '2015-07-15',
    source: 'KLUE-NER v1.1 dev split, wikitree news (ner-fix revision), CC BY-SA 4.0',
  },
};

let corpusCache;
let klueCache;

/** The news part of the shared corpus, by 1-based line number. */
export function corpusLine(n) {
  corpusCache ??= readFileSync(resolve(sharedDir, 'corpus/ko-news-and-reviews.txt'), 'utf8').split(
    '\n',
  );
  if (!Number.isInteger(n) || n < 1 || n > NEWS_LAST_LINE) throw new Error(`not a news line: ${n}`);
  return corpusCache[n - 1];
}

/** KLUE-NER dev-a sentences, in file order. */
export function klueSentences() {
  klueCache ??= readFileSync(resolve(sharedDir, 'data/klue-ner/dev-a.jsonl'), 'utf8')
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  return klueCache;
}

/** `corpus:1234` or `klue-dev-a:<KLUE id>` → the sentence's text, source and reference date. */
export function sentence(id) {
  const colon = id.indexOf(':');
  const kind = id.slice(0, colon);
  const key = id.slice(colon + 1);
  const src = SOURCES[kind];
  if (!src) throw new Error(`unknown source in id ${id}`);
  let text;
  if (kind === 'corpus') text = corpusLine(Number(key));
  else {
    const row = klueSentences().find((r) => r.id === key);
    if (!row) throw new Error(`no KLUE sentence ${key}`);
    text = row.text;
  }
  return { id, source: src.source, published: src.published, text };
}

/**
 * Locates `surface` in `text`: `surface@n` is its n-th occurrence; without `@n` the surface must
 * occur exactly once. Throws on a missing or ambiguous surface.
 */
export function locate(text, typed, where) {
  const m = /^(.*?)(?:@(\d+))?$/s.exec(typed);
  const surface = m[1];
  const nth = m[2] ? Number(m[2]) : 0;
  if (surface.length === 0) throw new Error(`${where}: empty surface`);
  const starts = [];
  for (let at = text.indexOf(surface); at >= 0; at = text.indexOf(surface, at + 1)) starts.push(at);
  if (starts.length === 0) throw new Error(`${where}: "${surface}" not in text`);
  if (nth === 0 && starts.length > 1) {
    throw new Error(`${where}: "${surface}" occurs ${starts.length} times; say which with @n`);
  }
  const start = nth === 0 ? starts[0] : starts[nth - 1];
  if (start === undefined) throw new Error(`${where}: "${surface}" has no occurrence ${nth}`);
  const span = { start, end: start + surface.length, text: surface };
  if (text.slice(span.start, span.end) !== span.text) throw new Error(`${where}: slice mismatch`);
  return span;
}

/**
 * Reads a hand-typed annotation file: `== <id>` opens a sentence (an optional `published=YYYY-MM-DD`
 * overrides the source's reference), each following non-empty line is one annotation, `#` starts
 * a comment line.
 */
export function readBlocks(path) {
  const blocks = [];
  const lines = readFileSync(path, 'utf8').split('\n');
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const where = `${path}:${i + 1}`;
    if (line.startsWith('== ')) {
      const [id, ...opts] = line.slice(3).trim().split(/\s+/);
      const s = sentence(id);
      for (const opt of opts) {
        const p = /^published=(\d{4}-\d{2}-\d{2})$/.exec(opt);
        if (!p) throw new Error(`${where}: unknown option ${opt}`);
        s.published = p[1];
      }
      if (blocks.some((b) => b.sentence.id === id)) throw new Error(`${where}: ${id} twice`);
      blocks.push({ sentence: s, rows: [], where });
      return;
    }
    if (blocks.length === 0) throw new Error(`${where}: annotation before any "== id" line`);
    blocks.at(-1).rows.push({ line, where });
  });
  return blocks;
}

/** Splits `a | b | c` into trimmed fields, checking their number. */
export function fields(row, n) {
  const parts = row.line.split('|').map((f) => f.trim());
  if (parts.length !== n) throw new Error(`${row.where}: ${parts.length} fields, expected ${n}`);
  return parts;
}

/** Dev or blind by the split rule fixed before annotating: ordinals 2, 5, 7, 10, … go blind. */
export function splitOf(ordinal) {
  return ordinal % 5 === 2 || ordinal % 5 === 0 ? 'blind' : 'dev';
}

/** Checks that each file holds exactly the sentences the selection assigns to its split. */
export function checkSplit(selection, blocksBySplit) {
  const want = { dev: [], blind: [] };
  selection.forEach((id, i) => want[splitOf(i + 1)].push(id));
  for (const [split, blocks] of Object.entries(blocksBySplit)) {
    if (!blocks) continue;
    const got = blocks.map((b) => b.sentence.id);
    const missing = want[split].filter((id) => !got.includes(id));
    const extra = got.filter((id) => !want[split].includes(id));
    if (extra.length) throw new Error(`${split}: not selected for this split: ${extra.join(' ')}`);
    if (missing.length)
      console.warn(`${split}: ${missing.length} selected sentences not yet annotated`);
  }
}

/** The ids a gold folder's selection.txt lists, in order (`#` starts a comment). */
export function readSelection(path) {
  return readFileSync(path, 'utf8')
    .split('\n')
    .map((l) => l.replace(/#.*/, '').trim())
    .filter(Boolean);
}

/**
 * Builds both parts of a gold set from `<prefix>.{dev,blind}.txt` in `dir`: `annotate(sentence,
 * rows)` returns the sentence's annotations (spans in reading order), stored under `key`. Checks
 * the split against selection.txt, writes (or with `--check` compares) the JSONL files, prints
 * counts, and with `--show` prints each sentence and `show(annotation, index)` for each of its
 * annotations, for proof-reading.
 */
export function buildSet({ dir, prefix, key, unit = key, annotate, show }) {
  const args = new Set(process.argv.slice(2));
  const selection = readSelection(resolve(dir, 'selection.txt'));
  const built = {};
  for (const split of ['dev', 'blind']) {
    const blocks = readBlocks(resolve(dir, `${prefix}.${split}.txt`));
    const out = blocks.map(({ sentence, rows }) => {
      const spans = annotate(sentence, rows);
      for (let i = 1; i < spans.length; i++) {
        if (spans[i].start < spans[i - 1].end) {
          throw new Error(`${rows[i].where}: out of reading order or overlapping`);
        }
      }
      return { ...sentence, [key]: spans };
    });
    built[split] = { blocks, out };
  }
  checkSplit(selection, { dev: built.dev.blocks, blind: built.blind.blocks });
  for (const [split, { out }] of Object.entries(built)) {
    writeJsonl(resolve(dir, `${prefix}.${split}.jsonl`), out, args.has('--check'));
    const count = out.reduce((n, s) => n + s[key].length, 0);
    console.log(`${split}: ${out.length} sentences, ${count} ${unit}`);
    if (!args.has('--show')) continue;
    for (const line of out) {
      console.log(`\n${line.id}  ${line.text}`);
      line[key].forEach((a, i) => console.log(`  ${show(a, i)}`));
    }
  }
  return { dev: built.dev.out, blind: built.blind.out };
}

/** Writes one JSON object per line; `--check` compares instead of writing. */
export function writeJsonl(path, objects, check) {
  const body = objects.map((o) => JSON.stringify(o) + '\n').join('');
  if (check) {
    const old = readFileSync(path, 'utf8');
    if (old !== body) throw new Error(`${path} is stale: rebuild it`);
    return;
  }
  writeFileSync(path, body);
}

/** The contract's ISO forms of `Date.value`, by grain. */
export const VALUE_FORMS = {
  year: /^\d{4}$/,
  half: /^\d{4}-H[12]$/,
  quarter: /^\d{4}-Q[1-4]$/,
  month: /^\d{4}-(0[1-9]|1[0-2])$/,
  week: /^\d{4}-W(0[1-9]|[1-4]\d|5[0-3])$/,
  day: /^\d{4}-\d{2}-\d{2}$/,
  hour: /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):00$/,
  minute: /^\d{4}-\d{2}-\d{2}T([01]\d|2[0-3]):[0-5]\d$/,
};

/** The grain a value's form has, or null when it has none of the contract's forms or is no real day. */
export function grainOfValue(value) {
  for (const [grain, form] of Object.entries(VALUE_FORMS)) {
    if (!form.test(value)) continue;
    if (/^\d{4}-\d{2}-\d{2}/.test(value)) {
      const day = value.slice(0, 10);
      if (new Date(`${day}T00:00:00Z`).toISOString().slice(0, 10) !== day) return null;
    }
    return grain;
  }
  return null;
}
