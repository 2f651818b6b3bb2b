import { readFileSync } from 'node:fs';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { SinmunError } from '../errors.js';
import { decodeInput } from '../io/decode.js';
import { createMorphology, formatMecab } from '../morph/index.js';
import type { MorphologyBackend, UserDictionaryOptions, UserWord } from '../types.js';

/** Where the command reads and writes; tests pass their own. */
export interface TokenizeIo {
  readStdin(): Promise<Uint8Array>;
  write(chunk: string): void;
}

interface TokenizeFlags {
  format: 'mecab' | 'json';
  spacePenalty: boolean;
  userDict?: string;
  backend: MorphologyBackend;
}

const HELP = `
Output:
  --format mecab  exactly MeCab's default output: "surface<TAB>features" per morpheme, EOS after
                  each input line
  --format json   one JSON object per input: {"source": path or "-", "tokens": [...]}, where a
                  token is {surface, start, end, pos, features, unknown} (UTF-16 offsets)

User dictionary (--user-dict):
  *.dic           a user.dic compiled by \`mecab-dict-index -u\` against mecab-ko-dic
  *.json          an array of words: [{"surface": "하이퍼클로바X", "pos": "NNP", "cost": 1000}]
  *.csv, *.tsv    one word per line: surface[,pos[,cost]] (tab-separated for .tsv); # comments

Example:
  echo '마이크로소프트는 하이퍼클로바X를 발표했다' | sinmun tokenize --user-dict words.csv
`;

const defaultIo: TokenizeIo = {
  readStdin: async () => {
    const chunks: Buffer[] = [];
    for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
    return Buffer.concat(chunks);
  },
  write: (chunk) => process.stdout.write(chunk),
};

/** `sinmun tokenize [paths… | -]`: Korean morphemes with mecab-ko-dic. */
export function registerTokenizeCommand(program: Command, io: TokenizeIo = defaultIo): void {
  program
    .command('tokenize')
    .description('split Korean text into morphemes (mecab-ko-dic), MeCab-compatible output')
    .argument('[paths...]', 'text files to read; none or - reads standard input')
    .addOption(
      new Option('--format <format>', 'output format').choices(['mecab', 'json']).default('mecab'),
    )
    .option(
      '--no-space-penalty',
      "turn off mecab-ko's left-space penalty (output as Debian's MeCab)",
    )
    .option(
      '--user-dict <path>',
      'user dictionary: compiled user.dic, or .json/.csv/.tsv word list',
    )
    .addOption(
      new Option('--backend <backend>', 'morphology backend')
        .choices(['embedded', 'mecab-ya'])
        .default('embedded'),
    )
    .addHelpText('after', HELP)
    .action(async (paths: string[], flags: TokenizeFlags) => {
      const morphology = await createMorphology({
        morphology: flags.backend,
        spacePenalty: flags.spacePenalty,
        userDictionary: flags.userDict ? readUserDictionary(flags.userDict) : undefined,
      });
      try {
        for (const source of paths.length === 0 ? ['-'] : paths) {
          const text = await readText(source, io);
          const tokens = morphology.tokenize(text);
          io.write(
            flags.format === 'json'
              ? `${JSON.stringify({ source, tokens })}\n`
              : formatMecab(text, tokens),
          );
        }
      } finally {
        morphology.close();
      }
    });
}

async function readText(source: string, io: TokenizeIo): Promise<string> {
  let bytes: Uint8Array;
  try {
    bytes = source === '-' ? await io.readStdin() : readFileSync(source);
  } catch (err) {
    throw new SinmunError('READ_FAILED', `cannot read ${source}`, { cause: err });
  }
  try {
    return decodeInput(bytes).text;
  } catch (err) {
    // Nothing to analyse is not an error for a tokenizer: MeCab prints nothing.
    if (err instanceof SinmunError && err.code === 'EMPTY_INPUT') return '';
    throw err;
  }
}

/** The `--user-dict` file as user dictionary options (see HELP for the formats). */
export function readUserDictionary(file: string): UserDictionaryOptions {
  const ext = path.extname(file).toLowerCase();
  if (ext === '.dic') return { path: file };
  let content: string;
  try {
    content = readFileSync(file, 'utf8');
  } catch (err) {
    throw new SinmunError('READ_FAILED', `cannot read user dictionary ${file}`, { cause: err });
  }
  if (ext === '.json') return { words: parseJsonWords(file, content) };
  if (ext === '.csv' || ext === '.tsv') {
    return { words: parseWordLines(content, ext === '.tsv' ? '\t' : ',') };
  }
  throw new SinmunError('INVALID_INPUT', `--user-dict ${file}: expected .dic, .json, .csv or .tsv`);
}

function parseJsonWords(file: string, content: string): UserWord[] {
  let data: unknown;
  try {
    data = JSON.parse(content);
  } catch (err) {
    throw new SinmunError('PARSE_FAILED', `${file} is not valid JSON`, { cause: err });
  }
  if (!Array.isArray(data) || !data.every((w) => typeof (w as UserWord)?.surface === 'string')) {
    throw new SinmunError('INVALID_INPUT', `${file}: expected an array of {"surface": …} objects`);
  }
  return data as UserWord[];
}

function parseWordLines(content: string, separator: string): UserWord[] {
  const words: UserWord[] = [];
  for (const [i, raw] of content.split(/\r?\n|\r/).entries()) {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) continue;
    const [surface, pos, cost] = line.split(separator).map((f) => f.trim());
    const word: UserWord = { surface };
    if (pos) word.pos = pos;
    if (cost) {
      if (!/^-?\d+$/.test(cost)) {
        throw new SinmunError(
          'INVALID_INPUT',
          `user dictionary line ${i + 1}: cost "${cost}" is not an integer`,
        );
      }
      word.cost = Number(cost);
    }
    words.push(word);
  }
  return words;
}
