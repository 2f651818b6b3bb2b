// Compiles native/mmap.c into dist/native/ with the machine's C compiler and Node's own headers.
// Optional by design: where there is no compiler or no headers, sinmun reads dictionary pages
// with readSync instead (src/morph/mapped-file.ts), so a failed build only prints why.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function buildNative({
  outDir = path.join(here, '..', 'dist', 'native'),
  quiet = false,
} = {}) {
  const say = (line) => quiet || console.log(`native: ${line}`);
  if (process.platform !== 'linux' && process.platform !== 'darwin') {
    say(`no mmap build for ${process.platform}; dictionary pages are read with readSync`);
    return null;
  }
  const include = path.resolve(path.dirname(process.execPath), '..', 'include', 'node');
  if (!existsSync(path.join(include, 'node_api.h'))) {
    say(`no Node headers at ${include}; dictionary pages are read with readSync`);
    return null;
  }
  mkdirSync(outDir, { recursive: true });
  // The name src/morph/mapped-file.ts looks for (N-API: one build serves every Node ≥ 20).
  const out = path.join(outDir, `mmap-${process.platform}-${process.arch}.node`);
  const cc = process.env.CC || 'cc';
  const args = [
    '-O2',
    '-Wall',
    '-shared',
    '-fPIC',
    `-I${include}`,
    path.join(here, 'mmap.c'),
    '-o',
    out,
  ];
  if (process.platform === 'darwin') args.push('-undefined', 'dynamic_lookup');
  const run = spawnSync(cc, args, { encoding: 'utf8' });
  if (run.status !== 0) {
    say(
      `${cc} failed (${run.error?.message ?? run.stderr.trim()}); dictionary pages are read with readSync`,
    );
    return null;
  }
  say(`built ${path.relative(process.cwd(), out)}`);
  return out;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1]))
  buildNative();
