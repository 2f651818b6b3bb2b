import { execSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { SinmunError } from '../../errors.js';
import type { MorphologyBackend, Token, UserDictionaryOptions } from '../../types.js';
import { resolveDictionaryPath } from '../dictionary-location.js';
import type { Morphology } from '../index.js';
import { planEcho } from './echo-chunks.js';
import { locateMecabPrefix } from './locate-mecab.js';
import { parseColumn, writeMecabrc, type MecabConfig } from './mecabrc.js';
import { Realigner } from './realign.js';
import { SyncMecabYa } from './sync-worker.js';

export interface MecabYaOptions {
  dictionaryPath?: string;
  /**
   * Accepted for symmetry; the system binary decides: Debian's MeCab ignores mecab-ko's
   * left-space penalty, a mecab-ko build applies it.
   */
  spacePenalty: boolean;
  /** Only `path` (a compiled user.dic); runtime words need the embedded backend. */
  userDictionary?: UserDictionaryOptions;
}

/** UTF-8 bytes per mecab-ya call: far below echo's 128 KB argument and exec's 1 MB output. */
const CHUNK_BYTES = 32 * 1024;

/** Whether /bin/sh's echo turns `\c` and friends into control actions (dash does, bash does not). */
function echoInterpretsEscapes(): boolean {
  return execSync("echo 'a\\cb'", { encoding: 'utf8' }).trim() === 'a';
}

class MecabYaMorphology implements Morphology {
  readonly backend: MorphologyBackend = 'mecab-ya';
  readonly lattice = null;
  private closed = false;

  constructor(
    private readonly mecab: SyncMecabYa,
    private readonly config: MecabConfig,
    private readonly echoEscapes: boolean,
  ) {}

  tokenize(text: string): Token[] {
    if (this.closed) throw new SinmunError('ANALYZER_CLOSED', 'tokenize() after close()');
    if (typeof text !== 'string') throw new SinmunError('INVALID_INPUT', 'text must be a string');
    const plan = planEcho(text, CHUNK_BYTES, this.echoEscapes);
    const align = new Realigner(text, plan.sent);
    const tokens: Token[] = [];
    for (const pairs of this.mecab.pos(plan.chunks)) {
      for (const [surface, column] of pairs) {
        const parsed = parseColumn(column);
        if (!parsed)
          throw new SinmunError(
            'MECAB_FAILED',
            `unexpected MeCab output for "${surface}": ${column}`,
          );
        const [pos, ...features] = parsed.fields;
        tokens.push(align.place(surface, pos, features, parsed.unknown));
      }
    }
    return tokens;
  }

  share(): null {
    return null;
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.mecab.close();
    this.config.dispose();
  }
}

/** The mecab-ya backend over a system MeCab pointed at mecab-ko-dic through its own mecabrc. */
export async function createMecabYaMorphology(opts: MecabYaOptions): Promise<Morphology> {
  if (opts.userDictionary?.words?.length) {
    throw new SinmunError(
      'INVALID_INPUT',
      'runtime user words need the embedded backend; for mecab-ya compile them into a user.dic ' +
        'with mecab-dict-index -u and pass userDictionary.path',
    );
  }
  const prefix = locateMecabPrefix();
  const dictionaryPath = resolveDictionaryPath(opts.dictionaryPath);
  const mecabYa = createRequire(import.meta.url).resolve('mecab-ya');
  const config = writeMecabrc(dictionaryPath, opts.userDictionary?.path);
  const mecab = new SyncMecabYa({ prefix, mecabrc: config.file, mecabYa });
  return Promise.resolve(new MecabYaMorphology(mecab, config, echoInterpretsEscapes()));
}
