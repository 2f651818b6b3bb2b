import type { EventLoopUtilization } from 'node:perf_hooks';
import type { Worker } from 'node:worker_threads';
import { writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import {
  analyzeWithMorphemes,
  createAnalyzer,
  latticeOf,
  type Analyzer,
} from '../../src/analyzer.js';
import { serializeRecord, type SerializeSpec } from '../../src/output/serialize.js';
import { TokenPacker, TokenUnpacker } from '../../src/pipeline/packed-tokens.js';
import { tokenizedText } from '../../src/pipeline/stage-worker.js';
import { StageBalance } from '../../src/pipeline/stage-balance.js';
import { createStagedPipeline, type StagedPipeline } from '../../src/pipeline/stages.js';
import { analyzeMany } from '../../src/pipeline/stream.js';
import type { Token } from '../../src/types.js';
import { EN_ARTICLES, KO_ARTICLES } from './articles.js';
import { buildWorker } from './built-worker.js';
import { collect, mixedBatch } from './mixed-batch.js';

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

const batch = () =>
  mixedBatch(16, [
    { id: 'lines', text: `${KO_ARTICLES[0]}\r\n\r\n😀 삼성전자 ©é\r${KO_ARTICLES[1]}` },
  ]);
const all = collect;

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
  const texts = [
    ...KO_ARTICLES,
    ...EN_ARTICLES,
    `${KO_ARTICLES[0]}\n\n[관련기사]\n- 삼성전자 3분기 실적\n- 한국은행 금리 동결`,
    `${KO_ARTICLES[1]}\nCopyright © 연합뉴스. 무단 전재 및 재배포 금지`,
  ];
  let korean = 0;
  for (const text of texts) {
    for (const meta of [{}, { tokens: true }, { title: '카카오 실적' }]) {
      let asked: string | undefined;
      analyzeWithMorphemes(analyzer, text, meta, (part) => {
        asked = part;
        return undefined;
      });
      expect(tokenizedText(text, meta)).toBe(asked);
      if (asked !== undefined && asked !== text) korean++;
    }
  }
  // the boilerplate cut happened, so the rule was exercised beyond "all of it"
  expect(korean).toBeGreaterThan(0);
});

test('the rest stage takes the given morphemes; without them it tokenizes itself', () => {
  const text = KO_ARTICLES[0];
  const own = analyzer.analyze(text, { tokens: true });
  const given: Token[] = [{ ...own.tokens![0], pos: 'NNP+GIVEN' }];
  const taken = analyzeWithMorphemes(analyzer, text, { tokens: true }, () => given);
  expect(taken.tokens).toEqual(given);
  const declined = analyzeWithMorphemes(analyzer, text, { tokens: true }, () => undefined);
  expect(declined).toEqual(own);
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

test('the balance gives the rest stage more tokenizing while the morphology stage is busier', () => {
  /** A stand-in worker whose event loop is busy `busy` of the time. */
  const fake = (busy: () => number) => {
    let active = 0;
    let idle = 0;
    const performance = {
      eventLoopUtilization(now?: EventLoopUtilization, last?: EventLoopUtilization) {
        if (now && last) {
          const a = now.active - last.active;
          const i = now.idle - last.idle;
          return { active: a, idle: i, utilization: a / (a + i) };
        }
        active += busy();
        idle += 1 - busy();
        return { active, idle, utilization: active / (active + idle) };
      },
    };
    return { performance } as unknown as Worker;
  };
  let morphologyBusy = 1;
  const balance = new StageBalance(
    fake(() => morphologyBusy),
    fake(() => 1 - morphologyBusy / 2),
  );
  const share = (n: number) => {
    let rest = 0;
    for (let i = 0; i < n; i++) if (balance.next()) rest++;
    return rest / n;
  };
  const first = share(320);
  const later = share(320);
  expect(later).toBeGreaterThan(first);
  morphologyBusy = 0.2;
  share(640);
  expect(share(320)).toBeLessThan(later);
});
