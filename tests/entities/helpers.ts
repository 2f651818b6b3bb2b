/** Shared by the entity tests: one morphology and the extractors, loaded once per file. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, expect } from 'vitest';
import { EMPTY_LEXICON, extractorWith, type EntityExtractor } from '../../src/entities/index.js';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import { createMorphology, type Morphology } from '../../src/morph/index.js';
import type { Entity } from '../../src/types.js';
import type { Example } from './corpus.ko.js';

export interface Setup {
  rules: EntityExtractor;
  listed: EntityExtractor;
  morph: Morphology;
}

export async function setup(): Promise<Setup> {
  const listed = extractorWith(await Gazetteer.load());
  const rules = extractorWith(EMPTY_LEXICON);
  const morph = await createMorphology({ userDictionary: { words: listed.userWords() } });
  return { rules, listed, morph };
}

export function extractKo(s: Setup, text: string, withGazetteer: boolean): Entity[] {
  const ex = withGazetteer ? s.listed : s.rules;
  return ex.extract({
    text,
    lang: 'ko',
    regions: [{ start: 0, end: text.length }],
    tokens: s.morph.tokenize(text),
  });
}

/** Checks one corpus example against the entities found in it. */
export function checkExample(ex: Example, text: string, entities: Entity[]): void {
  const shown = entities
    .map((e) => `${e.type}:${e.mentions.map((m) => m.text).join('/')}`)
    .join(', ');
  for (const e of entities) {
    for (const m of e.mentions) expect(text.slice(m.start, m.end)).toBe(m.text);
  }
  for (const want of ex.entities) {
    const ent = entities.find((e) => e.mentions.some((m) => m.text === want.text));
    expect(ent, `${want.text} in [${shown}]`).toBeDefined();
    expect(ent!.type, `type of ${want.text}`).toBe(want.type);
    if (want.canonical !== undefined)
      expect(ent!.canonical, `canonical of ${want.text}`).toBe(want.canonical);
  }
  for (const no of ex.absent ?? []) {
    const hit = entities.some((e) => e.mentions.some((m) => m.text === no));
    expect(hit, `${no} should not be a mention: [${shown}]`).toBe(false);
  }
  for (const group of ex.same ?? []) {
    const owners = group.map((t) =>
      entities.findIndex((e) => e.mentions.some((m) => m.text === t)),
    );
    expect(new Set(owners).size, `${group.join(' = ')} in [${shown}]`).toBe(1);
    expect(owners[0]).toBeGreaterThanOrEqual(0);
  }
}

/** For each text, the number of entities owning a mention of it (people by surname share texts). */
export function checkDistinct(distinct: Record<string, number>, entities: Entity[]): void {
  for (const [text, count] of Object.entries(distinct)) {
    const owners = entities.filter((e) => e.mentions.some((m) => m.text === text));
    expect(owners.length, `entities with a mention ${text}`).toBe(count);
  }
}

const sharedRoot = resolve(dirname(fileURLToPath(import.meta.url)), '../../../shared');
const corpusPath = resolve(sharedRoot, 'corpus/ko-news-and-reviews.txt');
const kluePath = resolve(sharedRoot, 'data/klue-ner/dev-a.jsonl');

/**
 * Real sentences by reference, read from the shared material beside the repo (not copied into
 * the tests): corpus lines by number, KLUE-NER dev-a sentences by id. Null when it is absent.
 */
export function sharedSentences(): {
  line: (n: number) => string;
  klue: (id: string) => string;
} | null {
  if (!existsSync(corpusPath) || !existsSync(kluePath)) return null;
  const lines = readFileSync(corpusPath, 'utf8').split('\n');
  const klue = new Map<string, string>();
  for (const row of readFileSync(kluePath, 'utf8').trim().split('\n')) {
    const { id, text } = JSON.parse(row) as { id: string; text: string };
    klue.set(id, text);
  }
  return {
    line: (n) => lines[n - 1],
    klue: (id) => {
      const text = klue.get(id);
      if (text === undefined) throw new Error(`no KLUE sentence ${id}`);
      return text;
    },
  };
}

/**
 * For a test file of real sentences: loads the extractors before its tests and returns `check`
 * (one sentence against its hand-written expectation) and `extract` (the gazetteer's run).
 */
export function sentenceChecker(): {
  check: (text: string, ex: Omit<Example, 'text'>) => void;
  extract: (text: string) => Entity[];
} {
  let s: Setup;
  beforeAll(async () => {
    s = await setup();
  });
  const extract = (text: string): Entity[] => extractKo(s, text, true);
  return { check: (text, ex) => checkExample({ text, ...ex }, text, extract(text)), extract };
}
