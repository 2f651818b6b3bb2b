/**
 * `sinmun enqueue`, `sinmun worker` and `sinmun queue-stats`: articles through a Redis-backed
 * BullMQ queue, analysed by workers on as many machines as share the Redis.
 */
import { InvalidArgumentError, Option, type Command } from 'commander';
import { readSources, type ReadOptions } from '../io/read.js';
import type { InputKind } from '../io/kinds.js';
import { enqueueSources } from '../queue/enqueue.js';
import { formatQueueStats, queueStats } from '../queue/stats.js';
import { createWorker, type QueueWorker } from '../queue/worker.js';
import type { ResultsType } from '../queue/sink.js';

const DEFAULT_REDIS = 'redis://127.0.0.1:6379';
const DEFAULT_QUEUE = 'sinmun';

/** What the commands touch outside themselves; tests pass their own. */
export interface QueueCliIo {
  out(text: string): void;
  err(text: string): void;
  /** Resolves with the signal that asks a worker to stop. */
  untilSignal(): Promise<string>;
}

const defaultIo: QueueCliIo = {
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
  untilSignal: () =>
    new Promise((resolve) => {
      const stop = (signal: string) => resolve(signal);
      process.once('SIGTERM', () => stop('SIGTERM'));
      process.once('SIGINT', () => stop('SIGINT'));
    }),
};

interface LocationFlags {
  redis: string;
  queue: string;
  prefix?: string;
}

interface EnqueueFlags extends LocationFlags {
  attempts: number;
  backoff: number;
  idField?: string;
  textField?: string;
  titleField?: string;
  urlField?: string;
  publishedField?: string;
  inputFormat: 'auto' | InputKind;
  maxBytes?: number;
  json?: boolean;
}

interface WorkerFlags extends LocationFlags {
  concurrency?: number;
  workers: number;
  results?: string;
  resultsType: ResultsType;
  output?: string;
  tokens?: boolean;
  text: boolean;
  maxBytes?: number;
  gazetteer?: string;
  lockDuration: number;
  stalledInterval: number;
  maxStalled: number;
  sweepInterval: number;
  metrics?: number;
  untilEmpty?: boolean;
}

function positiveInt(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expected a positive integer');
  return n;
}

function port(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > 65535) throw new InvalidArgumentError('expected a port');
  return n;
}

function location(cmd: Command): Command {
  return cmd
    .option('--redis <url>', 'Redis URL', process.env.SINMUN_REDIS ?? DEFAULT_REDIS)
    .option('--queue <name>', 'queue name', DEFAULT_QUEUE)
    .option('--prefix <prefix>', "BullMQ key prefix (default 'bull')");
}

const WORKER_HELP = `
Output (one record per article id, whatever the retries and crashes):
  default          Redis stream <queue>:results, entries {id, worker, record}
  --results NAME   another stream (or list, with --results-type list: one record JSON each)
  --output DIR     JSONL files DIR/worker-<host>-<pid>.jsonl instead of Redis

Stops on SIGTERM/SIGINT after finishing the jobs in flight (exit 0). A worker killed outright
loses nothing: after --lock-duration another worker takes its jobs again.

Example:
  sinmun worker --redis redis://10.0.0.5:6379 --queue news --workers 2 --metrics 9464
`;

/** Adds `enqueue`, `worker` and `queue-stats` to the program. */
export function registerQueueCommands(program: Command, io: QueueCliIo = defaultIo): void {
  location(
    program
      .command('enqueue')
      .description('push articles (files, directories, JSONL, - for stdin) as queue jobs')
      .argument('[paths...]', 'inputs as for extract; none or - reads standard input'),
  )
    .option('--attempts <n>', 'attempts per article before it is a dead letter', positiveInt, 3)
    .option('--backoff <ms>', 'first retry delay, doubled each time', positiveInt, 1000)
    .option('--id-field <path>', 'JSONL field with the article id (default id)')
    .option('--text-field <path>', 'JSONL field with the text (default text)')
    .option('--title-field <path>', 'JSONL field with the title (default title)')
    .option('--url-field <path>', 'JSONL field with the URL (default url)')
    .option('--published-field <path>', 'JSONL field with the date (default published)')
    .addOption(
      new Option('--input-format <kind>', 'how to read inputs')
        .choices(['auto', 'text', 'html', 'jsonl'])
        .default('auto'),
    )
    .option('--max-bytes <n>', 'largest article in bytes (default 10 MiB)', positiveInt)
    .option('--json', 'print {added, skipped} as JSON')
    .action(async (paths: string[], flags: EnqueueFlags) => {
      // Unset flags are left out: an explicit undefined would override the reader's defaults.
      const readOptions = Object.fromEntries(
        Object.entries({
          idField: flags.idField,
          textField: flags.textField,
          titleField: flags.titleField,
          urlField: flags.urlField,
          publishedField: flags.publishedField,
          inputFormat: flags.inputFormat,
          maxBytes: flags.maxBytes,
        }).filter(([, v]) => v !== undefined),
      ) as ReadOptions;
      const { sources } = await readSources(paths.length === 0 ? ['-'] : paths, readOptions);
      const result = await enqueueSources(sources, {
        redis: flags.redis,
        queue: flags.queue,
        prefix: flags.prefix,
        attempts: flags.attempts,
        backoffMs: flags.backoff,
      });
      if (flags.json) io.out(JSON.stringify(result) + '\n');
      else
        io.err(
          `enqueued ${result.added} article(s) on ${flags.queue}` +
            (result.skipped ? `, skipped ${result.skipped} already queued or done\n` : '\n'),
        );
    });

  location(
    program
      .command('worker')
      .description('analyse articles from the queue and deliver each record once'),
  )
    .option(
      '--concurrency <n>',
      'jobs in flight (default: 4, or 2 per analysis thread)',
      positiveInt,
    )
    .option('--workers <n>', 'analysis threads sharing one dictionary', positiveInt, 1)
    .option('--results <name>', 'Redis stream or list for records (default <queue>:results)')
    .addOption(
      new Option('--results-type <type>', 'kind of the --results key')
        .choices(['stream', 'list'])
        .default('stream'),
    )
    .addOption(new Option('--output <dir>', 'JSONL files in DIR instead').conflicts('results'))
    .option('--tokens', 'put morphemes in the records')
    .option('--no-text', 'leave the text out of the records')
    .option('--max-bytes <n>', 'largest article in bytes (default 10 MiB)', positiveInt)
    .option('--gazetteer <path>', 'extra gazetteer entries (JSON)')
    .option(
      '--lock-duration <ms>',
      "a dead worker's jobs are retaken after this",
      positiveInt,
      30_000,
    )
    .option('--stalled-interval <ms>', 'how often to look for stalled jobs', positiveInt, 30_000)
    .option('--max-stalled <n>', 'times a job may be retaken before it fails', positiveInt, 2)
    .option(
      '--sweep-interval <ms>',
      'how often to look for undelivered failures',
      positiveInt,
      60_000,
    )
    .option('--metrics <port>', 'serve Prometheus metrics on 127.0.0.1:PORT/metrics', port)
    .option('--until-empty', 'exit once nothing is waiting, delayed or active (batch runs)')
    .addHelpText('after', WORKER_HELP)
    .action(async (flags: WorkerFlags) => {
      const worker = await createWorker({
        redis: flags.redis,
        queue: flags.queue,
        prefix: flags.prefix,
        concurrency: flags.concurrency,
        workers: flags.workers,
        results: flags.results,
        resultsType: flags.resultsType,
        output: flags.output,
        tokens: flags.tokens,
        omitText: !flags.text,
        maxBytes: flags.maxBytes,
        gazetteer: flags.gazetteer,
        lockDuration: flags.lockDuration,
        stalledInterval: flags.stalledInterval,
        maxStalledCount: flags.maxStalled,
        sweepInterval: flags.sweepInterval,
        metricsPort: flags.metrics,
        onError: (err) => io.err(`sinmun worker: ${err.message}\n`),
      });
      const metrics =
        worker.metricsPort === null ? '' : `, metrics on 127.0.0.1:${worker.metricsPort}`;
      io.err(`sinmun worker: queue ${flags.queue} → ${worker.description}${metrics}\n`);
      const why = await Promise.race([
        io.untilSignal(),
        ...(flags.untilEmpty ? [untilEmpty(worker)] : []),
      ]);
      io.err(`sinmun worker: ${why}, finishing jobs in flight\n`);
      await worker.close();
      const c = worker.counters;
      io.err(
        `sinmun worker: stopped; ${c.recordsDelivered} record(s) delivered, ` +
          `${c.deadLetters} dead letter(s), ${c.duplicatesSkipped} duplicate(s) skipped\n`,
      );
    });

  location(
    program.command('queue-stats').description('waiting, active, completed, failed, throughput'),
  )
    .option('--json', 'print the numbers as JSON')
    .action(async (flags: LocationFlags & { json?: boolean }) => {
      const stats = await queueStats({
        redis: flags.redis,
        queue: flags.queue,
        prefix: flags.prefix,
      });
      io.out(flags.json ? JSON.stringify(stats) + '\n' : formatQueueStats(stats));
    });
}

/** Resolves when the queue has had nothing to do on two looks in a row. */
async function untilEmpty(worker: QueueWorker, everyMs = 100): Promise<string> {
  let idle = 0;
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, everyMs));
    const s = await worker.stats();
    idle = s.waiting + s.active + s.delayed === 0 ? idle + 1 : 0;
    if (idle >= 2) return 'queue empty';
  }
}
