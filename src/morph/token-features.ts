import type { TokenTable } from './lexicon.js';

/** A feature string split once into the POS and the remaining fields, then reused. */
export interface ParsedFeature {
  pos: string;
  rest: string[];
}

/**
 * Splits mecab-ko-dic feature strings (plain CSV: the dictionary holds no quoted fields) once
 * per token. Found by the token's number through a typed array per lattice source, so a
 * morpheme seen before costs two array reads: keying by the feature string cost a decode and a
 * string-keyed lookup per morpheme (~5% of `extract`'s CPU profile), keying by its offset a
 * hash lookup. The arrays are as long as the sources have tokens (sys.dic: ~800k, 3 MB), and
 * only the pages of tokens met are ever touched. One per lattice: the source numbers are its
 * `sources`.
 */
export class FeatureSplitter {
  private readonly ids: (Int32Array | undefined)[] = [];
  /** Index 0 stands for "not split yet". */
  private readonly parsed: ParsedFeature[] = [{ pos: '', rest: [] }];

  get(source: number, table: TokenTable, t: number): ParsedFeature {
    const ids = (this.ids[source] ??= new Int32Array(table.tokenU32.length >>> 2));
    let id = ids[t];
    if (id === 0) {
      const fields = table.feature(t).split(',');
      id = ids[t] = this.parsed.push({ pos: fields[0], rest: fields.slice(1) }) - 1;
    }
    return this.parsed[id];
  }
}
