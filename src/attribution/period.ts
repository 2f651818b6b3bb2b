/**
 * When a figure is: the nearest date of `record.dates` before it in its sentence (English: else
 * the first after it before the next figure, `revenue of $90 billion in the third quarter`).
 * Not a period: the base of a comparison (`전년 동기 대비`, `지난해보다`, `from a year earlier`),
 * a date that qualifies something else (`9월 인도분`, `4월 이후`, `3일 연속`), a clock time, and
 * a day that dates an announcement (`28일 … 투자한다고 발표했다`).
 */
import type { DateMention, MoneyPeriod } from '../types.js';
import type { Figure, SentenceContext } from './sentence-context.js';

const KO_COMPARISON_AFTER = /^\s*(?:과|와)?\s*(?:대비|보다|比|에\s*비해|에\s*비하면|비)/;
const KO_NOT_THE_FIGURES = /^\s*(?:인도분|이후|이전|연속|째)/;
const EN_COMPARISON_BEFORE =
  /\b(?:from|than|compared\s+(?:with|to)|versus|vs\.?|over|against|since)\s+(?:the\s+|a\s+)?(?:same\s+(?:period|quarter)\s+(?:of|in|a)\s+)?$/i;
const CLOCK = new Set<DateMention['grain']>(['hour', 'minute']);
/** Verbs that make a day the day something was said, not the day the money was. */
const ANNOUNCING =
  /밝혔|밝히|발표|전했|말했|공개|보도|설명했|알려졌|따르면|집계|announced|said|reported|told/;
/** How far before a Korean figure its period may stand (UTF-16 units): a clause's reach. */
const KO_REACH = 30;

function usable(ctx: SentenceContext, d: DateMention): boolean {
  if (CLOCK.has(d.grain)) return false;
  const { text } = ctx;
  if (ctx.korean) {
    const next = text.slice(d.end, d.end + 8);
    if (KO_COMPARISON_AFTER.test(next) || KO_NOT_THE_FIGURES.test(next)) return false;
  } else if (
    EN_COMPARISON_BEFORE.test(text.slice(Math.max(ctx.span.start, d.start - 40), d.start))
  ) {
    return false;
  }
  return d.grain !== 'day' || !ANNOUNCING.test(text.slice(d.end, ctx.span.end));
}

export function periodOf(ctx: SentenceContext, f: Figure): MoneyPeriod | null {
  let pick: DateMention | null = null;
  for (const d of ctx.dates) {
    if (d.end > f.money.start) break;
    if (ctx.korean && f.money.start - d.end > KO_REACH) continue;
    if (usable(ctx, d)) pick = d;
  }
  if (!pick && !ctx.korean) {
    const next = ctx.figures.find((o) => o.money.start > f.money.start);
    const limit = next ? next.money.start : ctx.span.end;
    pick = ctx.dates.find((d) => d.start >= f.end && d.end <= limit && usable(ctx, d)) ?? null;
  }
  return pick ? { text: pick.text, start: pick.start, end: pick.end, value: pick.value } : null;
}
