import { SinmunError } from '../errors.js';
import type { MorphologyBackend, Token } from '../types.js';
import type { Dictionary, SharedDictionaryHandle } from './dictionary.js';
import type { ByteOutput } from './byte-output.js';
import { Lattice } from './lattice.js';
import type { PrefixSearchable } from './lexicon.js';
import { forEachLine } from './lines.js';
import { FeatureSplitter } from './token-features.js';

const encoder = new TextEncoder();
const TAB = 9;
const NEWLINE = 10;
const EOS = encoder.encode('EOS\n');

/** The TypeScript engine: MeCab's analysis over mecab-ko-dic, line by line. */
export class EmbeddedTokenizer {
  readonly backend: MorphologyBackend = 'embedded';
  readonly lattice: Lattice;
  private readonly splitter = new FeatureSplitter();
  private bytes = new Uint8Array(1 << 16);
  private closed = false;
  constructor(
    private readonly dict: Dictionary,
    userLexicons: readonly PrefixSearchable[],
    spacePenalty: boolean,
  ) {
    this.lattice = new Lattice(dict, userLexicons, spacePenalty);
  }

  tokenize(text: string): Token[] {
    if (this.closed) throw new SinmunError('ANALYZER_CLOSED', 'tokenize() after close()');
    if (typeof text !== 'string') throw new SinmunError('INVALID_INPUT', 'text must be a string');
    const tokens: Token[] = [];
    forEachLine(text, (start, end) => {
      if (end > start) this.tokenizeLine(text, start, end, tokens);
    });
    return tokens;
  }

  /**
   * Appends MeCab's output for one line given as UTF-8 bytes (no line break): the morphemes'
   * own bytes and the dictionary's feature bytes, then `EOS`, with no string made per morpheme.
   * Returns the number of morphemes.
   */
  writeMecabLine(line: Uint8Array, out: ByteOutput): number {
    if (this.closed) throw new SinmunError('ANALYZER_CLOSED', 'tokenize() after close()');
    const path = line.length > 0 ? this.lattice.analyze(line, line.length) : null;
    const count = path?.length ?? 0;
    if (path) {
      const sources = this.lattice.sources;
      for (let i = 0; i < count; i++) {
        out.append(line, path.start[i], path.end[i]);
        out.appendByte(TAB);
        sources[path.source[i]].appendFeature(path.token[i], out);
        out.appendByte(NEWLINE);
      }
    }
    out.append(EOS);
    return count;
  }

  share(): SharedDictionaryHandle {
    return this.dict.share();
  }

  close(): void {
    this.closed = true;
  }

  private tokenizeLine(text: string, lineStart: number, lineEnd: number, out: Token[]): void {
    const line = text.slice(lineStart, lineEnd);
    const need = line.length * 3;
    if (this.bytes.length < need) this.bytes = new Uint8Array(need * 2);
    const written = encoder.encodeInto(line, this.bytes).written;
    const path = this.lattice.analyze(this.bytes, written);
    const sources = this.lattice.sources;
    const unk = sources.length - 1;
    // Walk the line once, turning the path's byte offsets into UTF-16 offsets.
    let u = 0;
    let b = 0;
    const advance = (target: number): void => {
      while (b < target) {
        const c = line.charCodeAt(u);
        if (c < 0x80) {
          b += 1;
          u += 1;
        } else if (c < 0x800) {
          b += 2;
          u += 1;
        } else if (c >= 0xd800 && c < 0xdc00 && (line.charCodeAt(u + 1) & 0xfc00) === 0xdc00) {
          b += 4;
          u += 2;
        } else {
          b += 3;
          u += 1;
        }
      }
    };
    for (let i = 0; i < path.length; i++) {
      advance(path.start[i]);
      const start = u;
      advance(path.end[i]);
      const source = path.source[i];
      const parsed = this.splitter.get(source, sources[source], path.token[i]);
      out.push({
        surface: line.slice(start, u),
        start: lineStart + start,
        end: lineStart + u,
        pos: parsed.pos,
        features: parsed.rest.slice(),
        unknown: source === unk,
      });
    }
  }
}
