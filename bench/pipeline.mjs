#!/usr/bin/env node
/**
 * Pipeline benchmark: `sinmun extract` over a batch of ~3 KB Korean news articles with 1, 2 and
 * N (= cores) workers, each configuration in its own process so that peak RSS is its own.
 * Prints articles/s and peak RSS, and both as ratios to one worker in the same run.
 *
 *   npm run build && node bench/pipeline.mjs [--articles 1000] [--corpus FILE]
 *
 * The batch is built from the news part (lines 1–2983) of ../shared/corpus/ko-news-and-reviews.txt
 * (CC BY-SA 3.0, github.com/jungyeul/korean-parallel-corpora): consecutive lines are joined until
 * an article reaches about 3 KB, and the set is repeated until there are `--articles` of them
 * (each with its own id). SINMUN_DIST points at another build directory (default dist/).
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const dist = path.resolve(root, process.env.SINMUN_DIST ?? 'dist');
const NEWS_LINES = 2983;
const ARTICLE_BYTES = 3000;

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

function buildBatch(corpus, count) {
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .slice(0, NEWS_LINES)
    .filter((l) => l.trim());
  const articles = [];
  let cur = [];
  for (const line of lines) {
    cur.push(line);
    if (Buffer.byteLength(cur.join('\n')) >= ARTICLE_BYTES) {
      articles.push(cur.join('\n'));
      cur = [];
    }
  }
  const out = [];
  for (let i = 0; i < count; i++)
    out.push(JSON.stringify({ id: `news-${i}`, text: articles[i % articles.length] }));
  const bytes = articles.reduce((s, a) => s + Buffer.byteLength(a), 0) / articles.length;
  return { jsonl: out.join('\n') + '\n', distinct: articles.length, meanBytes: Math.round(bytes) };
}

async function main() {
  if (!existsSync(path.join(dist, 'cli.js')) || !existsSync(path.join(dist, 'worker.js'))) {
    console.error(`bench: ${dist} has no build; run \`npm run build\` first`);
    process.exit(2);
  }
  const corpus = path.resolve(
    arg('corpus', path.join(root, '../shared/corpus/ko-news-and-reviews.txt')),
  );
  const count = Number(arg('articles', '1000'));
  const { jsonl, distinct, meanBytes } = buildBatch(corpus, count);
  const tmp = mkdtempSync(path.join(tmpdir(), 'sinmun-bench-'));
  const input = path.join(tmp, 'batch.jsonl');
  writeFileSync(input, jsonl);
  const cores = availableParallelism();
  const configs = [...new Set([1, 2, cores])];
  console.log(
    `sinmun extract on ${count} articles (${distinct} distinct, ~${meanBytes} bytes each), ${cores} cores, Node ${process.version}`,
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
