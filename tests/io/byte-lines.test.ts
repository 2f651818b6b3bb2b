import { describe, expect, it } from 'vitest';
import { ByteLineSplitter } from '../../src/io/byte-lines.js';

/** The lines and break lengths of `text` when its bytes arrive cut at `cut`. */
function split(text: string, cut: number): Array<[string, number]> {
  const lines: Array<[string, number]> = [];
  const splitter = new ByteLineSplitter((line, breakLength) =>
    lines.push([Buffer.from(line).toString('utf8'), breakLength]),
  );
  const bytes = Buffer.from(text);
  splitter.push(bytes.subarray(0, cut));
  splitter.push(bytes.subarray(cut));
  splitter.end();
  return lines;
}

describe('ByteLineSplitter', () => {
  it('splits at \\n, \\r\\n and \\r wherever the chunks are cut', () => {
    const text = '가나\r\n\r다\n\n라마';
    const expected: Array<[string, number]> = [
      ['가나', 2],
      ['', 1],
      ['다', 1],
      ['', 1],
      ['라마', 0],
    ];
    for (let cut = 0; cut <= Buffer.byteLength(text); cut++) {
      expect(split(text, cut), `cut at byte ${cut}`).toEqual(expected);
    }
  });

  it('opens no line after a final break, whichever break it is', () => {
    for (const text of ['가\n', '가\r\n', '가\r']) {
      for (let cut = 0; cut <= Buffer.byteLength(text); cut++) {
        expect(split(text, cut)).toEqual([['가', text.length - 1]]);
      }
    }
  });
});
