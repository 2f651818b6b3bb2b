import os from 'node:os';
import path from 'node:path';
import { Readable, Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAnalyzer } from '../../src/analyzer.js';
import { createPool, type Pool } from '../../src/pipeline/pool.js';
import { analyzeMany } from '../../src/pipeline/stream.js';
import type { ArticleRecord } from '../../src/types.js';
import { KO_ARTICLES } from './articles.js';
import { buildWorker } from './built-worker.js';
import { collect, mixedBatch } from './mixed-batch.js';

let pool: Pool;
beforeAll(async () => {
  pool = await createPool({ workers: 2, workerFile: await buildWorker() });
}, 60_000);
afterAll(async () => {
  await pool?.close();
});

const batch = () => mixedBatch(24);
const all = collect;

test('serialised pool output is the in-process records serialised, line for line', async () => {
  const analyzer = await createAnalyzer();
  const records = await all(analyzeMany(analyzer, batch()));
  analyzer.close();
  const lines = await all(
    pool.analyzeManySerialized(batch(), {
      serialize: { format: 'jsonl', fields: ['lang', 'entities', 'money'] },
    }),
  );
  expect(lines.map((l) => l.id)).toEqual(records.map((r) => r.id));
  expect(lines.map((l) => l.failed)).toEqual(records.map((r) => r.error !== undefined));
  for (const [i, line] of lines.entries()) {
    expect(line.chunk.endsWith('\n')).toBe(true);
    const { id, lang, entities, money, error } = records[i];
    expect(JSON.parse(line.chunk)).toEqual(
      JSON.parse(JSON.stringify({ id, lang, entities, money, error })),
    );
  }
  // An error found on the main thread (an unreadable source) is serialised there the same way.
  expect(JSON.parse(lines[lines.length - 1].chunk).error.code).toBe('READ_FAILED');
  const csv = await all(
    pool.analyzeManySerialized(batch(), { serialize: { format: 'csv', table: 'entities' } }),
  );
  expect(csv.find((l) => l.id === 'ko-0')?.chunk.split('\r\n')[0]).toMatch(/^ko-0,/);
});

test('ordered pool output equals in-process output, record for record', async () => {
  const analyzer = await createAnalyzer();
  const expected = await all(analyzeMany(analyzer, batch()));
  analyzer.close();
  const got = await all(pool.analyzeMany(batch()));
  expect(got.length).toBe(expected.length);
  expect(got).toEqual(expected);
  expect(got.filter((r) => r.error).map((r) => r.error?.code)).toEqual([
    'EMPTY_INPUT',
    'EMPTY_INPUT',
    'EMPTY_INPUT',
    'EMPTY_INPUT',
    'EMPTY_INPUT',
    'READ_FAILED',
  ]);
  expect(got.find((r) => r.id === 'euc-7')?.warnings).toContain('decoded from EUC-KR');
});

test('unordered gives every record exactly once', async () => {
  const ids = batch().map((b) => (typeof b === 'string' ? b : (b.id as string)));
  const got = await all(pool.analyzeMany(batch(), { unordered: true }));
  expect(got.map((r) => r.id).sort()).toEqual([...ids].sort());
});

test('backpressure: the pool reads at most maxInFlight ahead of the consumer', async () => {
  let pulled = 0;
  const endless = (function* () {
    for (;;) yield { id: `n${pulled++}`, text: KO_ARTICLES[pulled % KO_ARTICLES.length] };
  })();
  let seen = 0;
  for await (const r of pool.analyzeMany(endless)) {
    expect(r.id).toBe(`n${seen}`);
    if (++seen === 20) break;
  }
  expect(pulled).toBeLessThanOrEqual(20 + 2 * 4);
});

test('analyze() resolves like analyzer.analyze and rejects with a SinmunError for bad input', async () => {
  const analyzer = await createAnalyzer();
  const meta = { id: 'x', tokens: true, url: 'https://example.com/x' };
  expect(await pool.analyze(KO_ARTICLES[0], meta)).toEqual(analyzer.analyze(KO_ARTICLES[0], meta));
  analyzer.close();
  await expect(pool.analyze('')).rejects.toMatchObject({
    name: 'SinmunError',
    code: 'EMPTY_INPUT',
  });
});

test('createTransform streams records in order through stream.pipeline', async () => {
  const out: ArticleRecord[] = [];
  await pipeline(
    Readable.from(KO_ARTICLES.map((text, i) => ({ id: `t${i}`, text }))),
    pool.createTransform(),
    new Writable({
      objectMode: true,
      write(r: ArticleRecord, _e, cb) {
        out.push(r);
        cb();
      },
    }),
  );
  expect(out.map((r) => r.id)).toEqual(['t0', 't1', 't2', 't3']);
});

test('a closed pool refuses work', async () => {
  const p = await createPool({ workers: 1, workerFile: await buildWorker() });
  await p.close();
  await expect(p.analyze(KO_ARTICLES[0])).rejects.toMatchObject({ code: 'ANALYZER_CLOSED' });
});

test('a dictionary that cannot be read fails createPool itself, not each article', async () => {
  // The dictionary is read off the main thread while the workers start; its failure must still
  // reach the caller (and stop the started workers) rather than turn into error records.
  const missing = path.join(os.tmpdir(), 'sinmun-no-dictionary-here');
  await expect(
    createPool({ workers: 1, workerFile: await buildWorker(), dictionaryPath: missing }),
  ).rejects.toMatchObject({ code: 'DICTIONARY_NOT_FOUND' });
});
