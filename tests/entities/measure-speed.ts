/**
 * Entity extraction's cost next to morphology's on the Korean news corpus (lines 1–2983 of the
 * shared corpus, in blocks of 20 lines as articles): `npx tsx tests/entities/measure-speed.ts`.
 * The budget: extraction adds at most 30% to morphology time. On a shared machine the
 * per-document line is the steadier one: each document's least time over the passes leaves out
 * the passes the scheduler interrupted. `PASSES=9` takes more passes.
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

/** Per document, the least time of any pass: a pass the scheduler interrupted does not count. */
const leastMorph = docs.map(() => Infinity);
const leastEnt = docs.map(() => Infinity);

function run(): { morphMs: number; entMs: number; entities: number } {
  let morphMs = 0;
  let entMs = 0;
  let entities = 0;
  docs.forEach((text, d) => {
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
    leastMorph[d] = Math.min(leastMorph[d], t1 - t0);
    leastEnt[d] = Math.min(leastEnt[d], t2 - t1);
  });
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
leastMorph.fill(Infinity);
leastEnt.fill(Infinity);
scanOnly();
const scan = Math.min(scanOnly(), scanOnly(), scanOnly());
const PASSES = Number(process.env.PASSES ?? 5);
const runs = Array.from({ length: PASSES }, () => run());
const best = (k: 'morphMs' | 'entMs'): number => Math.min(...runs.map((r) => r[k]));
const m = best('morphMs');
const e = best('entMs');
const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);
const lm = sum(leastMorph);
const le = sum(leastEnt);
console.log(`${docs.length} documents, ${chars} chars, ${runs[0].entities} entities`);
console.log(
  `morphology ${m.toFixed(0)} ms (${(((chars / m) * 1000) / 1024).toFixed(0)} K chars/s)`,
);
console.log(
  `entities   ${e.toFixed(0)} ms (${(((chars / e) * 1000) / 1024).toFixed(0)} K chars/s)`,
);
console.log(`entities / morphology = ${((e / m) * 100).toFixed(1)}% (best of ${PASSES} passes)`);
console.log(
  `per document, least of ${PASSES} passes: morphology ${lm.toFixed(0)} ms, entities ${le.toFixed(0)} ms` +
    ` = ${((le / lm) * 100).toFixed(1)}%`,
);
console.log(
  `  of which the gazetteer scan ${scan.toFixed(0)} ms (${((scan / m) * 100).toFixed(1)}%),` +
    ` the rules and grouping ${(e - scan).toFixed(0)} ms (${(((e - scan) / m) * 100).toFixed(1)}%)`,
);
