/**
 * Where sinmun keeps its own state for a queue, beside BullMQ's keys for the same queue (so a
 * clean-up by the pattern `prefix:queue:*` removes both).
 */
export interface QueueKeys {
  /** Set of article ids whose record was delivered: the exactly-once ledger. */
  delivered: string;
  /** List of dead letters (JSON), one per article that failed every attempt. */
  dead: string;
  /** Per-second counters of delivered records, for throughput over the last minute. */
  ratePrefix: string;
  /** The default results stream when the worker is given neither `results` nor `output`. */
  results: string;
}

export const DEFAULT_PREFIX = 'bull';

/** Seconds a per-second rate counter lives: long enough to sum the last minute. */
export const RATE_TTL_SECONDS = 120;

export function queueKeys(queue: string, prefix = DEFAULT_PREFIX): QueueKeys {
  const base = `${prefix}:${queue}:sinmun`;
  return {
    delivered: `${base}:delivered`,
    dead: `${base}:dead`,
    ratePrefix: `${base}:rate:`,
    results: `${queue}:results`,
  };
}

export function rateKey(keys: QueueKeys, epochSecond: number): string {
  return keys.ratePrefix + epochSecond;
}
