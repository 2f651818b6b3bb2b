import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
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
