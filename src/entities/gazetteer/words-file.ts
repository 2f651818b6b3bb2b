/**
 * The built-in gazetteer's Korean names as a morphology user lexicon, compiled by the build
 * (`dist/gazetteer-words.bin`) next to the snapshot: choosing context ids for ~2,600 names and
 * building their trie took ~80 ms of every start, in every thread.
 *
 * Layout: magic, version (u32), the gazetteer data hash the snapshot carries (40 bytes), the first
 * 40 bytes of the sys.dic header the ids were chosen for, then `UserWordLexicon#toBytes`.
 */
import { existsSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Dictionary } from '../../morph/dictionary.js';
import { readShared } from '../../morph/shared-file.js';
import { compileUserWord } from '../../morph/user-dictionary.js';
import { UserWordLexicon } from '../../morph/user-word-lexicon.js';
import type { UserWord } from '../../types.js';
import { builtInDataHash, readBuiltInSync } from './entries.js';
import { Gazetteer } from './gazetteer.js';
import { snapshotPath } from './snapshot-file.js';

const MAGIC = 0x5747_4d53; // "SMGW"
const VERSION = 1;
const HASH_BYTES = 40;
const HEADER_BYTES = 8 + HASH_BYTES + HASH_BYTES;

const encoder = new TextEncoder();

export function wordsPath(): string {
  return join(dirname(snapshotPath()), 'gazetteer-words.bin');
}

/** The lexicon of `words` compiled against `dict`. */
export function compileWords(dict: Dictionary, words: readonly UserWord[]): UserWordLexicon {
  return UserWordLexicon.build(words.map((w) => compileUserWord(dict, w)));
}

/**
 * Compiles the built-in gazetteer's names against the installed dictionary and writes them (the
 * build's step, beside the snapshot; see tsup.config.ts).
 */
export function writeBuiltInWords(file = wordsPath()): number {
  const dict = Dictionary.load();
  const dataHash = builtInDataHash();
  const words = Gazetteer.build(readBuiltInSync()).koreanWords();
  const body = compileWords(dict, words).toBytes();
  const bytes = new Uint8Array(HEADER_BYTES + body.length);
  new DataView(bytes.buffer).setUint32(0, MAGIC, true);
  new DataView(bytes.buffer).setUint32(4, VERSION, true);
  bytes.set(encoder.encode(dataHash.padEnd(HASH_BYTES).slice(0, HASH_BYTES)), 8);
  bytes.set(dict.sys.header(), 8 + HASH_BYTES);
  bytes.set(body, HEADER_BYTES);
  writeFileSync(file, bytes);
  return bytes.length;
}

const cached = new Map<string, UserWordLexicon | null>();

/**
 * The compiled built-in names for `dict`, or null when the file is missing or was built from
 * other gazetteer data (`dataHash`, the snapshot's) or for another dictionary.
 */
export function builtInWords(dict: Dictionary, dataHash: string): UserWordLexicon | null {
  const key = `${dict.path}\0${dataHash}`;
  if (cached.has(key)) return cached.get(key)!;
  let lexicon: UserWordLexicon | null = null;
  const file = wordsPath();
  if (existsSync(file)) {
    const bytes = readShared(file);
    const view = new DataView(bytes.buffer, bytes.byteOffset);
    const hash = new TextDecoder().decode(bytes.subarray(8, 8 + HASH_BYTES)).trimEnd();
    const header = dict.sys.header();
    const sameDictionary = header.every((b, i) => bytes[8 + HASH_BYTES + i] === b);
    if (
      bytes.length > HEADER_BYTES &&
      view.getUint32(0, true) === MAGIC &&
      view.getUint32(4, true) === VERSION &&
      hash === dataHash &&
      sameDictionary
    ) {
      lexicon = UserWordLexicon.fromBytes(bytes.subarray(HEADER_BYTES));
    }
  }
  cached.set(key, lexicon);
  return lexicon;
}

/**
 * The gazetteer's names for the morphology: compiled by the build when `snapshotHash` (the data
 * hash of the built-in gazetteer's snapshot, null with user entries) matches the compiled file,
 * else compiled here from `words`.
 */
export function gazetteerWordLexicon(
  dict: Dictionary,
  snapshotHash: string | null,
  words: () => UserWord[],
): UserWordLexicon {
  return (snapshotHash && builtInWords(dict, snapshotHash)) || compileWords(dict, words());
}
