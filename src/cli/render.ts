/**
 * `sinmun render` (articles or records → one HTML page) and `sinmun serve` (the playground).
 * Their modules are loaded only when one of them runs, so `extract` does not carry them.
 */
import { createReadStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { Readable } from 'node:stream';
import { InvalidArgumentError, type Command } from 'commander';
import type { ArticleRecord } from '../types.js';
import type { CliIO } from './cli-io.js';
import { parseSize } from './parse-options.js';

interface RenderFlags {
  output?: string;
  records?: boolean;
  gazetteer?: string;
  maxBytes?: number;
  publishedField?: string;
}

interface ServeFlags {
  port: number;
  host: string;
  maxBody?: number;
  gazetteer?: string;
}

const RENDER_HELP = `
Inputs are articles, as \`sinmun extract\` takes them (files, directories, JSONL, -), or, with
--records, JSONL records that \`sinmun extract\` wrote. All of them go on one page.

Examples:
  $ sinmun render fixtures/etnews-china-genai-column.txt --output page.html
  $ sinmun extract crawl/ --output records.jsonl && sinmun render --records records.jsonl -o page.html
`;

const SERVE_HELP = `
Endpoints:
  GET  /             the playground: paste an article or drop a file, see the rendered record
  POST /api/analyze  {"text": …, "id"?: …, "published"?: …} → the record (JSON)
  POST /api/view     the same → the rendered view (an HTML fragment)

Example:
  $ sinmun serve --port 8080     # then open http://127.0.0.1:8080/
`;

function parsePort(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || n > 65535) {
    throw new InvalidArgumentError(`expected a port from 0 to 65535, got "${value}"`);
  }
  return n;
}

/** Records as `sinmun extract` wrote them, one JSON object per line. */
async function* readRecords(inputs: string[], io: CliIO): AsyncGenerator<ArticleRecord> {
  for (const input of inputs.length ? inputs : ['-']) {
    const stream = input === '-' ? Readable.from(io.stdin) : createReadStream(input);
    let n = 0;
    for await (const line of createInterface({ input: stream, crlfDelay: Infinity })) {
      n++;
      if (line.trim() === '') continue;
      let value: unknown;
      try {
        value = JSON.parse(line);
      } catch {
        throw new Error(`${input}:${n}: not a JSON record`);
      }
      const r = value as Partial<ArticleRecord>;
      if (typeof r.id !== 'string' || !Array.isArray(r.entities) || !Array.isArray(r.money)) {
        throw new Error(`${input}:${n}: not a sinmun record (needs id, entities and money)`);
      }
      yield r as ArticleRecord;
    }
  }
}

async function analyzedRecords(
  inputs: string[],
  flags: RenderFlags,
  io: CliIO,
): Promise<ArticleRecord[]> {
  const [{ readSources }, { createAnalyzer }, { analyzeMany }] = await Promise.all([
    import('../io/read.js'),
    import('../analyzer.js'),
    import('../pipeline/stream.js'),
  ]);
  const reader = await readSources(inputs.length ? inputs : ['-'], {
    stdin: io.stdin,
    maxBytes: flags.maxBytes,
    publishedField: flags.publishedField,
  });
  const analyzer = await createAnalyzer({ gazetteer: flags.gazetteer });
  try {
    const out: ArticleRecord[] = [];
    for await (const record of analyzeMany(analyzer, reader.sources, {
      maxBytes: flags.maxBytes,
    })) {
      out.push(record);
    }
    return out;
  } finally {
    analyzer.close();
  }
}

/** Registers `render` and `serve`; `status` receives each run's exit status. */
export function registerRenderCommands(
  program: Command,
  io: CliIO,
  status: (code: number) => void,
): void {
  program
    .command('render')
    .description(
      'Show articles (or extracted records) as one HTML page with highlighted entities, money and dates.',
    )
    .argument('[paths...]', 'files, directories, or - for standard input')
    .option('-o, --output <file>', 'write the page to FILE instead of standard output')
    .option('--records', 'the inputs are JSONL records written by `sinmun extract`')
    .option('--gazetteer <file>', 'a JSON file of extra gazetteer entries')
    .option('--max-bytes <size>', 'largest article, e.g. 10MB (default 10MB)', parseSize)
    .option(
      '--published-field <path>',
      'JSONL field holding the publication date (default published)',
    )
    .addHelpText('after', RENDER_HELP)
    .action(async (paths: string[], flags: RenderFlags) => {
      const records: ArticleRecord[] = [];
      if (flags.records) for await (const r of readRecords(paths, io)) records.push(r);
      else records.push(...(await analyzedRecords(paths, flags, io)));
      const { render } = await import('../render/index.js');
      const html = render(records);
      if (flags.output) await writeFile(flags.output, html);
      else io.stdout.write(html);
      const failed = records.filter((r) => r.error).length;
      io.stderr.write(
        `sinmun: rendered ${records.length} record${records.length === 1 ? '' : 's'}` +
          `${failed ? `, ${failed} with errors` : ''}${flags.output ? ` to ${flags.output}` : ''}\n`,
      );
      status(failed > 0 ? 1 : 0);
    });

  program
    .command('serve')
    .description('A local playground page and a JSON API (POST /api/analyze).')
    .option('-p, --port <port>', 'port to listen on (0 picks a free one)', parsePort, 8080)
    .option('--host <host>', 'address to listen on; only this machine by default', '127.0.0.1')
    .option('--max-body <size>', 'largest request body, e.g. 1MB (default 1MB)', parseSize)
    .option('--gazetteer <file>', 'a JSON file of extra gazetteer entries')
    .addHelpText('after', SERVE_HELP)
    .action(async (flags: ServeFlags) => {
      const [{ createAnalyzer }, { createPlaygroundServer, listen }] = await Promise.all([
        import('../analyzer.js'),
        import('../serve/server.js'),
      ]);
      const analyzer = await createAnalyzer({ gazetteer: flags.gazetteer });
      const server = createPlaygroundServer(analyzer, { maxBodyBytes: flags.maxBody });
      const address = await listen(server, flags.port, flags.host);
      const shown = address.family === 'IPv6' ? `[${address.address}]` : address.address;
      io.stderr.write(`sinmun: serving on http://${shown}:${address.port}/ (Ctrl-C stops)\n`);
      await new Promise<void>((resolve) => {
        const stop = () => server.close(() => resolve());
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      analyzer.close();
      status(0);
    });
}
