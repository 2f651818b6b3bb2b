import { readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { build } from 'tsup';

/**
 * Worker threads cannot run the TypeScript sources that vitest runs, so pool tests build the
 * worker script (and the CLI) from the current sources once (a second or two) into node_modules/.cache and
 * hand it to `createPool({ workerFile })`. Inside the repository, so that the worker finds the
 * package's data and dependencies as the real build does.
 */
let built: Promise<string> | undefined;

export async function buildWorker(): Promise<string> {
  built ??= buildOnce();
  return path.join(await built, 'worker.js');
}

/** The CLI built the same way (`cli.js`, with `worker.js` beside it), for tests that spawn it. */
export async function buildCli(): Promise<string> {
  built ??= buildOnce();
  return path.join(await built, 'cli.js');
}

async function buildOnce(): Promise<string> {
  const root = path.resolve(__dirname, '../..');
  const parent = path.join(root, 'node_modules/.cache/sinmun-test-worker');
  removeStaleBuilds(parent);
  const outDir = path.join(parent, String(process.pid));
  await build({
    config: false,
    entry: {
      worker: path.join(root, 'src/pipeline/worker.ts'),
      cli: path.join(root, 'src/cli/main.ts'),
    },
    format: ['esm'],
    outDir,
    platform: 'node',
    target: 'node20',
    dts: false,
    sourcemap: false,
    splitting: false,
    clean: true,
    silent: true,
  });
  return outDir;
}

/** Test processes may be killed without an exit event, so each build clears dead ones' dirs. */
function removeStaleBuilds(parent: string): void {
  let entries: string[] = [];
  try {
    entries = readdirSync(parent);
  } catch {
    return;
  }
  for (const name of entries) {
    const pid = Number(name);
    if (!Number.isInteger(pid) || pid === process.pid) continue;
    try {
      process.kill(pid, 0);
    } catch {
      rmSync(path.join(parent, name), { recursive: true, force: true });
    }
  }
}
