/**
 * The worker's counters in the Prometheus text exposition format, served on the loopback
 * interface (`GET /metrics`): this process's counters plus the queue's depths.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { QueueStats } from './stats.js';

export interface WorkerCounters {
  /** Jobs this process finished (a record delivered, or found already delivered). */
  jobsCompleted: number;
  /** Attempts that failed in this process (each retry counts). */
  attemptsFailed: number;
  /** Records this process delivered (including dead letters' error records). */
  recordsDelivered: number;
  /** Jobs whose id was already delivered, so nothing was added. */
  duplicatesSkipped: number;
  /** Articles this process gave up on after their last attempt. */
  deadLetters: number;
  /** Jobs in flight in this process now. */
  inFlight: number;
}

export function newCounters(): WorkerCounters {
  return {
    jobsCompleted: 0,
    attemptsFailed: 0,
    recordsDelivered: 0,
    duplicatesSkipped: 0,
    deadLetters: 0,
    inFlight: 0,
  };
}

type Metric = [name: string, type: 'counter' | 'gauge', help: string, value: number];

function escapeLabel(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');
}

export function formatPrometheus(counters: WorkerCounters, stats: QueueStats | null): string {
  const metrics: Metric[] = [
    [
      'sinmun_worker_jobs_completed_total',
      'counter',
      'Jobs completed by this worker.',
      counters.jobsCompleted,
    ],
    [
      'sinmun_worker_attempts_failed_total',
      'counter',
      'Failed attempts in this worker.',
      counters.attemptsFailed,
    ],
    [
      'sinmun_worker_records_delivered_total',
      'counter',
      'Records delivered by this worker.',
      counters.recordsDelivered,
    ],
    [
      'sinmun_worker_duplicates_skipped_total',
      'counter',
      'Jobs whose id was already delivered.',
      counters.duplicatesSkipped,
    ],
    [
      'sinmun_worker_dead_letters_total',
      'counter',
      'Articles this worker gave up on.',
      counters.deadLetters,
    ],
    ['sinmun_worker_jobs_in_flight', 'gauge', 'Jobs in flight in this worker.', counters.inFlight],
  ];
  const lines: string[] = [];
  for (const [name, type, help, value] of metrics) {
    lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name} ${value}`);
  }
  if (stats) {
    const q = `queue="${escapeLabel(stats.queue)}"`;
    lines.push(
      '# HELP sinmun_queue_jobs Jobs in the queue by state.',
      '# TYPE sinmun_queue_jobs gauge',
    );
    for (const state of ['waiting', 'active', 'delayed', 'failed'] as const) {
      lines.push(`sinmun_queue_jobs{${q},state="${state}"} ${stats[state]}`);
    }
    const queueMetrics: Metric[] = [
      [
        'sinmun_queue_jobs_completed_total',
        'counter',
        'Jobs completed by all workers.',
        stats.completed,
      ],
      [
        'sinmun_queue_records_delivered_total',
        'counter',
        'Article ids delivered (ledger size).',
        stats.delivered,
      ],
      ['sinmun_queue_dead_letters', 'gauge', 'Entries of the dead-letter list.', stats.deadLetters],
      [
        'sinmun_queue_throughput_per_second',
        'gauge',
        'Records delivered per second over the last minute.',
        stats.throughput,
      ],
    ];
    for (const [name, type, help, value] of queueMetrics) {
      lines.push(`# HELP ${name} ${help}`, `# TYPE ${name} ${type}`, `${name}{${q}} ${value}`);
    }
  }
  return lines.join('\n') + '\n';
}

export interface MetricsServer {
  /** The port listened on (useful with port 0). */
  port: number;
  close(): Promise<void>;
}

/** Serves `render()` at `/metrics` on 127.0.0.1 only: metrics are not for other hosts unless proxied. */
export async function serveMetrics(
  port: number,
  render: () => Promise<string>,
): Promise<MetricsServer> {
  const server: Server = createServer((req, res) => {
    if (req.method !== 'GET' || (req.url ?? '/').split('?')[0] !== '/metrics') {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('not found; try /metrics\n');
      return;
    }
    render().then(
      (body) => res.writeHead(200, { 'content-type': 'text/plain; version=0.0.4' }).end(body),
      (err: unknown) =>
        res.writeHead(500, { 'content-type': 'text/plain' }).end(`${String(err)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve());
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
