import {
  MessageChannel,
  receiveMessageOnPort,
  Worker,
  type MessagePort,
} from 'node:worker_threads';
import { SinmunError } from '../../errors.js';

/** What the worker answers: per chunk, mecab-ya's `[surface, column]` pairs. */
type Reply = { ok: true; results: Array<Array<[string, string]>> } | { ok: false; message: string };

/**
 * Runs in the worker, evaluated from this string so the bundle needs no extra file. It uses only
 * dynamic `import()`, valid whether Node evaluates it as CommonJS or as an ES module. MECAB_LIB_PATH
 * and MECABRC are set before mecab-ya is loaded: it reads the former at load time, and its
 * `echo … | mecab` children inherit the latter. A failure to start is answered to every request,
 * since the caller, blocked in Atomics.wait, cannot see the worker's error event.
 */
const WORKER_SOURCE = `
import('node:worker_threads').then(async ({ workerData }) => {
  const flag = new Int32Array(workerData.signal);
  Atomics.store(flag, 1, 1);
  const answer = (reply) => {
    workerData.port.postMessage(reply);
    Atomics.store(flag, 0, 1);
    Atomics.notify(flag, 0);
  };
  let mecab = null;
  let startError = null;
  try {
    process.env.MECAB_LIB_PATH = workerData.prefix;
    process.env.MECABRC = workerData.mecabrc;
    const { createRequire } = await import('node:module');
    mecab = createRequire(workerData.mecabYa)(workerData.mecabYa);
  } catch (err) {
    startError = 'cannot load mecab-ya: ' + String((err && err.message) || err);
  }
  const pos = (text) => new Promise((resolve, reject) =>
    mecab.pos(text, (err, result) => (err ? reject(err) : resolve(result))));
  workerData.port.on('message', async (chunks) => {
    if (startError) return answer({ ok: false, message: startError });
    try {
      const results = [];
      for (let i = 0; i < chunks.length; i += 2) {
        results.push(...(await Promise.all(chunks.slice(i, i + 2).map(pos))));
      }
      answer({ ok: true, results });
    } catch (err) {
      answer({ ok: false, message: String((err && err.message) || err) });
    }
  });
});
`;

/** How long the worker may take to start before it is taken for dead. */
const START_TIMEOUT_MS = 15_000;

/**
 * A synchronous front for the callback-based mecab-ya: a worker thread runs it while the caller
 * blocks on Atomics.wait, then the reply is taken off the port with receiveMessageOnPort.
 */
export class SyncMecabYa {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** [0]: a reply is ready; [1]: the worker has started. */
  private readonly flag = new Int32Array(new SharedArrayBuffer(8));

  constructor(
    opts: { prefix: string; mecabrc: string; mecabYa: string },
    private readonly timeoutMs = 300_000,
  ) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(WORKER_SOURCE, {
      eval: true,
      // Not the parent's flags: `--input-type` or loaders must not change how the source is read.
      execArgv: [],
      workerData: { ...opts, signal: this.flag.buffer, port: port2 },
      transferList: [port2],
    });
    this.worker.unref();
    this.port.unref();
  }

  /** mecab-ya's `pos` for each chunk, in order. */
  pos(chunks: string[]): Array<Array<[string, string]>> {
    if (chunks.length === 0) return [];
    Atomics.store(this.flag, 0, 0);
    this.port.postMessage(chunks);
    const started = Date.now();
    // Wait in slices: a worker that never started (it cannot report that) must not hang us.
    while (Atomics.wait(this.flag, 0, 0, 1000) === 'timed-out') {
      const waited = Date.now() - started;
      if (
        waited > this.timeoutMs ||
        (waited > START_TIMEOUT_MS && Atomics.load(this.flag, 1) === 0)
      ) {
        throw new SinmunError(
          'MECAB_FAILED',
          `MeCab (through mecab-ya) did not answer within ${waited} ms`,
        );
      }
    }
    const message = receiveMessageOnPort(this.port);
    if (!message) throw new SinmunError('MECAB_FAILED', 'the mecab-ya worker answered nothing');
    const reply = message.message as Reply;
    if (!reply.ok)
      throw new SinmunError('MECAB_FAILED', `MeCab (through mecab-ya) failed: ${reply.message}`);
    return reply.results;
  }

  close(): void {
    this.port.close();
    void this.worker.terminate();
  }
}
