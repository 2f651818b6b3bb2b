#!/usr/bin/env node
/**
 * Queue throughput: 2 `sinmun worker` processes draining a BullMQ queue on a local redis-server,
 * against `sinmun extract --workers 2` on the same articles (issue target: within 10%).
 *
 *   npm run build && node bench/queue.mjs [--articles 2000] [--runs 3] [--cli dist/cli.cjs]
 *
 * Articles (about 3 KB each) are built from the news part of ../shared/corpus (CC BY-SA 3.0,
 * github.com/jungyeul/korean-parallel-corpora). Both sides are timed from process start to exit,
 * so both pay their start-up; the queue side is timed after enqueueing (the producer is another
 * machine's job in production). Needs `redis-server` on PATH; all traffic stays on 127.0.0.1.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = fileURLToPath(new URL('..', import.meta.url));
const arg = (name, fallback) => {
  const i = process.argv.indexOf(`--${name}`);
  return i > 0 ? process.argv[i + 1] : fallback;
};
const count = Number(arg('articles', '2000'));
const runs = Number(arg('runs', '3'));
const cli = path.resolve(repo, arg('cli', 'dist/cli.cjs'));
const corpus = path.resolve(repo, '../shared/corpus/ko-news-and-reviews.txt');
const NEWS_LINES = 2983;

for (const [what, ok] of [
  [`${cli} (run npm run build)`, existsSync(cli)],
  [corpus, existsSync(corpus)],
  ['redis-server on PATH', spawnSync('sh', ['-c', 'command -v redis-server']).status === 0],
]) {
  if (!ok) {
    console.error(`bench/queue: missing ${what}`);
    process.exit(1);
  }
}

/** ~3 KB articles: consecutive news lines, wrapping around the news part of the corpus. */
function buildArticles() {
  const lines = readFileSync(corpus, 'utf8').split('\n').slice(0, NEWS_LINES).filter(Boolean);
  const out = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    const parts = [];
    let bytes = 0;
    while (bytes < 3000) {
      const line = lines[at++ % lines.length];
      parts.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    out.push(JSON.stringify({ id: `bench-${i + 1}`, text: parts.join('\n') }));
  }
  return out.join('\n') + '\n';
}

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function run(args, { quiet = true } = {}) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], {
      cwd: repo,
      stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'pipe'],
    });
    let err = '';
    child.stderr.on('data', (c) => (err += c));
    child.once('exit', (code) =>
      code === 0 ? resolve(err) : reject(new Error(`${args[0]} exited ${code}:\n${err}`)),
    );
  });
}

function redisCli(port, args) {
  const r = spawnSync('redis-cli', ['-h', '127.0.0.1', '-p', String(port), ...args], {
    encoding: 'utf8',
  });
  return r.stdout.split('\n')[0];
}

async function main() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-bench-queue-'));
  const input = path.join(dir, 'articles.jsonl');
  writeFileSync(input, buildArticles());
  const port = await freePort();
  const redisServer = spawn(
    'redis-server',
    [
      '--port',
      String(port),
      '--bind',
      '127.0.0.1',
      '--save',
      '',
      '--appendonly',
      'no',
      '--dir',
      dir,
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  await new Promise((resolve) => {
    let log = '';
    redisServer.stdout.on('data', (c) => {
      log += c;
      if (log.includes('Ready to accept connections')) resolve();
    });
  });
  const redis = `redis://127.0.0.1:${port}`;
  const rows = [];
  try {
    // Runs alternate the two sides, so that load from elsewhere on the machine hits both alike.
    for (let run_ = 1; run_ <= runs; run_++) {
      let t = performance.now();
      await run(['extract', '--workers', '2', '--output', path.join(dir, 'extract.jsonl'), input]);
      const extractS = (performance.now() - t) / 1000;

      const queue = `bench${run_}`;
      await run(['enqueue', '--redis', redis, '--queue', queue, input]);
      t = performance.now();
      const worker = ['worker', '--redis', redis, '--queue', queue, '--until-empty'];
      const logs = await Promise.all([run(worker), run(worker)]);
      const queueS = (performance.now() - t) / 1000;
      const delivered = logs.map((l) => Number(/stopped; (\d+) record/.exec(l)?.[1] ?? NaN));
      // Stream entry ids start with the delivery time in ms: first to last delivery is the rate
      // a long-running worker fleet sustains, without start-up and the final empty-queue check.
      const first = redisCli(port, ['XRANGE', `${queue}:results`, '-', '+', 'COUNT', '1']);
      const last = redisCli(port, ['XREVRANGE', `${queue}:results`, '+', '-', 'COUNT', '1']);
      const steadyS = (parseInt(last, 10) - parseInt(first, 10)) / 1000;
      const row = {
        extract: count / extractS,
        queue: count / queueS,
        steady: (count - 1) / steadyS,
        delivered: delivered.join(' + '),
      };
      rows.push(row);
      console.log(
        `run ${run_}: extract --workers 2 ${row.extract.toFixed(1)}/s (${extractS.toFixed(2)} s); ` +
          `2 × worker ${row.queue.toFixed(1)}/s (${queueS.toFixed(2)} s; records ${row.delivered}); ` +
          `steady ${row.steady.toFixed(1)}/s; ratio ${(row.queue / row.extract).toFixed(3)}`,
      );
    }
    const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
    const ratios = rows.map((r) => r.queue / r.extract);
    console.log(`articles: ${count} (~3 KB Korean news each), ${runs} run(s), medians:`);
    console.log(
      `  extract --workers 2   ${median(rows.map((r) => r.extract)).toFixed(1)} articles/s`,
    );
    console.log(
      `  2 × sinmun worker     ${median(rows.map((r) => r.queue)).toFixed(1)} articles/s`,
    );
    console.log(
      `    steady (1st→last)   ${median(rows.map((r) => r.steady)).toFixed(1)} articles/s`,
    );
    console.log(`  queue / extract       ${median(ratios).toFixed(3)} (target ≥ 0.9)`);
  } finally {
    redisServer.kill('SIGTERM');
    rmSync(dir, { recursive: true, force: true });
  }
}

await main();
