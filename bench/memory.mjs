#!/usr/bin/env node
/**
 * Memory benchmark: streams ~1 GB of JSONL news articles through `sinmun extract -` (the built
 * CLI, bin/sinmun.cjs) and samples the process's resident memory (worker threads included: they
 * are the same process) every second, to show that memory stays flat however long the input.
 *
 *   npm run bench:memory -- [--bytes 1000000000] [--workers N] [--corpus FILE]
 *
 * Articles of ~3 KB are built on the fly by joining consecutive lines of the news part (lines
 * 1–2983) of ../shared/corpus/ko-news-and-reviews.txt (CC BY-SA 3.0,
 * github.com/jungyeul/korean-parallel-corpora), going round the lines again and again so that
 * articles keep changing, each with its own id; nothing is written to disk. Prints RSS when 10%,
 * 50%, 90% and 100% of the input has been handed to the CLI, the peak, and articles per second.
 */
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { clearInterval, setInterval } from 'node:timers';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..');
const NEWS_LINES = 2983;
const ARTICLE_BYTES = 3000;
/** Lines are handed to the CLI in chunks of about this size. */
const CHUNK_BYTES = 64 * 1024;
const MILESTONES = [10, 50, 90, 100];

function arg(name, fallback) {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : fallback;
}

function positive(name, fallback) {
  const n = Number(arg(name, fallback));
  if (!Number.isSafeInteger(n) || n < 1) {
    console.error(`bench: --${name} must be a whole number of at least 1`);
    process.exit(2);
  }
  return n;
}

/** Endless JSONL lines, each an article of consecutive corpus lines, wrapping at the end. */
function* jsonlArticles(lines) {
  let cursor = 0;
  for (let id = 0; ; id++) {
    const parts = [];
    let bytes = 0;
    while (bytes < ARTICLE_BYTES) {
      const line = lines[cursor];
      cursor = (cursor + 1) % lines.length;
      parts.push(line);
      bytes += Buffer.byteLength(line) + 1;
    }
    yield JSON.stringify({ id: `mem-${id}`, text: parts.join('\n') }) + '\n';
  }
}

/** Resident and peak resident memory of a process in MB, threads included; null once it is gone. */
function memoryOf(pid) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? NaN);
    return { rss: kb('VmRSS') / 1024, peak: kb('VmHWM') / 1024 };
  } catch {
    // No /proc (macOS): ps reports the resident size alone.
    try {
      const rss = Number(
        execFileSync('ps', ['-o', 'rss=', '-p', String(pid)], { encoding: 'utf8' }),
      );
      return Number.isFinite(rss) && rss > 0 ? { rss: rss / 1024, peak: NaN } : null;
    } catch {
      return null;
    }
  }
}

async function main() {
  const bin = path.join(root, 'bin/sinmun.cjs');
  if (!existsSync(path.join(root, 'dist/cli.cjs'))) {
    console.error('bench: dist/ has no build; run `npm run build` first');
    process.exit(2);
  }
  const totalBytes = positive('bytes', '1000000000');
  const workers = positive('workers', String(availableParallelism()));
  const corpus = path.resolve(
    arg('corpus', path.join(root, '../shared/corpus/ko-news-and-reviews.txt')),
  );
  const lines = readFileSync(corpus, 'utf8')
    .split('\n')
    .slice(0, NEWS_LINES)
    .filter((l) => l.trim());

  const child = spawn(
    process.execPath,
    [bin, 'extract', '--quiet', '--no-progress', '--workers', String(workers), '-'],
    {
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const started = performance.now();
  const seconds = () => (performance.now() - started) / 1000;
  let records = 0;
  child.stdout.on('data', (chunk) => {
    for (let i = chunk.indexOf(10); i >= 0; i = chunk.indexOf(10, i + 1)) records++;
  });
  const exited = new Promise((resolve) => child.on('exit', (code) => resolve(code)));

  let written = 0;
  let articles = 0;
  let maxRss = 0;
  let peak = NaN;
  const marks = [];
  const sample = () => {
    const m = memoryOf(child.pid);
    if (!m) return null;
    maxRss = Math.max(maxRss, m.rss);
    if (Number.isFinite(m.peak)) peak = m.peak;
    return m;
  };
  const timer = setInterval(sample, 1000);
  let next = 0;
  const mark = () => {
    while (next < MILESTONES.length && written >= (totalBytes * MILESTONES[next]) / 100) {
      marks.push({
        percent: MILESTONES[next],
        seconds: seconds(),
        articles,
        records,
        rss: sample()?.rss ?? NaN,
      });
      next++;
    }
  };

  console.log(
    `sinmun extract - on ${(totalBytes / 1e6).toFixed(0)} MB of JSONL (~${ARTICLE_BYTES} B articles), ` +
      `${workers} worker(s), Node ${process.version}`,
  );
  const source = jsonlArticles(lines);
  while (written < totalBytes) {
    const parts = [];
    let size = 0;
    while (size < CHUNK_BYTES && written + size < totalBytes) {
      const line = Buffer.from(source.next().value);
      parts.push(line);
      size += line.length;
      articles++;
    }
    written += size;
    if (!child.stdin.write(Buffer.concat(parts, size))) {
      await new Promise((resolve) => child.stdin.once('drain', resolve));
    }
    mark();
  }
  child.stdin.end();
  const code = await exited;
  clearInterval(timer);
  const total = seconds();

  console.log('input    seconds  articles in  records out  RSS MB');
  for (const m of marks) {
    console.log(
      [
        `${m.percent}%`.padStart(5),
        m.seconds.toFixed(1).padStart(10),
        String(m.articles).padStart(12),
        String(m.records).padStart(12),
        m.rss.toFixed(0).padStart(7),
      ].join(' '),
    );
  }
  const at = (p) => marks.find((m) => m.percent === p);
  const steady = (at(90).records - at(10).records) / (at(90).seconds - at(10).seconds);
  console.log(
    `max sampled RSS ${maxRss.toFixed(0)} MB, peak RSS (VmHWM) ${Number.isFinite(peak) ? peak.toFixed(0) : '?'} MB; ` +
      `RSS at 90% / 10% ${(at(90).rss / at(10).rss).toFixed(2)}`,
  );
  console.log(
    `${articles} articles, ${records} records, ${total.toFixed(1)} s: ${(records / total).toFixed(1)} articles/s ` +
      `(${steady.toFixed(1)}/s between 10% and 90%), exit status ${code}`,
  );
  if (code !== 0 || records !== articles) {
    console.error('bench: the run failed or did not give one record per article');
    process.exit(1);
  }
}

await main();
