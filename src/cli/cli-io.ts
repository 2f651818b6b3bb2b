/** A stream the CLI writes to: `process.stdout`/`stderr`, or a test's collector. */
export interface CliOutput {
  /** Strings, or whole lines of UTF-8 bytes (`tokenize`). */
  write(chunk: string | Uint8Array): boolean;
  once(event: 'drain', listener: () => void): unknown;
  isTTY?: boolean;
  columns?: number;
}

/** Where the CLI reads and writes, injectable so that tests run it in-process. */
export interface CliIO {
  stdin: AsyncIterable<Uint8Array> & { isTTY?: boolean };
  stdout: CliOutput;
  stderr: CliOutput;
  /** The pool's worker script, for runs from the TypeScript sources (tests); default beside the build. */
  workerFile?: string;
}

export function processIO(): CliIO {
  return {
    stdin: process.stdin as AsyncIterable<Uint8Array> & { isTTY?: boolean },
    stdout: process.stdout,
    stderr: process.stderr,
  };
}
