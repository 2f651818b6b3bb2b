import type { InputStats } from '../io/read.js';
import type { CliOutput } from './cli-io.js';

export interface Progress {
  /** Called after each record. */
  tick(records: number, errors: number): void;
  /** Clears the progress line. */
  done(): void;
}

/** Runs shorter than this never show a bar: small inputs finish before it would help. */
const SHOW_AFTER_MS = 1000;
const REDRAW_MS = 200;
const BAR_WIDTH = 20;

function clock(seconds: number): string {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${m}:${pad(s % 60)}`;
}

/** The progress line: count, rate, and (when the input size is known) a bar, percent and ETA. */
export function progressLine(
  records: number,
  errors: number,
  elapsedMs: number,
  stats: InputStats,
): string {
  const rate = elapsedMs > 0 ? (records * 1000) / elapsedMs : 0;
  const parts = [
    `${records.toLocaleString('en-US')} articles${errors ? ` (${errors} failed)` : ''}`,
    `${rate.toFixed(rate < 10 ? 1 : 0)}/s`,
  ];
  if (stats.totalBytes) {
    const f = Math.min(1, stats.bytesRead / stats.totalBytes);
    const filled = Math.round(f * BAR_WIDTH);
    parts.unshift(
      `[${'#'.repeat(filled)}${'-'.repeat(BAR_WIDTH - filled)}] ${(f * 100).toFixed(0)}%`,
    );
    if (f > 0 && f < 1) parts.push(`ETA ${clock(((elapsedMs / 1000) * (1 - f)) / f)}`);
  }
  return parts.join(' · ');
}

/** A progress line on standard error, redrawn in place; a no-op when not `enabled`. */
export function createProgress(out: CliOutput, stats: InputStats, enabled: boolean): Progress {
  const started = Date.now();
  let last = 0;
  let shown = false;
  return {
    tick(records, errors) {
      if (!enabled) return;
      const now = Date.now();
      if (now - started < SHOW_AFTER_MS || now - last < REDRAW_MS) return;
      last = now;
      shown = true;
      const line = progressLine(records, errors, now - started, stats);
      out.write(`\r${line.slice(0, (out.columns ?? 100) - 1)}\x1b[K`);
    },
    done() {
      if (shown) out.write('\r\x1b[K');
    },
  };
}
