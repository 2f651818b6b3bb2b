#!/usr/bin/env node
/**
 * Pipeline benchmark, in two parts:
 *
 * - short: `sinmun extract` on 1,500 (`--short`) articles of ~1,300 characters as users run it,
 *   a whole process each time (start, import, dictionary, workers' start-up included), 1 and 2
 *   workers alternating `--runs` times (default 3); articles/s and CPU ms per article (every
 *   thread), with 2 workers as a ratio to 1 from the same round.
 * - long: 12,000 (`--long`, or `--articles`) articles of ~3 KB with 1, 2 and N (= cores)
 *   workers, timed inside the process from the start of the run; each configuration in its own
 *   process so that peak RSS is its own.
 *
 *   npm run bench:pipeline [-- --short 1500 --long 12000 --runs 3 --corpus FILE]
 *
 * The batch is built from the news part (lines 1–2983) of ../shared/corpus/ko-news-and-reviews.txt
 * (CC BY-SA 3.0, github.com/jungyeul/korean-parallel-corpora): consecutive lines are joined until
 * an article reaches about 3 KB, and the set is repeated until there are `--articles` of them
 * (each with its own id). SINMUN_DIST points at another build directory (default dist/).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.resolve(root, process.env.SINMUN_DIST ?? 'dist');
const NEWS_LINES = 2983;
const LONG_ARTICLE_BYTES = 3000;
/** ~1,300 characters of Korean news: most of them Hangul syllables of 3 bytes. */
const SHORT_ARTICLE_BYTES = 3000;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

async function child() {
  const { run } = await import(pathToFileURL(path.join(dist, 'cli.js')).href);
  const input = arg('input');
  const workers = arg('workers');
  const sink = { write: () => true, once: () => undefined };
  const started = performance.now();
  const code = await run(
    ['extract', '--quiet', '--workers', workers, '--output', '/dev/null', input],
    {
      stdin: process.stdin,
      stdout: sink,
      stderr: process.stderr,
    },
  );
  const seconds = (performance.now() - started) / 1000;
  const articles = readFileSync(input, 'utf8').split('\n').filter(Boolean).length;
  process.stdout.write(
    JSON.stringify({
      code,
      workers: Number(workers),
      articles,
      seconds,
      maxRssKB: process.resourceUsage().maxRSS,
      // CPU of every thread (main + workers): under a busy machine the wall-clock ratio is noise,
      // CPU per article still shows what the pool's overhead costs.
      cpuSeconds:
        (process.resourceUsage().userCPUTime + process.resourceUsage().systemCPUTime) / 1e6,
    }),
  );
}

function buildBatch(corpus, count, articleBytes) {
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .slice(0, NEWS_LINES)
    .filter((l) => l.trim());
  const articles = [];
  let cur = [];
  for (const line of lines) {
    cur.push(line);
    if (Buffer.byteLength(cur.join('\n')) >= articleBytes) {
      articles.push(cur.join('\n'));
      cur = [];
    }
  }
  const out = [];
  for (let i = 0; i < count; i++)
    out.push(JSON.stringify({ id: `news-${i}`, text: articles[i % articles.length] }));
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a), 0) / articles.length;
  const chars = articles.reduce((s, a) => s + a.length, 0) / articles.length;
  return {
    jsonl: out.join('\n') + '\n',
    distinct: articles.length,
    meanBytes: Math.round(bytes),
    meanChars: Math.round(chars),
  };
}

/** One whole `sinmun extract` process: wall and CPU seconds (all threads), peak RSS. */
function wholeRun(input, workers) {
  const cli = path.join(root, 'bin/sinmun.cjs');
  const r = spawnSync(
    '/usr/bin/time',
    [
      '-f',
      '%e %U %S %M',
      process.execPath,
      cli,
      'extract',
      '--quiet',
      '--workers',
      String(workers),
    ].concat(['--output', '/dev/null', input]),
    { encoding: 'utf8', env: { ...process.env } },
  );
  if (r.status !== 0 && r.status !== 1) throw new Error(`extract failed: ${r.stderr}`);
  const [wall, user, sys, rssKb] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { workers, wall, cpu: user + sys, rssMb: rssKb / 1024 };
}

function shortRuns(corpus, tmp) {
  const count = Number(arg('short', '1500'));
  const runs = Number(arg('runs', '3'));
  const { jsonl, distinct, meanChars } = buildBatch(corpus, count, SHORT_ARTICLE_BYTES);
  const input = path.join(tmp, 'short.jsonl');
  writeFileSync(input, jsonl);
  console.log(
    `short: whole \`sinmun extract\` processes on ${count} articles (${distinct} distinct, ~${meanChars} characters each), 1 and 2 workers alternating`,
  );
  console.log(
    'round  workers  wall s  articles/s  × 1 worker  CPU s  CPU ms/article  × 1 worker  peak RSS MB',
  );
  const speedups = [];
  for (let round = 1; round <= runs; round++) {
    const one = wholeRun(input, 1);
    const two = wholeRun(input, 2);
    for (const r of [one, two]) {
      console.log(
        [
          String(round).padStart(5),
          String(r.workers).padStart(8),
          r.wall.toFixed(2).padStart(7),
          (count / r.wall).toFixed(1).padStart(11),
          (one.wall / r.wall).toFixed(2).padStart(11),
          r.cpu.toFixed(2).padStart(6),
          ((r.cpu * 1000) / count).toFixed(2).padStart(15),
          (r.cpu / one.cpu).toFixed(2).padStart(11),
          r.rssMb.toFixed(0).padStart(12),
        ].join(' '),
      );
    }
    speedups.push(one.wall / two.wall);
  }
  const sorted = [...speedups].sort((a, b) => a - b);
  console.log(
    `2 workers / 1 worker, process start included: ${sorted.map((x) => x.toFixed(2)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}×); targets ≥ 300 articles/s with 1 worker, ≥ 1.6× with 2\n`,
  );
}

async function main() {
  if (!existsSync(path.join(dist, 'cli.js')) || !existsSync(path.join(dist, 'worker.js'))) {
    console.error(`bench: ${dist} has no build; run \`npm run build\` first`);
    process.exit(2);
  }
  const corpus = path.resolve(
    arg('corpus', path.join(root, '../shared/corpus/ko-news-and-reviews.txt')),
  );
  const tmp = mkdtempSync(path.join(tmpdir(), 'sinmun-bench-'));
  if (arg('short', '1500') !== '0') shortRuns(corpus, tmp);
  const count = Number(arg('long', arg('articles', '12000')));
  if (count === 0) return;
  const { jsonl, distinct, meanBytes } = buildBatch(corpus, count, LONG_ARTICLE_BYTES);
  const input = path.join(tmp, 'batch.jsonl');
  writeFileSync(input, jsonl);
  const cores = availableParallelism();
  const configs = [...new Set([1, 2, cores])];
  console.log(
    `long: sinmun extract on ${count} articles (${distinct} distinct, ~${meanBytes} bytes each), ${cores} cores, Node ${process.version}, timed inside the process`,
  );
  const results = [];
  try {
    for (const workers of configs) {
      const out = execFileSync(
        process.execPath,
        [fileURLToPath(import.meta.url), '--child', '--workers', String(workers), '--input', input],
        {
          encoding: 'utf8',
          stdio: ['ignore', 'pipe', 'inherit'],
          env: { ...process.env, SINMUN_DIST: dist },
        },
      );
      results.push(JSON.parse(out));
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  const base = results[0];
  const rate = (r) => r.articles / r.seconds;
  console.log(
    'workers  articles/s  × 1 worker  peak RSS MB  × 1 worker  CPU ms/article  × 1 worker',
  );
  for (const r of results) {
    console.log(
      [
        String(r.workers).padStart(7),
        rate(r).toFixed(1).padStart(11),
        (rate(r) / rate(base)).toFixed(2).padStart(11),
        (r.maxRssKB / 1024).toFixed(0).padStart(12),
        (r.maxRssKB / base.maxRssKB).toFixed(2).padStart(11),
        ((r.cpuSeconds * 1000) / r.articles).toFixed(2).padStart(15),
        (r.cpuSeconds / r.articles / (base.cpuSeconds / base.articles)).toFixed(2).padStart(11),
      ].join(' '),
    );
    if (r.code !== 0) console.log(`  (exit status ${r.code}: some records had errors)`);
  }
  console.log(
    'targets: ≥150 articles/s with 1 worker; ≥1.7× with 2; peak RSS with 2 ≤ 1.5× one worker',
  );
}

if (process.argv.includes('--child')) await child();
else await main();
