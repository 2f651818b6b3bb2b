/** One line of a byte stream, without its `\n`; `tooLarge` when it was longer than allowed. */
export type ByteLine = (
  | { line: number; bytes: Uint8Array; tooLarge?: undefined }
  | { line: number; tooLarge: number; bytes?: undefined }
) & {
  /** False only for a last line that the stream ended without a `\n` (a cut-off write). */
  terminated: boolean;
};

/**
 * Splits a byte stream into lines without ever holding more than `maxLineBytes` of one line: a
 * longer line is counted and skipped (reported as `tooLarge`), so a 50 MB line in a 1 GB JSONL
 * costs neither memory nor the rest of the run. Line numbers start at 1.
 */
export async function* splitLines(
  chunks: AsyncIterable<Uint8Array>,
  maxLineBytes: number,
): AsyncGenerator<ByteLine> {
  let parts: Uint8Array[] = [];
  let length = 0;
  let overflow = false;
  let line = 1;
  const take = (terminated: boolean): ByteLine => {
    const out: ByteLine = overflow
      ? { line, tooLarge: length, terminated }
      : { line, bytes: parts.length === 1 ? parts[0] : Buffer.concat(parts, length), terminated };
    parts = [];
    length = 0;
    overflow = false;
    line++;
    return out;
  };
  const add = (piece: Uint8Array): void => {
    length += piece.length;
    if (overflow) return;
    if (length > maxLineBytes) {
      overflow = true;
      parts = [];
    } else if (piece.length > 0) {
      parts.push(piece);
    }
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(0x0a, start);
      if (nl < 0) break;
      add(chunk.subarray(start, nl));
      yield take(true);
      start = nl + 1;
    }
    // Copy the tail: the stream may reuse the chunk's memory.
    if (start < chunk.length) add(Uint8Array.prototype.slice.call(chunk, start));
  }
  if (length > 0 || overflow) yield take(false);
}
