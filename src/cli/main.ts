/**
 * The `sinmun` command. `run(argv, io)` does everything and resolves to the exit status, so the
 * launcher (`bin/sinmun.cjs`) and the tests (in-process, with their own streams) share one path.
 */
import { pathToFileURL } from 'node:url';
import { Option, type Command } from 'commander';
import type { InputKind } from '../io/kinds.js';
import { processIO, type CliIO } from './cli-io.js';
import type { CsvTable } from '../output/csv.js';
import { extract, type ExtractSettings } from './extract.js';
import { parseFields } from '../output/fields.js';
import { parseCount, parseSize } from './parse-options.js';
import { canResume } from './resume.js';
import { registerRenderCommands } from './render.js';
import { registerTokenizeCommand } from './tokenize.js';
import { EXIT_OK, newProgram, runMain, runProgram, tokenizeIo, UsageError } from './program.js';
import type { OutputFormat } from './writer.js';

export { EXIT_FAILED, EXIT_OK, EXIT_USAGE } from './program.js';

interface ExtractFlags {
  output?: string;
  pretty?: boolean;
  format: OutputFormat;
  table?: CsvTable;
  bom: boolean;
  fields?: string;
  tokens?: boolean;
  text: boolean;
  workers?: number;
  unordered?: boolean;
  maxBytes?: number;
  inputFormat: 'auto' | InputKind;
  idField?: string;
  textField?: string;
  titleField?: string;
  urlField?: string;
  publishedField?: string;
  resume?: boolean;
  progress?: boolean;
  quiet?: boolean;
  gazetteer?: string;
}

const EXTRACT_EXAMPLES = `
Inputs:
  .txt                one article per file (UTF-8 or UTF-16 with or without BOM, EUC-KR/CP949)
  .html, .htm         a news page, decoded by its <meta> charset; title, body, byline and date
                      are taken out of it
  .jsonl, .ndjson     one article per line: {"id", "text", "title"?, "url"?, "published"?}
  .gz                 any of the above, gzip-compressed (also recognised by content)
  directory           every file of those kinds below it, recursively, in name order
  -                   standard input (JSON lines if it starts with "{", else one article)

Every input gives exactly one record; an input that cannot be read or analysed gives a record
with "error" ({code, message}) and the run goes on. Record ids: the JSONL id field, else the path
as given (path:line for JSONL lines), "stdin" or "stdin:line"; a repeated id gets "~2", "~3".

Exit status: 0 all records fine, 1 some record has an error, 2 usage error.

Examples:
  $ sinmun extract fixtures/etnews-china-genai-column.txt
  $ sinmun extract crawl/ --output records.jsonl --workers 2
  $ sinmun extract crawl/ --output records.jsonl --resume        # continue after a kill
  $ zcat dump.jsonl.gz | sinmun extract - --id-field doc_id --text-field body
  $ sinmun extract news.jsonl --fields id,lang,money --no-text
  $ sinmun extract news.jsonl --format csv --table money --output money.csv
  $ sinmun extract news.jsonl --format csv --table money --output money.csv --resume
  $ sinmun extract page.html --pretty --tokens
`;

/** Commands that need bullmq and ioredis; loaded only when asked for, so `extract` starts light. */
const QUEUE_COMMANDS = new Set(['enqueue', 'worker', 'queue-stats']);

function wantsQueueCommands(argv: string[]): boolean {
  const first = argv[0];
  return (
    first === undefined ||
    QUEUE_COMMANDS.has(first) ||
    first === 'help' ||
    first === '--help' ||
    first === '-h'
  );
}

function buildProgram(io: CliIO, onExtract: (s: ExtractSettings) => Promise<void>): Command {
  const program = newProgram(io);
  registerTokenizeCommand(program, tokenizeIo(io));

  program
    .command('extract')
    .description('Analyse articles and write one JSON record per article (JSONL by default).')
    .argument('[paths...]', 'files, directories, or - for standard input (default: standard input)')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--pretty', 'indented JSON records (not one per line)')
    .addOption(
      new Option('-f, --format <format>', 'output format')
        .choices(['jsonl', 'json', 'csv'])
        .default('jsonl'),
    )
    .addOption(
      new Option(
        '--table <table>',
        'for --format csv: one row per money figure, per entity mention or per date',
      ).choices(['money', 'entities', 'dates']),
    )
    .option(
      '--no-bom',
      'for --format csv: no UTF-8 byte-order mark (by default one is written so Excel reads UTF-8)',
    )
    .option(
      '--fields <list>',
      'keep only these record fields, comma-separated (id and error are always kept), e.g. id,lang,money',
    )
    .option('--tokens', 'include the morphemes (tokens) in each record')
    .option('--no-text', 'leave the article text out of each record')
    .option(
      '-w, --workers <n>',
      'analysing threads (default: the number of cores; 1 = in this process; 2 = one for morphology, one for the rest)',
      parseCount,
    )
    .option('--unordered', 'write records as they finish rather than in input order')
    .option(
      '--gazetteer <file>',
      'a JSON file of extra gazetteer entries (your own companies, people, products)',
    )
    .option(
      '--max-bytes <size>',
      'largest article (a file, a decompressed file, a JSONL line), e.g. 10MB (default 10MB)',
      parseSize,
    )
    .addOption(
      new Option(
        '--input-format <format>',
        'read every input as this kind instead of going by file names',
      )
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .option(
      '--id-field <path>',
      'JSONL field holding the id; dotted paths reach into objects (default id)',
    )
    .option('--text-field <path>', 'JSONL field holding the text (default text)')
    .option('--title-field <path>', 'JSONL field holding the headline (default title)')
    .option('--url-field <path>', 'JSONL field holding the URL (default url)')
    .option(
      '--published-field <path>',
      'JSONL field holding the publication date (default published)',
    )
    .option(
      '--resume',
      'continue an interrupted run into the same --output file (JSONL or CSV): ids already written are skipped and what a kill may have cut short is cut and redone',
    )
    .option('--progress', 'show the progress line even when standard error is not a terminal')
    .option(
      '--no-progress',
      'never show the progress line (shown by default on a terminal for runs over a second)',
    )
    .option('-q, --quiet', 'no summary line on standard error')
    .addHelpText('after', EXTRACT_EXAMPLES)
    .action(async (paths: string[], flags: ExtractFlags) => {
      await onExtract(settingsFrom(paths, flags, io));
    });
  return program;
}

function settingsFrom(paths: string[], f: ExtractFlags, io: CliIO): ExtractSettings {
  if (paths.length === 0) {
    if (io.stdin.isTTY)
      throw new UsageError('no input: give files or directories, or - for standard input');
    paths = ['-'];
  }
  if (f.table && f.format !== 'csv') throw new UsageError('--table goes with --format csv');
  if (f.resume) {
    if (!f.output) throw new UsageError('--resume needs --output FILE (the file to continue)');
    if (!canResume(f.format, f.pretty === true)) {
      throw new UsageError(
        '--resume continues --format jsonl or csv output; a JSON array (--format json) or ' +
          '--pretty records cannot be appended to, so run those again from the start',
      );
    }
  }
  let fields: ExtractSettings['fields'];
  if (f.fields !== undefined) {
    const parsed = parseFields(f.fields);
    if (parsed.unknown.length > 0) {
      throw new UsageError(
        `--fields: unknown field ${parsed.unknown.map((n) => `"${n}"`).join(', ')}`,
      );
    }
    fields = parsed.fields;
  }
  return {
    inputs: paths,
    output: f.output,
    format: f.format,
    pretty: f.pretty === true,
    table: f.format === 'csv' ? (f.table ?? 'money') : undefined,
    bom: f.bom,
    fields,
    tokens: f.tokens === true,
    text: f.text,
    workers: f.workers,
    unordered: f.unordered === true,
    maxBytes: f.maxBytes,
    inputFormat: f.inputFormat,
    idField: f.idField,
    textField: f.textField,
    titleField: f.titleField,
    urlField: f.urlField,
    publishedField: f.publishedField,
    resume: f.resume === true,
    progress: f.progress,
    quiet: f.quiet === true,
    gazetteer: f.gazetteer,
  };
}

/** Runs `sinmun` with the arguments after the program name; resolves to the exit status. */
export async function run(argv: string[], io: CliIO = processIO()): Promise<number> {
  let status = EXIT_OK;
  const program = buildProgram(io, async (settings) => {
    status = await extract(settings, io);
  });
  registerRenderCommands(program, io, (code) => {
    status = code;
  });
  if (wantsQueueCommands(argv)) {
    const { registerQueueCommands } = await import('./queue.js');
    registerQueueCommands(program);
  }
  return runProgram(program, argv, io, () => status);
}

/** Entry point for the launcher: runs with the process's arguments and streams. */
export function main(): Promise<void> {
  return runMain(run);
}

const invokedDirectly =
  process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href;
if (invokedDirectly) void main();
