import { SinmunError } from '../errors.js';
import type { UserDictionaryOptions, UserWord } from '../types.js';
import { ContextIds } from './context-ids.js';
import type { Dictionary } from './dictionary.js';
import { Lexicon, LexiconType, type PrefixSearchable } from './lexicon.js';
import { PagedFile } from './paged-file.js';
import { UserWordLexicon, type CompiledUserWord } from './user-word-lexicon.js';

/**
 * Default word cost of a user word. Low enough that a listed name beats the pieces the system
 * dictionary would cut it into (its common NNP costs are 2953–4104), yet not so low that it
 * swallows the particles around it.
 */
export const DEFAULT_USER_WORD_COST = 1000;

const contextIdsByPath = new Map<string, ContextIds>();

/**
 * The user lexicons for a dictionary, in the order they are searched: a compiled `user.dic`,
 * lexicons made elsewhere (the gazetteer's names), then the runtime words.
 */
export function loadUserLexicons(
  dict: Dictionary,
  opts: UserDictionaryOptions | undefined,
  made: readonly PrefixSearchable[] = [],
): PrefixSearchable[] {
  const lexicons: PrefixSearchable[] = [];
  if (opts?.path !== undefined) lexicons.push(loadUserDic(dict, opts.path));
  lexicons.push(...made);
  if (opts?.words && opts.words.length > 0) {
    lexicons.push(UserWordLexicon.build(opts.words.map((w) => compileUserWord(dict, w))));
  }
  return lexicons;
}

/** A `user.dic` compiled by `mecab-dict-index -u` against this dictionary. */
export function loadUserDic(dict: Dictionary, file: string): Lexicon {
  const lex = new Lexicon(PagedFile.whole(file), file);
  if (lex.type !== LexiconType.user) {
    throw new SinmunError(
      'DICTIONARY_INVALID',
      `${file} is not a user dictionary (type ${lex.type})`,
    );
  }
  if (lex.lsize !== dict.lsize || lex.rsize !== dict.rsize) {
    throw new SinmunError(
      'DICTIONARY_INVALID',
      `${file} was compiled for another dictionary (context sizes ${lex.lsize}×${lex.rsize}, ` +
        `expected ${dict.lsize}×${dict.rsize})`,
    );
  }
  return lex;
}

/** 종성 of the last character: T when a Hangul syllable ends in a consonant, F otherwise. */
export function finalConsonant(surface: string): 'T' | 'F' {
  const last = surface.codePointAt(surface.length - 1) ?? 0;
  if (last >= 0xac00 && last <= 0xd7a3) return (last - 0xac00) % 28 === 0 ? 'F' : 'T';
  return 'F';
}

/** A user word with the context ids of dictionary entries of the same POS and 종성. */
export function compileUserWord(dict: Dictionary, word: UserWord): CompiledUserWord {
  if (typeof word?.surface !== 'string' || word.surface === '' || /[\s,]/.test(word.surface)) {
    throw new SinmunError(
      'INVALID_INPUT',
      `user word surface must be a non-empty string without spaces or commas: ${JSON.stringify(word?.surface)}`,
    );
  }
  const cost = word.cost ?? DEFAULT_USER_WORD_COST;
  if (!Number.isInteger(cost) || cost < -32768 || cost > 32767) {
    throw new SinmunError(
      'INVALID_INPUT',
      `user word cost must be an integer in −32768…32767: ${cost}`,
    );
  }
  const pos = word.pos ?? 'NNP';
  const fields = [
    pos,
    word.semanticClass ?? '*',
    finalConsonant(word.surface),
    word.reading ?? word.surface,
    '*',
    '*',
    '*',
    '*',
  ];
  if (fields.some((f) => /[,\n\r]/.test(f) || f === '')) {
    throw new SinmunError(
      'INVALID_INPUT',
      `user word ${word.surface}: fields must not contain commas`,
    );
  }
  let ctx = contextIdsByPath.get(dict.path);
  if (!ctx) {
    ctx = new ContextIds(dict.path);
    contextIdsByPath.set(dict.path, ctx);
  }
  const ids = ctx.idsFor(fields);
  if (!ids) {
    throw new SinmunError(
      'INVALID_INPUT',
      `user word ${word.surface}: no context ids for "${fields.join(',')}" (unknown POS "${pos}" or semantic class?)`,
    );
  }
  return { surface: word.surface, feature: fields.join(','), cost, ...ids };
}
