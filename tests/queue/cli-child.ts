/** The queue commands as a process of their own, for tests that kill workers: `node --import tsx cli-child.ts worker …`. */
import { Command } from 'commander';
import { registerQueueCommands } from '../../src/cli/queue.js';

const program = new Command('sinmun').exitOverride();
registerQueueCommands(program);
await program.parseAsync(process.argv);
