/**
 * `sinmun tokenize` alone: the launcher runs this bundle for it, which holds the morphology and
 * its reading and writing but no extraction, entities, rendering or queue.
 */
import { processIO, type CliIO } from './cli-io.js';
import { EXIT_OK, newProgram, runMain, runProgram, tokenizeIo } from './program.js';
import { registerTokenizeCommand } from './tokenize.js';

/** Runs `sinmun tokenize …` (the arguments after the program name); resolves to the status. */
export function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  const program = newProgram(io);
  registerTokenizeCommand(program, tokenizeIo(io));
  return runProgram(program, argv, io, () => EXIT_OK);
}

/** Entry point for the launcher. */
export function main(): Promise<void> {
  return runMain(run);
}
