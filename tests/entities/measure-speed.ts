/**
 * Entity extraction's cost next to morphology's on the Korean news corpus (lines 1–2983 of the
 * shared corpus, in blocks of 20 lines as articles): `npx tsx tests/entities/measure-speed.ts`.
 * The budget: extraction adds at most 30% to morphology time.
 */
import { fileURLToPath } from 'node:url';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { Gazetteer } from '../../src/entities/gazetteer/gazetteer.js';
import { createEntityExtractor } from '../../src/entities/index.js';
import { createMorphology } from '../../src/morph/index.js';

const CORPUS =
  process.argv[2] ??
  fileURLToPath(new URL('../../../shared/corpus/ko-news-and-reviews.txt', import.meta.url));
const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, 2983);
const docs: string[] = [];
for (let i = 0; i < lines.length; i += 20) docs.push(lines.slice(i, i + 20).join('\n'));
const chars = docs.reduce((n, d) => n + d.length, 0);

const extractor = await createEntityExtractor();
const morph = await createMorphology({ userDictionary: { words: extractor.userWords() } });

function run(): { morphMs: number; entMs: number; entities: number } {
  let morphMs = 0;
  let entMs = 0;
  let entities = 0;
  for (const text of docs) {
    const t0 = performance.now();
    const tokens = morph.tokenize(text);
    const t1 = performance.now();
    entities += extractor.extract({
      text,
      lang: 'ko',
      regions: [{ start: 0, end: text.length }],
      tokens,
    }).length;
    const t2 = performance.now();
    morphMs += t1 - t0;
    entMs += t2 - t1;
  }
  return { morphMs, entMs, entities };
}

/** The gazetteer's scan alone, which `extract` runs once per article. */
const gazetteer = await Gazetteer.load();
function scanOnly(): number {
  const t0 = performance.now();
  for (const text of docs) gazetteer.findAll(text, [{ start: 0, end: text.length }]);
  return performance.now() - t0;
}

run(); // warm-up
scanOnly();
const scan = Math.min(scanOnly(), scanOnly(), scanOnly());
const runs = [run(), run(), run()];
const best = (k: 'morphMs' | 'entMs'): number => Math.min(...runs.map((r) => r[k]));
const m = best('morphMs');
const e = best('entMs');
console.log(`${docs.length} documents, ${chars} chars, ${runs[0].entities} entities`);
console.log(
  `morphology ${m.toFixed(0)} ms (${(((chars / m) * 1000) / 1024).toFixed(0)} K chars/s)`,
);
console.log(
  `entities   ${e.toFixed(0)} ms (${(((chars / e) * 1000) / 1024).toFixed(0)} K chars/s)`,
);
console.log(`entities / morphology = ${((e / m) * 100).toFixed(1)}%`);
console.log(
  `  of which the gazetteer scan ${scan.toFixed(0)} ms (${((scan / m) * 100).toFixed(1)}%),` +
    ` the rules and grouping ${(e - scan).toFixed(0)} ms (${(((e - scan) / m) * 100).toFixed(1)}%)`,
);
