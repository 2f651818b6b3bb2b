/**
 * Pipeline benchmark: `sinmun extract` as users run it, a whole process each time (start, import,
 * dictionary, workers' start-up included), 1 and 2 workers alternating, on two batches:
 *
 * - short: 1,500 (`--short`) articles of ~1,300 characters, `--runs` rounds (default 3);
 * - long: 12,000 (`--long`) articles of the same kind, `--long-runs` rounds (default 1).
 *
 *   npm run bench:pipeline [-- --short 1500 --long 12000 --runs 3 --long-runs 1 --corpus FILE]
 *
 * Each row: wall seconds, articles/s, CPU ms per article (user + system of every thread, from
 * GNU time) split into the main thread, the worker threads and the rest (V8's garbage-collector
 * and compiler threads, libuv's file threads), peak RSS; with 2 workers, ratios to the 1-worker
 * run of the same round. On a busy machine the wall-clock ratio is noise, CPU per article is not:
 * it shows what the second thread costs and where. With 2 workers `extract` runs two stages
 * (morphology, the rest; src/pipeline/stages.ts), not a pool. The split comes from polling
 * /proc/PID/task/TID/stat every 50 ms (Linux only; a thread's last ≤ 50 ms before it ends are
 * counted under "rest"); the worker threads are the `workers` busiest threads besides the main one.
 *
 * A third row per round, "2p", is the peer: two separate 1-worker processes on half the batch
 * each, run at once (their main threads counted as "workers", their RSS summed).
 *
 * The batch is built from the news part (lines 1–2983) of ../shared/corpus/ko-news-and-reviews.txt
 * (CC BY-SA 3.0, github.com/jungyeul/korean-parallel-corpora): consecutive lines are joined until
 * an article reaches about 3 KB, and the set is repeated until there are enough of them (each
 * with its own id). `--root DIR` runs another checkout's build (DIR/bin/sinmun.cjs) instead of this one.
 */
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { clearInterval, setInterval } from 'node:timers';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const target = path.resolve(arg('root', root));
const NEWS_LINES = 2983;
/** ~1,300 characters of Korean news: most of them Hangul syllables of 3 bytes. */
const ARTICLE_BYTES = 3000;
const POLL_MS = 50;
/** Clock ticks per second of /proc/.../stat (USER_HZ, 100 on Linux). */
const TICK_MS = 10;

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
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

/** Every thread's CPU ms of process `pid` now (user + system), by thread id. */
function threadCpu(pid, into) {
  try {
    for (const tid of readdirSync(`/proc/${pid}/task`)) {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      into.set(Number(tid), (Number(fields[11]) + Number(fields[12])) * TICK_MS);
    }
  } catch {
    // The process or a thread ended between the listing and the read.
  }
}

/** The pid of `parent`'s child (the node process GNU time started), once it exists. */
function childOf(parent) {
  try {
    const list = readFileSync(`/proc/${parent}/task/${parent}/children`, 'utf8').trim();
    return list ? Number(list.split(' ')[0]) : undefined;
  } catch {
    return undefined;
  }
}

/**
 * One whole `sinmun extract` process: wall and CPU seconds of every thread (GNU time), peak RSS,
 * and the CPU of its main thread and of its `workers` busiest other threads (polled).
 */
function wholeRun(input, workers) {
  const cli = path.join(target, 'bin/sinmun.cjs');
  const argv = ['-f', '%e %U %S %M', process.execPath, cli, 'extract', '--quiet'];
  argv.push('--workers', String(workers), '--output', '/dev/null', input);
  const child = spawn('/usr/bin/time', argv, {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.setEncoding('utf8').on('data', (d) => (stderr += d));
  const threads = new Map();
  let pid;
  const timer = setInterval(() => {
    pid ??= childOf(child.pid);
    if (pid) threadCpu(pid, threads);
  }, POLL_MS);
  return new Promise((resolve, reject) => {
    child.on('exit', (status) => {
      clearInterval(timer);
      const [wall, user, sys, rssKb] = stderr.trim().split('\n').pop().split(' ').map(Number);
      if ((status !== 0 && status !== 1) || !Number.isFinite(wall)) {
        reject(new Error(`extract failed: ${stderr}`));
        return;
      }
      const main = threads.get(pid) ?? 0;
      const others = [...threads].filter(([tid]) => tid !== pid).map(([, ms]) => ms);
      const workerMs =
        workers > 1
          ? others
              .sort((a, b) => b - a)
              .slice(0, workers)
              .reduce((a, b) => a + b, 0)
          : 0;
      const cpu = user + sys;
      resolve({
        workers,
        wall,
        cpu,
        mainCpu: main / 1000,
        workerCpu: workerMs / 1000,
        restCpu: cpu - (main + workerMs) / 1000,
        rssMb: rssKb / 1024,
      });
    });
  });
}

/** Two runs at once as one: the later end, the sum of CPU, the main threads as "workers". */
function twoProcesses([a, b]) {
  return {
    label: '2p',
    wall: Math.max(a.wall, b.wall),
    cpu: a.cpu + b.cpu,
    mainCpu: 0,
    workerCpu: a.mainCpu + b.mainCpu,
    restCpu: a.restCpu + b.restCpu,
    rssMb: a.rssMb + b.rssMb,
  };
}

const COLUMNS =
  'round  workers  wall s  articles/s  × 1 worker  CPU ms/article  × 1 worker    main  workers    rest  peak RSS MB';

function row(round, r, one, count) {
  const perArticle = (s) => ((s * 1000) / count).toFixed(2);
  return [
    String(round).padStart(5),
    String(r.label ?? r.workers).padStart(8),
    r.wall.toFixed(2).padStart(7),
    (count / r.wall).toFixed(1).padStart(11),
    (one.wall / r.wall).toFixed(2).padStart(11),
    perArticle(r.cpu).padStart(15),
    (r.cpu / one.cpu).toFixed(2).padStart(11),
    perArticle(r.mainCpu).padStart(7),
    perArticle(r.workerCpu).padStart(8),
    perArticle(r.restCpu).padStart(7),
    r.rssMb.toFixed(0).padStart(12),
  ].join(' ');
}

/** 1 and 2 workers alternating on `count` articles, `runs` rounds. */
async function compare(label, corpus, tmp, count, runs) {
  const { jsonl, distinct, meanChars } = buildBatch(corpus, count, ARTICLE_BYTES);
  const input = path.join(tmp, `${label}.jsonl`);
  writeFileSync(input, jsonl);
  // The peer: two separate 1-worker processes on a half each, at once. What two cores give with
  // no pool at all (each pays its own start-up, heap and JIT, as a worker does), so the pool's own
  // cost is the 2-worker row's distance from this one.
  const lines = jsonl.split('\n').filter(Boolean);
  const halves = [lines.slice(0, lines.length >> 1), lines.slice(lines.length >> 1)].map((h, i) => {
    const file = path.join(tmp, `${label}-half${i}.jsonl`);
    writeFileSync(file, h.join('\n') + '\n');
    return file;
  });
  console.log(
    `${label}: whole \`sinmun extract\` processes on ${count} articles (${Math.min(distinct, count)} distinct, ~${meanChars} characters each), 1 and 2 workers alternating, Node ${process.version}`,
  );
  console.log(`${COLUMNS}\n${' '.repeat(54)}(CPU ms/article of: main thread, workers, rest)`);
  const speedups = [];
  const cpuGrowth = [];
  const peerSpeedups = [];
  const peerGrowth = [];
  for (let round = 1; round <= runs; round++) {
    const one = await wholeRun(input, 1);
    const two = await wholeRun(input, 2);
    const peer = twoProcesses(await Promise.all(halves.map((half) => wholeRun(half, 1))));
    for (const r of [one, two, peer]) console.log(row(round, r, one, count));
    speedups.push(one.wall / two.wall);
    cpuGrowth.push(two.cpu / one.cpu);
    peerSpeedups.push(one.wall / peer.wall);
    peerGrowth.push(peer.cpu / one.cpu);
  }
  const summary = (xs) => {
    const sorted = [...xs].sort((a, b) => a - b);
    return `${sorted.map((x) => x.toFixed(2)).join(', ')} (median ${sorted[Math.floor(sorted.length / 2)].toFixed(2)}×)`;
  };
  console.log(
    `2 workers / 1 worker, process start included: ${summary(speedups)}; CPU ${summary(cpuGrowth)}`,
  );
  console.log(
    `peer, 2 processes (2p) / 1 worker: ${summary(peerSpeedups)}; CPU ${summary(peerGrowth)}`,
  );
}

async function main() {
  const dist = path.join(target, 'dist');
  if (!existsSync(path.join(dist, 'cli.cjs')) || !existsSync(path.join(dist, 'worker.cjs'))) {
    console.error(`bench: ${dist} has no build; run \`npm run build\` there first`);
    process.exit(2);
  }
  const corpus = path.resolve(
    arg('corpus', path.join(root, '../shared/corpus/ko-news-and-reviews.txt')),
  );
  const tmp = mkdtempSync(path.join(tmpdir(), 'sinmun-bench-'));
  try {
    const short = Number(arg('short', '1500'));
    const long = Number(arg('long', '12000'));
    if (short > 0) await compare('short', corpus, tmp, short, Number(arg('runs', '3')));
    if (short > 0 && long > 0) console.log('');
    if (long > 0) await compare('long', corpus, tmp, long, Number(arg('long-runs', '1')));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  console.log(
    '\ntargets: ≥ 300 articles/s with 1 worker on the short batch; 2 workers ≥ 1.6× one on it',
  );
}

await main();
