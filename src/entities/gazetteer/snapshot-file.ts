/**
 * Where the built-in gazetteer's snapshot lives (`dist/gazetteer.bin`, written by the build) and
 * opening it, once per process, in shared memory read page by page as it is used (as the
 * dictionary is), and read whole when worker threads are to be handed it.
 */
import { existsSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { PagedFile } from '../../morph/paged-file.js';
import {
  builtInDataDirectory,
  builtInDataHash,
  dataFileNames,
  readBuiltInSync,
} from './entries.js';
import { Gazetteer, type GazetteerIndex } from './gazetteer.js';
import { decodeSnapshot, encodeSnapshot, snapshotDataFiles, snapshotDataHash } from './snapshot.js';

export function snapshotPath(): string {
  return join(dirname(dirname(builtInDataDirectory())), 'dist', 'gazetteer.bin');
}

let cached: PagedFile | null | undefined;

function builtIn(): PagedFile | null {
  if (cached === undefined) cached = currentSnapshot(snapshotPath(), builtInDataDirectory());
  return cached;
}

/**
 * The snapshot's bytes, all of them read (SharedArrayBuffer-backed, for worker threads), or null
 * when there is none (running from the sources before a build) or it was built from other data
 * than the files now installed.
 */
export function builtInSnapshot(): Uint8Array | null {
  const file = builtIn();
  file?.ensure(0, file.size);
  return file ? file.bytes : null;
}

/** The built-in snapshot's index, its records read as they are reached; null as above. */
export function builtInSnapshotIndex(): GazetteerIndex | null {
  const file = builtIn();
  return file ? decodeSnapshot(file.bytes, (start, end) => file.ensure(start, end)) : null;
}

/** The data hash the built-in snapshot records; null as above. */
export function builtInSnapshotHash(): string | null {
  const file = builtIn();
  return file ? snapshotDataHash(file.bytes) : null;
}

/**
 * The snapshot at `file`, opened to be read as used, if it was built from the data files now in
 * `dataDirectory`; else null.
 *
 * The build reads the data, then writes the snapshot, recording the files' names and hash. The
 * same names, none of them modified after the snapshot was written, are the files it was built
 * from (an installed package stamps every file alike): that costs a directory listing and a
 * `stat` per file. Only a file changed since (edited, checked out, copied) has the files hashed
 * and compared with the hash recorded; reading and hashing them at every start cost a few
 * milliseconds and a hundred fresh pages. A file put back with an older time and other content
 * is not noticed; `npm run build` writes a snapshot of the data as it is.
 */
export function currentSnapshot(file: string, dataDirectory: string): PagedFile | null {
  if (!existsSync(file)) return null;
  // Read by sinmun, not mapped: worker threads are handed its memory as a SharedArrayBuffer.
  const paged = PagedFile.open(file, { map: false });
  const ensure = (start: number, end: number) => paged.ensure(start, end);
  paged.ensure(0, Math.min(paged.size, 4096));
  const hash = snapshotDataHash(paged.bytes);
  if (hash === null) return null;
  const names = dataFileNames(dataDirectory);
  const written = statSync(file).mtimeMs;
  const unchanged =
    names.join('\n') === snapshotDataFiles(paged.bytes, ensure).join('\n') &&
    names.every((name) => statSync(join(dataDirectory, name)).mtimeMs <= written);
  return unchanged || builtInDataHash(dataDirectory) === hash ? paged : null;
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
