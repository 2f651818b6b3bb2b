import { closeSync, fstatSync, openSync, read, readSync } from 'node:fs';
import { SinmunError } from '../errors.js';

/**
 * Reads a whole file into memory backed by a SharedArrayBuffer, so that worker threads can be
 * handed the same bytes without a copy.
 */
export function readShared(file: string): Uint8Array {
  let fd: number;
  try {
    fd = openSync(file, 'r');
  } catch (err) {
    throw new SinmunError('DICTIONARY_NOT_FOUND', `cannot open ${file}`, { cause: err });
  }
  try {
    const size = fstatSync(fd).size;
    const bytes = new Uint8Array(new SharedArrayBuffer(size));
    let done = 0;
    while (done < size) {
      const n = readSync(fd, bytes, done, size - done, done);
      if (n === 0) break;
      done += n;
    }
    if (done !== size) {
      throw new SinmunError(
        'DICTIONARY_INVALID',
        `short read of ${file}: ${done} of ${size} bytes`,
      );
    }
    return bytes;
  } finally {
    closeSync(fd);
  }
}

/** Pieces a large file is read in at once by `readSharedAsync`. */
const PIECE_BYTES = 8 * 1024 * 1024;

/**
 * `readShared` off the main thread: every piece of the file is handed to libuv's threads before
 * this returns, so the copy of ~100 MB of dictionary runs on other cores while the caller goes on
 * with synchronous start-up work (the gazetteer).
 */
export function readSharedAsync(file: string): Promise<Uint8Array> {
  let fd: number;
  let size: number;
  try {
    fd = openSync(file, 'r');
    size = fstatSync(fd).size;
  } catch (err) {
    return Promise.reject(
      new SinmunError('DICTIONARY_NOT_FOUND', `cannot open ${file}`, { cause: err }),
    );
  }
  const bytes = new Uint8Array(new SharedArrayBuffer(size));
  const pieces: Promise<void>[] = [];
  for (let at = 0; at < size; at += PIECE_BYTES) {
    pieces.push(readRange(fd, bytes, at, Math.min(size, at + PIECE_BYTES), file));
  }
  return Promise.all(pieces).then(
    () => {
      closeSync(fd);
      return bytes;
    },
    (err: unknown) => {
      closeSync(fd);
      throw err;
    },
  );
}

function readRange(
  fd: number,
  bytes: Uint8Array,
  start: number,
  end: number,
  file: string,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const step = (at: number): void => {
      if (at === end) return resolve();
      read(fd, bytes, at, end - at, at, (err, n) => {
        if (err)
          return reject(
            new SinmunError('DICTIONARY_INVALID', `cannot read ${file}`, { cause: err }),
          );
        if (n === 0)
          return reject(
            new SinmunError('DICTIONARY_INVALID', `short read of ${file} at byte ${at}`),
          );
        step(at + n);
      });
    };
    step(start);
  });
}
