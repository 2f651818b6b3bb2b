/**
 * What every `sinmun` entry shares: the program with its output on the given streams, running
 * it to an exit status, and the launcher's entry. `main.ts` adds every command to it;
 * `tokenize-main.ts` only `tokenize`, so that `sinmun tokenize` loads and compiles a small bundle
 * (bin/sinmun.cjs picks it) instead of the whole command line.
 */
import { Command, CommanderError } from 'commander';
import { toSinmunError } from '../errors.js';
import type { CliIO } from './cli-io.js';
import type { TokenizeIo } from './tokenize.js';

/** Exit statuses: all fine; some record failed (or the run itself did); the command was wrong. */
export const EXIT_OK = 0;
export const EXIT_FAILED = 1;
export const EXIT_USAGE = 2;

/** A command line that cannot run as given: reported on stderr, exit status 2. */
export class UsageError extends Error {}

/** One line for a failure: its stable code and message. */
export function describeFailure(err: unknown): string {
  const e = toSinmunError(err);
  return `${e.code}: ${e.message}`;
}

/** The `sinmun` program writing to `io`, throwing instead of exiting. */
export function newProgram(io: CliIO): Command {
  return new Command('sinmun')
    .description(
      'Korean and English news articles into structured records (morphemes, entities, money).',
    )
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    })
    .showHelpAfterError('(run with --help for the options)');
}

/** `tokenize`'s reading and writing over the CLI's streams (a write waits for `drain`). */
export function tokenizeIo(io: CliIO): TokenizeIo {
  return {
    stdin: () => io.stdin,
    write: (chunk) =>
      io.stdout.write(chunk)
        ? undefined
        : new Promise<void>((resolve) => io.stdout.once('drain', resolve)),
  };
}

/** Parses `argv` and runs the command; resolves to its status, or to the failure's. */
export async function runProgram(
  program: Command,
  argv: string[],
  io: CliIO,
  status: () => number,
): Promise<number> {
  if (argv.length === 0) {
    program.outputHelp();
    return EXIT_USAGE;
  }
  try {
    await program.parseAsync(argv, { from: 'user' });
    return status();
  } catch (err) {
    if (err instanceof CommanderError) {
      return err.exitCode === 0 ? EXIT_OK : EXIT_USAGE;
    }
    if (err instanceof UsageError) {
      io.stderr.write(`sinmun: ${err.message}\n`);
      return EXIT_USAGE;
    }
    io.stderr.write(`sinmun: ${describeFailure(err)}\n`);
    return EXIT_FAILED;
  }
}

/** The launcher's entry: runs with the process's arguments and streams. */
export async function runMain(run: (argv: string[]) => Promise<number>): Promise<void> {
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    // A closed pipe (`| head`) ends the run quietly.
    if (err.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw err;
  });
  process.exitCode = await run(process.argv.slice(2));
}
