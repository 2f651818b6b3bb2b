import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { createMorphology, Dictionary, shareDictionary } from '../../src/morph/index.js';

describe('dictionary memory', () => {
  it('is loaded once per process', () => {
    expect(Dictionary.load()).toBe(Dictionary.load());
  });

  it('is handed to another thread without a copy', async () => {
    const handle = shareDictionary();
    expect(handle.sys).toBeInstanceOf(SharedArrayBuffer);
    expect(handle.sys.byteLength).toBeGreaterThan(80_000_000);
    // The worker writes into the shared matrix buffer's padding-free last byte and restores it;
    // seeing the write here proves both threads address the same memory.
    const probe = new Int32Array(new SharedArrayBuffer(4));
    const source = `
      const { workerData, parentPort } = require('node:worker_threads');
      const bytes = new Uint8Array(workerData.handle.sys);
      const i = bytes.length - 1;
      const old = bytes[i];
      bytes[i] = old ^ 0xff;
      Atomics.store(workerData.probe, 0, 1);
      Atomics.notify(workerData.probe, 0);
      Atomics.wait(workerData.probe, 0, 1);
      bytes[i] = old;
      parentPort.postMessage('done');
    `;
    const bytes = new Uint8Array(handle.sys);
    const before = bytes[bytes.length - 1];
    const worker = new Worker(source, { eval: true, workerData: { handle, probe } });
    const done = new Promise((resolve) => worker.once('message', resolve));
    while (Atomics.load(probe, 0) !== 1) await new Promise((r) => setTimeout(r, 5));
    expect(bytes[bytes.length - 1]).toBe(before ^ 0xff);
    Atomics.store(probe, 0, 2);
    Atomics.notify(probe, 0);
    await done;
    await worker.terminate();
    expect(bytes[bytes.length - 1]).toBe(before);
  });

  it('analyses the same through a handle as through the loader', async () => {
    const direct = await createMorphology();
    const handle = structuredClone(direct.share());
    const viaHandle = await createMorphology({ shared: handle! });
    const text = '서울시는 2030년까지 인공지능 산업에 1조 원을 투자한다.';
    expect(viaHandle.tokenize(text)).toEqual(direct.tokenize(text));
  });

  it('serves a worker thread that tokenizes from the handle', async () => {
    const handle = shareDictionary();
    const text = '서울시는 2030년까지 인공지능 산업에 1조 원을 투자한다.\n둘째 줄이다';
    const worker = new Worker(new URL('./fixtures/tokenize-worker.mjs', import.meta.url), {
      workerData: { handle, text },
    });
    const reply = await new Promise<{ tokens: unknown[]; rssGrowth: number }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    const here = await createMorphology({ spacePenalty: false });
    expect(reply.tokens).toEqual(here.tokenize(text));
    // The 100 MB of dictionary files are not read or copied again in the worker.
    expect(reply.rssGrowth).toBeLessThan(50 * 1024 * 1024);
  });

  it('rejects something that is not a handle', () => {
    expect(() => Dictionary.fromShared({} as never)).toThrow(/not a shared dictionary handle/);
  });
});
