import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { EN_ARTICLES, KO_ARTICLES } from '../pipeline/articles.js';
import { buildCli } from '../pipeline/built-worker.js';
import { runCli } from './run-cli.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runToEnd(cli: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

/** Starts a run, kills it with SIGKILL once its output has grown past `bytes`, and waits. */
async function killMidway(cli: string, args: string[], out: string, bytes: number): Promise<void> {
  const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  for (let i = 0; i < 1500; i++) {
    await new Promise((r) => setTimeout(r, 10));
    let size = 0;
    try {
      size = statSync(out).size;
    } catch {
      size = 0;
    }
    if (size > bytes) break;
  }
  child.kill('SIGKILL');
  await exited;
}

const texts = [...KO_ARTICLES, ...EN_ARTICLES];
const ids = Array.from({ length: 400 }, (_, i) => `k${i}`);
const input = path.join(dir, 'in.jsonl');
writeFileSync(
  input,
  ids.map((id, i) => JSON.stringify({ id, text: texts[i % texts.length] })).join('\n') + '\n',
);

test('a run killed with SIGKILL midway and resumed writes every id exactly once', async () => {
  const cli = await buildCli();
  const out = path.join(dir, 'out.jsonl');
  const args = ['extract', '--workers', '2', '--quiet', input, '--output', out];
  await killMidway(cli, args, out, 20_000);
  const partial = readFileSync(out, 'utf8').split('\n').filter(Boolean).length;
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(ids.length);

  expect(await runToEnd(cli, [...args, '--resume'])).toBe(0);
  const written = readFileSync(out, 'utf8');
  expect(written.endsWith('\n')).toBe(true);
  const got = written
    .split('\n')
    .filter(Boolean)
    .map((l) => (JSON.parse(l) as { id: string }).id);
  expect(got).toHaveLength(ids.length);
  expect(new Set(got).size).toBe(ids.length);
  expect([...got].sort()).toEqual([...ids].sort());
}, 60_000);

test('a CSV run killed with SIGKILL midway and resumed ends as an uninterrupted run', async () => {
  const cli = await buildCli();
  // Fewer articles than above: this test runs the whole input twice.
  const few = path.join(dir, 'few.jsonl');
  writeFileSync(few, readFileSync(input, 'utf8').split('\n').slice(0, 160).join('\n') + '\n');
  const csv = ['--format', 'csv', '--table', 'entities'];
  const whole = path.join(dir, 'whole.csv');
  // In this process: one worker writes what two do (extract.test.ts).
  expect((await runCli(['extract', '-w', '1', '--quiet', few, ...csv, '-o', whole])).code).toBe(0);
  const out = path.join(dir, 'out.csv');
  const args = ['extract', '--workers', '2', '--quiet', few, ...csv, '--output', out];
  await killMidway(cli, args, out, 8_000);
  const partial = statSync(out).size;
  expect(partial).toBeGreaterThan(0);
  expect(partial).toBeLessThan(statSync(whole).size);

  expect(await runToEnd(cli, [...args, '--resume'])).toBe(0);
  expect(readFileSync(out, 'utf8')).toBe(readFileSync(whole, 'utf8'));
}, 60_000);
