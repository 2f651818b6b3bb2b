import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { createAnalyzer, type Analyzer } from '../../src/analyzer.js';
import { SinmunError } from '../../src/errors.js';
import type { ArticleSource } from '../../src/io/source.js';
import { serializeRecord, type SerializeSpec } from '../../src/output/serialize.js';
import { latticeOf, TokenPacker, TokenUnpacker } from '../../src/pipeline/packed-tokens.js';
import { tokenizedText } from '../../src/pipeline/stage-worker.js';
import { createStagedPipeline, type StagedPipeline } from '../../src/pipeline/stages.js';
import { analyzeMany } from '../../src/pipeline/stream.js';
import type { Token } from '../../src/types.js';
import { NEWS_PAGE } from '../io/news-page.js';
import { EN_ARTICLES, KO_ARTICLES } from './articles.js';
import { buildWorker } from './built-worker.js';

let staged: StagedPipeline;
let analyzer: Analyzer;
beforeAll(async () => {
  analyzer = await createAnalyzer();
  staged = await createStagedPipeline({ workerFile: await buildWorker() });
}, 60_000);
afterAll(async () => {
  await staged?.close();
  analyzer?.close();
});

/** Korean and English, raw bytes, HTML, odd line breaks and characters, and broken items. */
function batch(): (string | { id: string; text: string } | ArticleSource)[] {
  const items: (string | { id: string; text: string } | ArticleSource)[] = [];
  for (let i = 0; i < 16; i++) {
    const ko = KO_ARTICLES[i % KO_ARTICLES.length];
    items.push({ id: `ko-${i}`, text: ko });
    if (i % 3 === 0) items.push({ id: `en-${i}`, text: EN_ARTICLES[i % EN_ARTICLES.length] });
    if (i % 5 === 0) items.push({ id: `bad-${i}`, text: ' \n ' });
    if (i % 7 === 0) items.push({ id: `euc-${i}`, bytes: iconv.encode(ko, 'euc-kr'), meta: {} });
  }
  items.push({ id: 'lines', text: `${KO_ARTICLES[0]}\r\n\r\n😀 삼성전자 ©é\r${KO_ARTICLES[1]}` });
  items.push({ id: 'page', bytes: Buffer.from(NEWS_PAGE), meta: {} });
  items.push({ id: 'unreadable', meta: {}, error: new SinmunError('READ_FAILED', 'gone') });
  return items;
}

async function all<T>(it: AsyncIterable<T>): Promise<T[]> {
  const out: T[] = [];
  for await (const x of it) out.push(x);
  return out;
}

async function inProcess(spec: SerializeSpec, tokens = false) {
  const records = await all(analyzeMany(analyzer, batch(), { tokens }));
  return records.map((r) => serializeRecord(r, spec));
}

test('staged output is the in-process output, byte for byte and in order', async () => {
  for (const [spec, tokens] of [
    [{ format: 'jsonl' }, false],
    [{ format: 'jsonl' }, true],
    [{ format: 'csv', table: 'entities' }, false],
  ] as [SerializeSpec, boolean][]) {
    const got = await all(staged.analyzeManySerialized(batch(), { serialize: spec, tokens }));
    expect(got).toEqual(await inProcess(spec, tokens));
  }
});

test('packed morphemes unpack to the tokens the analyzer makes', () => {
  const lattice = latticeOf(analyzer);
  expect(lattice).not.toBeNull();
  if (!lattice) return;
  const packer = new TokenPacker(lattice);
  const unpacker = new TokenUnpacker(lattice.sources);
  for (const text of [...KO_ARTICLES, ...EN_ARTICLES, '😀삼성𠀀전자 é\r\n\r\n한국은행\r', '']) {
    expect(unpacker.unpack(text, packer.pack(text))).toEqual(analyzer.tokenize(text));
  }
});

test('the morphology stage tokenizes exactly the text analyze asks for', () => {
  const asked: (string | undefined)[] = [];
  const spy = Object.create(analyzer) as Analyzer;
  spy.tokenize = (text: string): Token[] => {
    asked[asked.length - 1] = text;
    return analyzer.tokenize(text);
  };
  const texts = [
    ...KO_ARTICLES,
    ...EN_ARTICLES,
    `${KO_ARTICLES[0]}\n\n[관련기사]\n- 삼성전자 3분기 실적\n- 한국은행 금리 동결`,
    `${KO_ARTICLES[1]}\nCopyright © 연합뉴스. 무단 전재 및 재배포 금지`,
  ];
  for (const text of texts) {
    for (const meta of [{}, { tokens: true }, { title: '카카오 실적' }]) {
      asked.push(undefined);
      spy.analyze(text, meta);
      expect(tokenizedText(text, meta)).toBe(asked[asked.length - 1]);
    }
  }
});

test('a stage thread that fails costs the articles in flight, not the run', async () => {
  const broken = path.join(os.tmpdir(), `sinmun-broken-worker-${process.pid}.mjs`);
  writeFileSync(broken, "throw new Error('no worker here');\n");
  const failing = await createStagedPipeline({ workerFile: broken });
  try {
    const spec: SerializeSpec = { format: 'jsonl' };
    const got = await all(failing.analyzeManySerialized(batch(), { serialize: spec }));
    const want = await inProcess(spec);
    expect(got.map((r) => r.id)).toEqual(want.map((r) => r.id));
    for (const [i, r] of got.entries()) {
      if (r.chunk !== want[i].chunk) expect(JSON.parse(r.chunk).error.code).toBe('INTERNAL');
    }
    expect(got.some((r, i) => r.chunk === want[i].chunk && !r.failed)).toBe(true);
  } finally {
    await failing.close();
  }
});
