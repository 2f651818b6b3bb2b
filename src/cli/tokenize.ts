import { createReadStream, readFileSync } from 'node:fs';
import { isUtf8 } from 'node:buffer';
import path from 'node:path';
import { Option, type Command } from 'commander';
import { SinmunError } from '../errors.js';
import { ByteLineSplitter } from '../io/byte-lines.js';
import { utf8Chunks } from '../io/utf8-stream.js';
import { ByteOutput } from '../morph/byte-output.js';
import { EmbeddedTokenizer } from '../morph/embedded.js';
import { createMorphology, formatMecab, type Morphology } from '../morph/index.js';
import type { MorphologyBackend, UserDictionaryOptions, UserWord } from '../types.js';

/** Where the command reads and writes; tests pass their own. */
export interface TokenizeIo {
  /** Standard input as byte chunks. */
  stdin(): AsyncIterable<Uint8Array> | Iterable<Uint8Array>;
  /** Writes whole lines of output; a returned promise (back-pressure) is awaited. */
  write(chunk: Uint8Array): void | Promise<void>;
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

Input is read and written as a stream, line by line, so a file of any size takes the memory of
its longest line. UTF-8 (with or without BOM) streams; UTF-16 and EUC-KR/CP949 are read whole
(up to 10 MB).

User dictionary (--user-dict):
  *.dic           a user.dic compiled by \`mecab-dict-index -u\` against mecab-ko-dic
  *.json          an array of words: [{"surface": "하이퍼클로바X", "pos": "NNP", "cost": 1000}]
  *.csv, *.tsv    one word per line: surface[,pos[,cost]] (tab-separated for .tsv); # comments

Example:
  echo '마이크로소프트는 하이퍼클로바X를 발표했다' | sinmun tokenize --user-dict words.csv
`;

const defaultIo: TokenizeIo = {
  stdin: () => process.stdin,
  write: (chunk) =>
    process.stdout.write(chunk)
      ? undefined
      : new Promise<void>((resolve) => process.stdout.once('drain', resolve)),
};

/** Output is handed on in pieces of about this size. */
const FLUSH_BYTES = 1 << 16;

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
          await tokenizeSource(source, flags.format, morphology, io);
        }
      } finally {
        morphology.close();
      }
    });
}

/** Reads one source line by line and writes its output as it goes. */
async function tokenizeSource(
  source: string,
  format: 'mecab' | 'json',
  morphology: Morphology,
  io: TokenizeIo,
): Promise<void> {
  const out = new ByteOutput();
  const lines =
    format === 'json' ? new JsonLines(source, morphology, out) : new MecabLines(morphology, out);
  const splitter = new ByteLineSplitter((line, breakLength) => lines.line(line, breakLength));
  for await (const chunk of utf8Chunks(readBytes(source, io))) {
    splitter.push(chunk);
    if (out.length >= FLUSH_BYTES) await io.write(out.take());
  }
  splitter.end();
  lines.end();
  if (out.length > 0) await io.write(out.take());
}

const decoder = new TextDecoder();
const encoder = new TextEncoder();

/** A line as valid UTF-8: a stray invalid sequence becomes U+FFFD, as a decoder would make it. */
function validUtf8(line: Uint8Array): Uint8Array {
  return isUtf8(line) ? line : encoder.encode(decoder.decode(line));
}

/**
 * MeCab lines: the embedded engine writes bytes straight from the input and the dictionary;
 * another backend goes through tokens. MeCab prints nothing for an input without a single
 * morpheme (empty or white space), so `EOS` lines are held back until the first morpheme.
 */
class MecabLines {
  private readonly embedded: EmbeddedTokenizer | null;
  private seen = false;
  private held = 0;

  constructor(
    private readonly morphology: Morphology,
    private readonly out: ByteOutput,
  ) {
    this.embedded = morphology instanceof EmbeddedTokenizer ? morphology : null;
  }

  line(raw: Uint8Array): void {
    const line = validUtf8(raw);
    const mark = this.out.length;
    const count = this.embedded
      ? this.embedded.writeMecabLine(line, this.out)
      : this.viaTokens(line);
    if (this.seen) return;
    if (count === 0) {
      this.out.length = mark;
      this.held++;
      return;
    }
    this.seen = true;
    const written = this.out.bytes.slice(mark, this.out.length);
    this.out.length = mark;
    for (; this.held > 0; this.held--) this.out.append(EOS);
    this.out.append(written);
  }

  end(): void {}

  private viaTokens(line: Uint8Array): number {
    const text = decoder.decode(line);
    const tokens = this.morphology.tokenize(text);
    this.out.append(text === '' ? EOS : encoder.encode(formatMecab(text, tokens)));
    return tokens.length;
  }
}

const EOS = encoder.encode('EOS\n');

/** `{"source": …, "tokens": [...]}` written token by token, offsets counted across lines. */
class JsonLines {
  private base = 0;
  private first = true;

  constructor(
    source: string,
    private readonly morphology: Morphology,
    private readonly out: ByteOutput,
  ) {
    out.append(encoder.encode(`{"source":${JSON.stringify(source)},"tokens":[`));
  }

  line(raw: Uint8Array, breakLength: number): void {
    const text = decoder.decode(validUtf8(raw));
    let json = '';
    for (const token of this.morphology.tokenize(text)) {
      token.start += this.base;
      token.end += this.base;
      json += (this.first ? '' : ',') + JSON.stringify(token);
      this.first = false;
    }
    if (json !== '') this.out.append(encoder.encode(json));
    // A break is one or two ASCII bytes: as many UTF-16 units.
    this.base += text.length + breakLength;
  }

  end(): void {
    this.out.append(encoder.encode(']}\n'));
  }
}

/** The bytes of a path, or of standard input for `-`, as they arrive. */
async function* readBytes(source: string, io: TokenizeIo): AsyncGenerator<Uint8Array> {
  const stream = source === '-' ? io.stdin() : createReadStream(source);
  try {
    for await (const chunk of stream) yield chunk as Uint8Array;
  } catch (err) {
    throw new SinmunError('READ_FAILED', `cannot read ${source}`, { cause: err });
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
