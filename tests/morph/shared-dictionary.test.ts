import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { canMapFiles } from '../../src/morph/mapped-file.js';
import { createMorphology, Dictionary, shareDictionary } from '../../src/morph/index.js';
import { PagedFile } from '../../src/morph/paged-file.js';
import { CORPUS } from './helpers.js';

describe('dictionary memory', () => {
  it('is loaded once per process', () => {
    expect(Dictionary.load()).toBe(Dictionary.load());
  });

  it('is handed to another thread without a copy (pages read by sinmun)', async () => {
    // The reader used where the native addon is not built, shared through SharedArrayBuffers.
    const paged = PagedFile.open(path.join(Dictionary.load().path, 'sys.dic'), { map: false });
    const shared = paged.share();
    expect(shared.bytes).toBeInstanceOf(SharedArrayBuffer);
    expect(shared.bytes!.byteLength).toBeGreaterThan(80_000_000);
    paged.ensure(paged.size - 1, paged.size);
    // The worker writes into the shared buffer's last byte and restores it; seeing the write here
    // proves both threads address the same memory.
    const probe = new Int32Array(new SharedArrayBuffer(4));
    const source = `
      const { workerData, parentPort } = require('node:worker_threads');
      const bytes = new Uint8Array(workerData.shared.bytes);
      const i = bytes.length - 1;
      const old = bytes[i];
      bytes[i] = old ^ 0xff;
      Atomics.store(workerData.probe, 0, 1);
      Atomics.notify(workerData.probe, 0);
      Atomics.wait(workerData.probe, 0, 1);
      bytes[i] = old;
      parentPort.postMessage('done');
    `;
    const bytes = paged.bytes;
    const before = bytes[bytes.length - 1];
    const worker = new Worker(source, { eval: true, workerData: { shared, probe } });
    const done = new Promise((resolve) => worker.once('message', resolve));
    while (Atomics.load(probe, 0) !== 1) await new Promise((r) => setTimeout(r, 5));
    expect(bytes[bytes.length - 1]).toBe(before ^ 0xff);
    Atomics.store(probe, 0, 2);
    Atomics.notify(probe, 0);
    await done;
    await worker.terminate();
    expect(bytes[bytes.length - 1]).toBe(before);
  });

  it('reads the same bytes mapped as paged', () => {
    if (!canMapFiles()) {
      console.warn('native mmap addon not built (npm run build): only the page reader is in use');
      return;
    }
    for (const name of ['sys.dic', 'matrix.bin']) {
      const file = path.join(Dictionary.load().path, name);
      const mapped = PagedFile.open(file);
      const paged = PagedFile.open(file, { map: false });
      expect(mapped.mapped).toBe(true);
      expect(paged.mapped).toBe(false);
      expect(mapped.size).toBe(paged.size);
      // Pages spread over the whole file, the first and the last among them.
      for (let at = 0; at < paged.size; at += Math.floor(paged.size / 97)) {
        const end = Math.min(paged.size, at + 4096);
        paged.ensure(at, end);
        expect(Buffer.compare(mapped.bytes.subarray(at, end), paged.bytes.subarray(at, end))).toBe(
          0,
        );
      }
      expect(mapped.share()).toEqual({ file, fd: -1, bytes: null, ready: null });
    }
  });

  it('tokenizes the same in a thread that reads pages as in one that maps them', async () => {
    const lines = readFileSync(CORPUS, 'utf8').split('\n').slice(0, 400);
    const text = lines.join('\n');
    const worker = new Worker(new URL('./fixtures/tokenize-worker.mjs', import.meta.url), {
      workerData: { handle: undefined, text },
      env: { ...process.env, SINMUN_MMAP: '0' },
    });
    const reply = await new Promise<{ tokens: unknown[][]; mapped: boolean }>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
    await worker.terminate();
    expect(reply.mapped).toBe(false);
    const here = await createMorphology({ spacePenalty: false });
    expect(Dictionary.load().mapped).toBe(canMapFiles());
    expect(reply.tokens).toEqual(lines.map((line) => here.tokenize(line)));
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
    const reply = await new Promise<{ tokens: unknown[][]; rssGrowth: number; mapped: boolean }>(
      (resolve, reject) => {
        worker.once('message', resolve);
        worker.once('error', reject);
      },
    );
    await worker.terminate();
    const here = await createMorphology({ spacePenalty: false });
    expect(reply.mapped).toBe(canMapFiles());
    expect(reply.tokens).toEqual(text.split('\n').map((line) => here.tokenize(line)));
    // The 100 MB of dictionary files are not read or copied again in the worker.
    expect(reply.rssGrowth).toBeLessThan(50 * 1024 * 1024);
  });

  it('rejects something that is not a handle', () => {
    expect(() => Dictionary.fromShared({} as never)).toThrow(/not a shared dictionary handle/);
  });
});
