/**
 * When a figure is: the nearest date of `record.dates` before it in its sentence, else the first
 * after it before the next figure (`revenue of $90 billion in the third quarter`). A date that is
 * the base of a comparison (`전년 동기 대비`, `지난해보다`, `from a year earlier`) is not the
 * figure's period, nor is a day or a time (an announcement's date), except for what is measured
 * at a point in time (a market value, a price).
 */
import type { DateMention, MoneyMeasure, MoneyPeriod } from '../types.js';
import type { Figure, SentenceContext } from './sentence-context.js';

const KO_COMPARISON_AFTER = /^\s*(?:과|와)?\s*(?:대비|보다|比|에\s*비해|에\s*비하면|비)/;
const EN_COMPARISON_BEFORE =
  /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|against)\s+(?:the\s+|a\s+)?(?:same\s+(?:period|quarter)\s+(?:of|in|a)\s+)?$/i;
const POINT_IN_TIME = new Set<MoneyMeasure | null>(['market_cap', 'price']);
const FINE_GRAINS = new Set<DateMention['grain']>(['day', 'hour', 'minute', 'week']);

function isComparison(ctx: SentenceContext, d: DateMention): boolean {
  if (ctx.korean) return KO_COMPARISON_AFTER.test(ctx.text.slice(d.end, d.end + 8));
  return EN_COMPARISON_BEFORE.test(ctx.text.slice(Math.max(ctx.span.start, d.start - 40), d.start));
}

export function periodOf(
  ctx: SentenceContext,
  f: Figure,
  measure: MoneyMeasure | null,
): MoneyPeriod | null {
  const usable = (d: DateMention): boolean =>
    (!FINE_GRAINS.has(d.grain) || POINT_IN_TIME.has(measure)) && !isComparison(ctx, d);
  let pick: DateMention | null = null;
  for (const d of ctx.dates) {
    if (d.end > f.money.start) break;
    if (usable(d)) pick = d;
  }
  if (!pick) {
    const next = ctx.figures.find((o) => o.money.start > f.money.start);
    const limit = next ? next.money.start : ctx.span.end;
    pick = ctx.dates.find((d) => d.start >= f.end && d.end <= limit && usable(d)) ?? null;
  }
  return pick ? { text: pick.text, start: pick.start, end: pick.end, value: pick.value } : null;
}
