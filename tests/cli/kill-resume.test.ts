import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { EN_ARTICLES, KO_ARTICLES } from '../pipeline/articles.js';
import { buildCli } from '../pipeline/built-worker.js';

const dir = mkdtempSync(path.join(tmpdir(), 'sinmun-kill-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function runToEnd(cli: string, args: string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
    child.on('error', reject);
    child.on('exit', (code) => resolve(code ?? -1));
  });
}

test('a run killed with SIGKILL midway and resumed writes every id exactly once', async () => {
  const cli = await buildCli();
  const texts = [...KO_ARTICLES, ...EN_ARTICLES];
  const ids = Array.from({ length: 400 }, (_, i) => `k${i}`);
  const input = path.join(dir, 'in.jsonl');
  writeFileSync(
    input,
    ids.map((id, i) => JSON.stringify({ id, text: texts[i % texts.length] })).join('\n') + '\n',
  );
  const out = path.join(dir, 'out.jsonl');
  const args = ['extract', '--workers', '2', '--quiet', input, '--output', out];

  const child = spawn(process.execPath, [cli, ...args], { stdio: 'ignore' });
  const exited = new Promise((resolve) => child.on('exit', resolve));
  // Kill it once some, but not all, records are out.
  for (let i = 0; i < 1500; i++) {
    await new Promise((r) => setTimeout(r, 10));
    let size = 0;
    try {
      size = statSync(out).size;
    } catch {
      size = 0;
    }
    if (size > 20_000) break;
  }
  child.kill('SIGKILL');
  await exited;
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
