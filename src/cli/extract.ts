import { availableParallelism } from 'node:os';
import type { InputKind } from '../io/kinds.js';
import { readSources } from '../io/read.js';
import type { ArticleSource } from '../io/source.js';
import type { PoolAnalyzeManyOptions } from '../pipeline/options.js';
import type { CliIO } from './cli-io.js';
import type { CsvTable } from '../output/csv.js';
import type { RecordField } from '../output/fields.js';
import { serializeRecord, type SerializedRecord, type SerializeSpec } from '../output/serialize.js';
import { createProgress } from './progress.js';
import { prepareResume } from './resume.js';
import { fileSink, streamSink } from './sink.js';
import { createRecordWriter, type OutputFormat } from './writer.js';

/** `sinmun extract`'s options after parsing and checking. */
export interface ExtractSettings {
  inputs: string[];
  output?: string;
  format: OutputFormat;
  pretty: boolean;
  table?: CsvTable;
  bom: boolean;
  fields?: RecordField[];
  tokens: boolean;
  text: boolean;
  workers?: number;
  unordered: boolean;
  maxBytes?: number;
  inputFormat: 'auto' | InputKind;
  idField?: string;
  textField?: string;
  titleField?: string;
  urlField?: string;
  publishedField?: string;
  resume: boolean;
  progress?: boolean;
  quiet: boolean;
  /** A JSON file of extra gazetteer entries. */
  gazetteer?: string;
}

/** With fewer articles than this per worker, starting threads costs more than it saves. */
const POOL_MIN_ARTICLES_PER_WORKER = 8;

/** Runs the extraction; resolves to the exit status (0 all ok, 1 some record failed). */
export async function extract(s: ExtractSettings, io: CliIO): Promise<number> {
  const started = Date.now();
  let skipIds = new Set<string>();
  let appending = false;
  if (s.resume && s.output) {
    const state = await prepareResume(s.output, s.format === 'csv' ? 'csv' : 'jsonl', s.table);
    skipIds = state.ids;
    appending = state.appending;
    if (!s.quiet) {
      const what = s.format === 'csv' ? 'articles' : 'records';
      io.stderr.write(
        `sinmun: resuming ${s.output}: ${state.ids.size} ${what} already there` +
          (state.truncatedBytes ? `; cut ${state.truncatedBytes} bytes of ${state.cut}` : '') +
          '\n',
      );
    }
  }
  const reader = await readSources(s.inputs, {
    maxBytes: s.maxBytes,
    inputFormat: s.inputFormat,
    stdin: io.stdin,
    idField: s.idField,
    textField: s.textField,
    titleField: s.titleField,
    urlField: s.urlField,
    publishedField: s.publishedField,
  });
  let skipped = 0;
  const sources = (async function* () {
    for await (const src of reader.sources) {
      if (skipIds.has(src.id)) skipped++;
      else yield src;
    }
  })();

  const sink = s.output ? fileSink(s.output, s.resume) : streamSink(io.stdout);
  const spec: SerializeSpec = {
    format: s.format,
    pretty: s.pretty,
    fields: s.fields,
    table: s.table,
  };
  const writer = createRecordWriter(sink, {
    ...spec,
    bom: s.bom,
    appending,
  });
  const progress = createProgress(io.stderr, reader.stats, s.progress ?? io.stderr.isTTY === true);
  const options: PoolAnalyzeManyOptions = {
    tokens: s.tokens,
    omitText: !s.text,
    maxBytes: s.maxBytes,
    unordered: s.unordered,
  };
  let records = 0;
  let errors = 0;
  const engine = await startEngine(sources, s, io);
  try {
    for await (const record of engine.records(options, spec)) {
      records++;
      if (record.failed) errors++;
      await writer.writeSerialized(record);
      progress.tick(records, errors);
    }
  } finally {
    progress.done();
    await writer.close();
    await engine.close();
  }
  if (!s.quiet) {
    const secs = ((Date.now() - started) / 1000).toFixed(1);
    io.stderr.write(
      `sinmun: ${records} records${errors ? `, ${errors} with errors` : ''}` +
        `${skipped ? `, ${skipped} skipped as already written` : ''} in ${secs} s` +
        `${engine.workers > 1 ? ` on ${engine.workers} workers` : ''}\n`,
    );
  }
  return errors > 0 ? 1 : 0;
}

interface Engine {
  workers: number;
  /** Records as output text: a pool serialises them on its workers. */
  records(options: PoolAnalyzeManyOptions, spec: SerializeSpec): AsyncIterable<SerializedRecord>;
  close(): Promise<void>;
}

/**
 * In-process for one worker or a small input (the first articles are read ahead to tell), a
 * worker pool otherwise. Either way the records come out the same.
 */
async function startEngine(
  sources: AsyncIterable<ArticleSource>,
  s: ExtractSettings,
  io: CliIO,
): Promise<Engine> {
  const workers = Math.max(1, s.workers ?? availableParallelism());
  const ahead: ArticleSource[] = [];
  const it = sources[Symbol.asyncIterator]();
  let ended = false;
  if (workers > 1) {
    while (ahead.length < workers * POOL_MIN_ARTICLES_PER_WORKER) {
      const next = await it.next();
      if (next.done) {
        ended = true;
        break;
      }
      ahead.push(next.value);
    }
  }
  const all = (async function* () {
    yield* ahead;
    if (ended) return;
    for (;;) {
      const next = await it.next();
      if (next.done) return;
      yield next.value;
    }
  })();
  // Loaded on demand: a pool's main thread only reads and writes, and should not carry the
  // analyzer's modules (gazetteer, English tagger) that its workers load anyway.
  if (workers === 1 || ended) {
    const [{ createAnalyzer }, { analyzeMany }] = await Promise.all([
      import('../analyzer.js'),
      import('../pipeline/stream.js'),
    ]);
    const analyzer = await createAnalyzer({ gazetteer: s.gazetteer });
    return {
      workers: 1,
      async *records(options, spec) {
        for await (const record of analyzeMany(analyzer, all, options)) {
          yield serializeRecord(record, spec);
        }
      },
      async close() {
        analyzer.close();
      },
    };
  }
  if (workers === 2) {
    // Two threads as two stages (morphology, the rest) rather than two whole analysers: each
    // compiles only its stage's code (src/pipeline/stages.ts).
    const { createStagedPipeline } = await import('../pipeline/stages.js');
    const staged = await createStagedPipeline({
      workerFile: io.workerFile,
      gazetteer: s.gazetteer,
    });
    return {
      workers,
      records: (options, spec) =>
        staged.analyzeManySerialized(all, { ...options, serialize: spec }),
      close: () => staged.close(),
    };
  }
  const { createPool } = await import('../pipeline/pool.js');
  const pool = await createPool({ workers, workerFile: io.workerFile, gazetteer: s.gazetteer });
  return {
    workers,
    records: (options, spec) => pool.analyzeManySerialized(all, { ...options, serialize: spec }),
    close: () => pool.close(),
  };
}
