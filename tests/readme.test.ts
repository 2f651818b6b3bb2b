/**
 * The README's TypeScript examples run: each ```ts block that imports from 'sinmun' is executed
 * against the source, so the documentation cannot drift from the API.
 */
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)]
  .map((m) => m[1])
  .filter((code) => code.includes("from 'sinmun'"));
const dir = fileURLToPath(new URL('./.readme-examples/', import.meta.url));
const entry = fileURLToPath(new URL('../src/index.ts', import.meta.url));

afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('README examples', () => {
  it('there are examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(2);
  });

  it.each(blocks.map((code, i) => [i + 1, code] as const))('example %i runs', async (i, code) => {
    mkdirSync(dir, { recursive: true });
    const file = `${dir}example-${i}.ts`;
    writeFileSync(
      file,
      code.replaceAll("from 'sinmun'", `from ${JSON.stringify(entry)}`) + '\nexport {};\n',
    );
    await expect(import(/* @vite-ignore */ file)).resolves.toBeDefined();
  });
});
