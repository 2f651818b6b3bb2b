/**
 * Morphemes as they cross from the morphology thread to the rest of the analysis in a staged
 * pipeline (src/pipeline/stages.ts): four integers per morpheme (UTF-16 start and end, the
 * lattice source and the token index in it) in one transferable Int32Array, instead of token
 * objects, whose structured clone cost the morphology thread more than a third of its time in a
 * prototype. The other thread makes the `Token` objects from the shared dictionary, exactly as
 * the embedded tokenizer makes them (src/morph/embedded.ts).
 */
import type { Lattice } from '../morph/lattice.js';
import type { PrefixSearchable } from '../morph/lexicon.js';
import { forEachLine } from '../morph/lines.js';
import { FeatureSplitter } from '../morph/token-features.js';
import type { Token } from '../types.js';

const encoder = new TextEncoder();
/** Integers per packed morpheme. */
const STRIDE = 4;

/** Tokenizes into packed morphemes with an analyzer's own lattice (same lexicons, same path). */
export class TokenPacker {
  private bytes = new Uint8Array(1 << 16);
  private out = new Int32Array(1 << 12);
  private n = 0;

  constructor(private readonly lattice: Lattice) {}

  /** What `analyzer.tokenize(text)` would return, packed; a fresh array (to transfer). */
  pack(text: string): Int32Array {
    this.n = 0;
    forEachLine(text, (start, end) => {
      if (end > start) this.line(text, start, end);
    });
    return this.out.slice(0, this.n);
  }

  private line(text: string, lineStart: number, lineEnd: number): void {
    const line = text.slice(lineStart, lineEnd);
    const need = line.length * 3;
    if (this.bytes.length < need) this.bytes = new Uint8Array(need * 2);
    const written = encoder.encodeInto(line, this.bytes).written;
    const path = this.lattice.analyze(this.bytes, written);
    if (this.out.length < this.n + path.length * STRIDE) {
      const grown = new Int32Array((this.n + path.length * STRIDE) * 2);
      grown.set(this.out.subarray(0, this.n));
      this.out = grown;
    }
    const out = this.out;
    // The path's byte offsets as UTF-16 offsets, walking the line once.
    let u = 0;
    let b = 0;
    for (let i = 0; i < path.length; i++) {
      for (let k = 0; k < 2; k++) {
        const target = k === 0 ? path.start[i] : path.end[i];
        while (b < target) {
          const c = line.charCodeAt(u);
          const pair =
            c >= 0xd800 && c < 0xdc00 && (line.charCodeAt(u + 1) & 0xfc00) === 0xdc00 ? 1 : 0;
          b += c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
          u += 1 + pair;
        }
        out[this.n + k] = lineStart + u;
      }
      out[this.n + 2] = path.source[i];
      out[this.n + 3] = path.token[i];
      this.n += STRIDE;
    }
  }
}

/** Turns packed morphemes back into the tokens the embedded tokenizer would have made. */
export class TokenUnpacker {
  private readonly splitter = new FeatureSplitter();
  private readonly unknown: number;

  constructor(private readonly sources: readonly PrefixSearchable[]) {
    // unk.dic is the lattice's last source (src/morph/lattice.ts).
    this.unknown = sources.length - 1;
  }

  unpack(text: string, packed: Int32Array): Token[] {
    const tokens: Token[] = [];
    for (let i = 0; i < packed.length; i += STRIDE) {
      const start = packed[i];
      const end = packed[i + 1];
      const source = packed[i + 2];
      const parsed = this.splitter.get(source, this.sources[source], packed[i + 3]);
      tokens.push({
        surface: text.slice(start, end),
        start,
        end,
        pos: parsed.pos,
        features: parsed.rest.slice(),
        unknown: source === this.unknown,
      });
    }
    return tokens;
  }
}
