/**
 * Where the built-in gazetteer's snapshot lives (`dist/gazetteer.bin`, written by the build) and
 * reading it, once per process, into shared memory that worker threads are handed.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readShared } from '../../morph/shared-file.js';
import {
  builtInDataDirectory,
  builtInDataHash,
  dataFileNames,
  readBuiltInSync,
} from './entries.js';
import { Gazetteer } from './gazetteer.js';
import { encodeSnapshot, snapshotDataFiles, snapshotDataHash } from './snapshot.js';

export function snapshotPath(): string {
  return join(dirname(dirname(builtInDataDirectory())), 'dist', 'gazetteer.bin');
}

let cached: Uint8Array | null | undefined;

/**
 * The snapshot's bytes (SharedArrayBuffer-backed), or null when there is none (running from the
 * sources before a build) or it was built from other data than the files now installed.
 */
export function builtInSnapshot(): Uint8Array | null {
  if (cached === undefined) cached = currentSnapshot(snapshotPath(), builtInDataDirectory());
  return cached;
}

/**
 * The snapshot at `file` if it was built from the data files now in `dataDirectory`, else null.
 *
 * The build reads the data, then writes the snapshot, recording the files' names and hash. The
 * same names, none of them modified after the snapshot was written, are the files it was built
 * from (an installed package stamps every file alike): that costs a directory listing and a
 * `stat` per file. Only a file changed since (edited, checked out, copied) has the files hashed
 * and compared with the hash recorded; reading and hashing them at every start cost a few
 * milliseconds and a hundred fresh pages. A file put back with an older time and other content
 * is not noticed; `npm run build` writes a snapshot of the data as it is.
 */
export function currentSnapshot(file: string, dataDirectory: string): Uint8Array | null {
  if (!existsSync(file)) return null;
  const bytes = readShared(file);
  const hash = snapshotDataHash(bytes);
  if (hash === null) return null;
  const names = dataFileNames(dataDirectory);
  const written = statSync(file).mtimeMs;
  const unchanged =
    names.join('\n') === snapshotDataFiles(bytes).join('\n') &&
    names.every((name) => statSync(join(dataDirectory, name)).mtimeMs <= written);
  return unchanged || builtInDataHash(dataDirectory) === hash ? bytes : null;
}

/** Indexes the built-in data and writes the snapshot (the build's step; see tsup.config.ts). */
export function writeBuiltInSnapshot(file = snapshotPath()): number {
  const files = dataFileNames();
  const hash = builtInDataHash();
  const bytes = encodeSnapshot(Gazetteer.build(readBuiltInSync()).toIndex(), hash, files);
  writeFileSync(file, bytes);
  cached = undefined;
  return bytes.length;
}
