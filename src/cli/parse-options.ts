import { InvalidArgumentError } from 'commander';

/** A whole number ≥ 1 (`--workers`). */
export function parseCount(value: string): number {
  const n = Number(value);
  if (!/^\d+$/.test(value.trim()) || !Number.isSafeInteger(n) || n < 1) {
    throw new InvalidArgumentError(`expected a whole number of at least 1, got "${value}"`);
  }
  return n;
}

/** Size units `--max-bytes` accepts, as powers of 1024. */
const SIZE_UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  m: 1024 ** 2,
  mb: 1024 ** 2,
  g: 1024 ** 3,
  gb: 1024 ** 3,
};

/** A byte count: `1048576`, `500k`, `10MB`, `1.5m` (units are powers of 1024). */
export function parseSize(value: string): number {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(value);
  const unit = m ? SIZE_UNITS[m[2].toLowerCase()] : undefined;
  if (!m || unit === undefined) {
    throw new InvalidArgumentError(`expected a size such as 1048576, 500k or 10MB, got "${value}"`);
  }
  const n = Math.floor(Number(m[1]) * unit);
  if (n < 1) throw new InvalidArgumentError(`the size must be at least 1 byte, got "${value}"`);
  return n;
}
