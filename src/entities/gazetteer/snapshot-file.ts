/**
 * Where the built-in gazetteer's snapshot lives (`dist/gazetteer.bin`, written by the build) and
 * reading it, once per process, into shared memory that worker threads are handed.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { readShared } from '../../morph/shared-file.js';
import { builtInDataDirectory, builtInDataHash, readBuiltInSync } from './entries.js';
import { Gazetteer } from './gazetteer.js';
import { encodeSnapshot, snapshotDataHash } from './snapshot.js';

export function snapshotPath(): string {
  return join(dirname(dirname(builtInDataDirectory())), 'dist', 'gazetteer.bin');
}

let cached: Uint8Array | null | undefined;

/**
 * The snapshot's bytes (SharedArrayBuffer-backed), or null when there is none (running from the
 * sources before a build) or it was built from other data than the files now installed.
 */
export function builtInSnapshot(): Uint8Array | null {
  if (cached !== undefined) return cached;
  const file = snapshotPath();
  cached = null;
  if (existsSync(file)) {
    const bytes = readShared(file);
    if (snapshotDataHash(bytes) === builtInDataHash()) cached = bytes;
  }
  return cached;
}

/** Indexes the built-in data and writes the snapshot (the build's step; see tsup.config.ts). */
export function writeBuiltInSnapshot(file = snapshotPath()): number {
  const bytes = encodeSnapshot(Gazetteer.build(readBuiltInSync()).toIndex(), builtInDataHash());
  writeFileSync(file, bytes);
  cached = undefined;
  return bytes.length;
}
