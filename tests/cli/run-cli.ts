import { Readable } from 'node:stream';
import { run } from '../../src/cli/main.js';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `sinmun …` in this process with captured output and the given standard input. */
export async function runCli(
  argv: string[],
  opts: { stdin?: string | Buffer; workerFile?: string } = {},
): Promise<CliResult> {
  let stdout = '';
  let stderr = '';
  const stdin = Readable.from(
    opts.stdin === undefined ? [] : [Buffer.from(opts.stdin)],
  ) as Readable & {
    isTTY?: boolean;
  };
  const code = await run(argv, {
    stdin,
    stdout: { write: (s) => ((stdout += s), true), once: () => undefined },
    stderr: { write: (s) => ((stderr += s), true), once: () => undefined },
    workerFile: opts.workerFile,
  });
  return { code, stdout, stderr };
}

export function jsonLines(s: string): Record<string, unknown>[] {
  return s
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => JSON.parse(l) as Record<string, unknown>);
}
