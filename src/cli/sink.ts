import { closeSync, openSync, writeSync } from 'node:fs';
import type { CliOutput } from './cli-io.js';

/** Where serialised records go. Each `write` is one whole unit (a line, a record's rows). */
export interface Sink {
  write(chunk: string): Promise<void>;
  close(): Promise<void>;
}

/**
 * A file written with one `write(2)` call per chunk, so that a run killed at any moment leaves
 * only whole lines behind (and `--resume` has at most one cut-off line to drop).
 */
export function fileSink(file: string, append: boolean): Sink {
  const fd = openSync(file, append ? 'a' : 'w');
  return {
    async write(chunk) {
      const bytes = Buffer.from(chunk, 'utf8');
      let done = 0;
      while (done < bytes.length) done += writeSync(fd, bytes, done, bytes.length - done);
    },
    async close() {
      closeSync(fd);
    },
  };
}

/** A stream (standard output) written chunk by chunk, waiting when it asks us to. */
export function streamSink(out: CliOutput): Sink {
  return {
    async write(chunk) {
      if (!out.write(chunk)) await new Promise<void>((resolve) => out.once('drain', resolve));
    },
    async close() {},
  };
}
