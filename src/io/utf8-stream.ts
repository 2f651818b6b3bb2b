import { isUtf8 } from 'node:buffer';
import { SinmunError } from '../errors.js';
import { binaryReason } from './binary.js';
import { decodeInput } from './decode.js';

/** How much of a stream is looked at before deciding how to read it: binaries show early. */
const HEAD_BYTES = 64 * 1024;

const encoder = new TextEncoder();

/**
 * A text stream as UTF-8 byte chunks, for readers that work line by line in bytes. UTF-8 (the
 * usual case; a BOM is dropped) passes through chunk by chunk, so memory does not grow with the
 * input. Anything else decodeInput reads (UTF-16, EUC-KR/CP949, an HTML page's declared charset)
 * is known only from the whole input, so it is read whole, within decodeInput's size limit, and
 * re-encoded. An empty or white-space-only legacy input yields nothing.
 */
export async function* utf8Chunks(source: AsyncIterable<Uint8Array>): AsyncGenerator<Uint8Array> {
  const it = source[Symbol.asyncIterator]();
  const head: Uint8Array[] = [];
  let size = 0;
  let done = false;
  while (size < HEAD_BYTES) {
    const r = await it.next();
    if (r.done) {
      done = true;
      break;
    }
    head.push(r.value);
    size += r.value.length;
  }
  const first = Buffer.concat(head);
  if (first.length === 0) return;
  if (!readsAsUtf8(first, done)) {
    const all: Uint8Array[] = [first];
    if (!done) for (let r = await it.next(); !r.done; r = await it.next()) all.push(r.value);
    let text: string;
    try {
      text = decodeInput(Buffer.concat(all)).text;
    } catch (err) {
      if (err instanceof SinmunError && err.code === 'EMPTY_INPUT') return;
      throw err;
    }
    yield encoder.encode(text);
    return;
  }
  const bom = first[0] === 0xef && first[1] === 0xbb && first[2] === 0xbf;
  const binary = binaryReason(first);
  if (binary) throw new SinmunError('BINARY_INPUT', `input looks binary, not text: ${binary}`);
  yield bom ? first.subarray(3) : first;
  if (done) return;
  for (let r = await it.next(); !r.done; r = await it.next()) yield r.value;
}

/** Whether the head of a stream is UTF-8 (a character cut at the head's end does not count). */
function readsAsUtf8(head: Uint8Array, whole: boolean): boolean {
  if (head.includes(0)) return false;
  return isUtf8(whole ? head : head.subarray(0, completeLength(head)));
}

/** The length of `bytes` without a multi-byte character cut off at its end. */
function completeLength(bytes: Uint8Array): number {
  const n = bytes.length;
  for (let back = 1; back <= Math.min(3, n); back++) {
    const b = bytes[n - back];
    if ((b & 0xc0) === 0x80) continue; // a continuation byte: look further back
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return need > back ? n - back : n;
  }
  return n;
}
