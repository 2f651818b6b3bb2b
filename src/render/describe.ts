/** Short human-readable descriptions of record values, for tooltips and tables. */
import type { DateMention, Entity, Money, MoneyBase } from '../types.js';

// Made at the first use: creating a NumberFormat at import cost ~20 ms of every start.
let grouped: Intl.NumberFormat | undefined;

/** `5,000,000,000` — amounts are written out in full, as the record holds them. */
export function formatNumber(n: number): string {
  grouped ??= new Intl.NumberFormat('en-US', { maximumFractionDigits: 6 });
  return grouped.format(n);
}

/** The normalised value of a figure: `5,000,000,000 CNY`, `≥ 1,000,000,000 USD`, a range. */
export function describeAmount(m: MoneyBase): string {
  const cur = m.currency ?? '(currency unknown)';
  const approx = m.approximate ? '≈ ' : '';
  if (m.amount !== null) return `${approx}${formatNumber(m.amount)} ${cur}`;
  if (m.min !== null && m.max !== null) {
    return `${approx}${formatNumber(m.min)}–${formatNumber(m.max)} ${cur}`;
  }
  if (m.min !== null) return `${approx}≥ ${formatNumber(m.min)} ${cur}`;
  if (m.max !== null) return `${approx}≤ ${formatNumber(m.max)} ${cur}`;
  return `${approx}amount not stated, ${cur}`;
}

/** Bounds as written in the table (`min 1,000,000,000`), or an empty string. */
export function describeBounds(m: MoneyBase): string {
  const parts: string[] = [];
  if (m.min !== null) parts.push(`min ${formatNumber(m.min)}`);
  if (m.max !== null) parts.push(`max ${formatNumber(m.max)}`);
  return parts.join(', ');
}

/** A figure's tooltip: its value and what it restates. */
export function moneyTip(m: Money | MoneyBase): string {
  const eq = 'equivalents' in m ? m.equivalents.map((e) => ` = ${describeAmount(e)}`).join('') : '';
  const per = m.per ? ` ${m.per}` : '';
  return `${describeAmount(m)}${per}${eq}`;
}

/** An entity's tooltip: canonical name (or its own name), type and id. */
export function entityTip(e: Entity): string {
  return [e.canonical ?? e.name, e.type, e.id].filter((x) => x !== null).join(' · ');
}

/** A date's tooltip: value and grain, and whether it was resolved against the published date. */
export function dateTip(d: DateMention): string {
  const value = d.value ?? 'unresolved';
  const flags = [d.relative ? 'relative' : null, d.approximate ? 'approximate' : null].filter(
    (x) => x !== null,
  );
  return `${value} · ${d.grain}${flags.length ? ` (${flags.join(', ')})` : ''}`;
}

/** A figure's change in words: `up 20% from 50억 위안`. */
export function describeChange(m: Money, all: readonly Money[]): string {
  if (m.change === null) return '';
  const pct = m.change.percent !== null ? ` ${formatNumber(m.change.percent)}%` : '';
  const from = m.change.from !== null ? all[m.change.from] : undefined;
  return `${m.change.direction}${pct}${from ? ` from ${from.text}` : ''}`;
}
