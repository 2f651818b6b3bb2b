import { expect, test } from 'vitest';
import { createProgress, progressLine } from '../../src/cli/progress.js';

test('progress line: count, rate, bar, percent and ETA when the size is known', () => {
  const line = progressLine(1234, 2, 10_000, { totalBytes: 4_000_000, bytesRead: 1_000_000 });
  expect(line).toBe('[#####---------------] 25% · 1,234 articles (2 failed) · 123/s · ETA 0:30');
  expect(progressLine(5, 0, 2000, { totalBytes: null, bytesRead: 0 })).toBe('5 articles · 2.5/s');
});

test('no progress output when disabled or for runs shorter than a second', () => {
  let written = '';
  const out = { write: (s: string) => ((written += s), true), once: () => undefined };
  const off = createProgress(out, { totalBytes: 10, bytesRead: 5 }, false);
  off.tick(1, 0);
  off.done();
  const quick = createProgress(out, { totalBytes: 10, bytesRead: 5 }, true);
  quick.tick(1, 0);
  quick.done();
  expect(written).toBe('');
});
