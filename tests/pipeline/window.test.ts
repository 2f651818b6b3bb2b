import { expect, test } from 'vitest';
import { mapWindow } from '../../src/pipeline/window.js';

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function run(ordered: boolean, limit: number) {
  let running = 0;
  let peak = 0;
  let pulled = 0;
  const delays = [30, 5, 20, 1, 15, 2, 25, 3, 10, 4];
  const source = (function* () {
    for (let i = 0; i < delays.length; i++) {
      pulled++;
      yield i;
    }
  })();
  const out: number[] = [];
  const pulledWhenYielded: number[] = [];
  for await (const v of mapWindow(
    source,
    async (i) => {
      running++;
      peak = Math.max(peak, running);
      await sleep(delays[i]);
      running--;
      return i * 10;
    },
    { limit, ordered },
  )) {
    out.push(v);
    pulledWhenYielded.push(pulled);
  }
  return { out, peak, pulledWhenYielded };
}

test('ordered: results in input order, never more than `limit` in flight', async () => {
  const { out, peak, pulledWhenYielded } = await run(true, 3);
  expect(out).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  expect(peak).toBe(3);
  // backpressure: the source is never read more than `limit` ahead of what was consumed
  pulledWhenYielded.forEach((p, k) => expect(p).toBeLessThanOrEqual(k + 3));
});

test('unordered: every result once, faster ones first', async () => {
  const { out, peak } = await run(false, 3);
  expect([...out].sort((a, b) => a - b)).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90]);
  expect(out).not.toEqual([...out].sort((a, b) => a - b));
  expect(peak).toBeLessThanOrEqual(3);
});
