/**
 * Reading and validating gazetteer entries: the built-in files under `data/gazetteer/` and the
 * user's own (an array, or a path to a JSON file holding an array). Every problem is reported as
 * an `INVALID_INPUT` SinmunError naming the file and the entry, because a silently dropped entry
 * shows up much later as a missing entity.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { readFile, readdir } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SinmunError } from '../../errors.js';
import type { EntityType, GazetteerEntry } from '../../types.js';

export const ENTITY_TYPES: readonly EntityType[] = [
  'company',
  'institute',
  'government',
  'media',
  'model',
  'product',
  'person',
  'place',
  'organization',
];

/** Entries as read from one source, before they are merged and indexed. */
export interface EntrySource {
  /** A file path, or a label such as `user entries` for arrays passed in code. */
  source: string;
  entries: GazetteerEntry[];
}

const KNOWN_FIELDS = new Set(['canonical', 'type', 'ko', 'aliases', 'wikidata', 'ambiguous']);
const WIKIDATA_ID = /^Q[1-9][0-9]*$/;

function invalid(source: string, index: number, canonical: unknown, problem: string): SinmunError {
  const name = typeof canonical === 'string' ? ` ("${canonical}")` : '';
  return new SinmunError('INVALID_INPUT', `${source}: entry ${index}${name}: ${problem}`);
}

function checkStrings(
  value: unknown,
  field: string,
  fail: (problem: string) => SinmunError,
): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw fail(`"${field}" must be an array of strings`);
  return value.map((item, i) => {
    if (typeof item !== 'string' || item.trim() === '') {
      throw fail(`"${field}"[${i}] must be a non-empty string`);
    }
    return item;
  });
}

/** Checks one entry's shape; returns a clean copy (unknown fields are refused, to catch typos). */
export function validateEntry(raw: unknown, source: string, index: number): GazetteerEntry {
  if (raw === null || typeof raw !== 'object' || Array.isArray(raw)) {
    throw invalid(source, index, undefined, 'must be an object');
  }
  const record = raw as Record<string, unknown>;
  const fail = (problem: string) => invalid(source, index, record.canonical, problem);
  for (const field of Object.keys(record)) {
    if (!KNOWN_FIELDS.has(field)) {
      throw fail(`unknown field "${field}" (known: ${[...KNOWN_FIELDS].join(', ')})`);
    }
  }
  if (typeof record.canonical !== 'string' || record.canonical.trim() === '') {
    throw fail('"canonical" must be a non-empty string');
  }
  if (typeof record.type !== 'string' || !ENTITY_TYPES.includes(record.type as EntityType)) {
    throw fail(`"type" must be one of ${ENTITY_TYPES.join(', ')}`);
  }
  const ko = checkStrings(record.ko, 'ko', fail);
  const aliases = checkStrings(record.aliases, 'aliases', fail);
  const ambiguous = checkStrings(record.ambiguous, 'ambiguous', fail);
  const wikidata = record.wikidata ?? null;
  if (wikidata !== null && (typeof wikidata !== 'string' || !WIKIDATA_ID.test(wikidata))) {
    throw fail('"wikidata" must be a Wikidata id such as "Q95", or null');
  }
  const forms = new Set([record.canonical, ...ko, ...aliases]);
  for (const form of ambiguous) {
    if (!forms.has(form)) {
      throw fail(`"ambiguous" lists "${form}", which is not one of the entry's forms`);
    }
  }
  const entry: GazetteerEntry = {
    canonical: record.canonical,
    type: record.type as EntityType,
    ko,
    aliases,
    wikidata,
  };
  if (ambiguous.length > 0) entry.ambiguous = ambiguous;
  return entry;
}

export function validateEntries(raw: unknown, source: string): GazetteerEntry[] {
  if (!Array.isArray(raw)) {
    throw new SinmunError(
      'INVALID_INPUT',
      `${source}: a gazetteer file must hold a JSON array of entries`,
    );
  }
  return raw.map((item, i) => validateEntry(item, source, i));
}

function parseJson(content: string, source: string): unknown {
  try {
    return JSON.parse(content) as unknown;
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new SinmunError('INVALID_INPUT', `${source}: not valid JSON (${reason})`, { cause: err });
  }
}

function readFailed(path: string, err: unknown): SinmunError {
  const reason = err instanceof Error ? err.message : String(err);
  return new SinmunError('READ_FAILED', `cannot read gazetteer file ${path}: ${reason}`, {
    cause: err,
  });
}

export async function readEntryFile(path: string): Promise<EntrySource> {
  let content: string;
  try {
    content = await readFile(path, 'utf8');
  } catch (err) {
    throw readFailed(path, err);
  }
  return { source: path, entries: validateEntries(parseJson(content, path), path) };
}

export function readEntryFileSync(path: string): EntrySource {
  let content: string;
  try {
    content = readFileSync(path, 'utf8');
  } catch (err) {
    throw readFailed(path, err);
  }
  return { source: path, entries: validateEntries(parseJson(content, path), path) };
}

function moduleDirectory(): string {
  return dirname(fileURLToPath(import.meta.url));
}

/**
 * The built-in data directory. The module may run from `src/entities/` (tests), `dist/index.js`
 * or `dist/index.cjs`, so walk up to the package root (the `package.json` named `sinmun`) rather
 * than counting `..` steps.
 */
export function builtInDataDirectory(): string {
  let dir = moduleDirectory();
  for (;;) {
    const manifest = join(dir, 'package.json');
    if (existsSync(manifest)) {
      try {
        const parsed = JSON.parse(readFileSync(manifest, 'utf8')) as { name?: unknown };
        if (parsed.name === 'sinmun') return join(dir, 'data', 'gazetteer');
      } catch {
        // A broken package.json further down is not ours; keep walking.
      }
    }
    const parent = dirname(dir);
    if (parent === dir) {
      throw new SinmunError(
        'INTERNAL',
        `gazetteer data not found: no sinmun package.json above ${moduleDirectory()}`,
      );
    }
    dir = parent;
  }
}

function entryFiles(names: string[]): string[] {
  return names.filter((name) => name.endsWith('.json')).sort();
}

let builtInCache: EntrySource[] | undefined;

export async function readBuiltIn(): Promise<EntrySource[]> {
  if (builtInCache) return builtInCache;
  const dir = builtInDataDirectory();
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (err) {
    throw readFailed(dir, err);
  }
  builtInCache = await Promise.all(entryFiles(names).map((name) => readEntryFile(join(dir, name))));
  return builtInCache;
}

export function readBuiltInSync(): EntrySource[] {
  if (builtInCache) return builtInCache;
  const dir = builtInDataDirectory();
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch (err) {
    throw readFailed(dir, err);
  }
  builtInCache = entryFiles(names).map((name) => readEntryFileSync(join(dir, name)));
  return builtInCache;
}

/** The names of the data files in `dir`, sorted: the files a snapshot is built from. */
export function dataFileNames(dir = builtInDataDirectory()): string[] {
  try {
    return entryFiles(readdirSync(dir));
  } catch (err) {
    throw readFailed(dir, err);
  }
}

/**
 * SHA-1 of the data files in `dir` (names and contents), the built-in ones by default: a
 * snapshot built from other data is not used. Reading ~400 KB costs a few milliseconds and a
 * hundred fresh pages, so a start asks for it only when the files look changed (snapshot-file.ts).
 */
export function builtInDataHash(dir = builtInDataDirectory()): string {
  const hash = createHash('sha1');
  try {
    for (const name of entryFiles(readdirSync(dir))) {
      hash.update(`${name}\0`);
      hash.update(readFileSync(join(dir, name)));
    }
  } catch (err) {
    throw readFailed(dir, err);
  }
  return hash.digest('hex');
}
