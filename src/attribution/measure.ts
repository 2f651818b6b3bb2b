/**
 * What a figure measures: the measure word it is predicated of (`영업이익은 10조원`, `revenue of
 * $90 billion`), else the one it modifies or is the object of (`10조원의 매출`, `10억원을 유치`,
 * `a $2 billion deal`), else the nearest one before it in the sentence (`매출이 3조원에서
 * 5조원으로`: the second figure too). A unit price with nothing else said is a price.
 */
import type { MoneyMeasure } from '../types.js';
import { lastBefore, type Figure, type SentenceContext } from './sentence-context.js';
import { KO_AFTER_FIGURE_WORDS } from './measure-words.js';
import { WordTable, type WordHit } from './word-table.js';

/** What may stand between a Korean measure word and its figure (`영업이익은 약`, `매출이`). */
const KO_BEFORE_GAP =
  /^[\s:]*(?:(?:은|는|이|가|도|만|으로는|로는|규모는|규모가|규모|총액은|총액이|총액|액은|액이|액|총|약|모두|무려|각각|역대\s*최대인|최대|사상\s*최대인)[\s:]*)*$/;
/** What may stand between a figure and the Korean word it modifies (`10조원 규모의 투자`). */
const KO_AFTER_GAP =
  /\s*(?:규모|상당|어치|가량|정도|수준|내외|안팎|이상|이하|대)?\s*(?:의|을|를|에|이|가|로|으로|에\s*달하는|에\s*이르는|에\s*육박하는|을\s*넘는|를\s*넘는|이\s*넘는|가\s*넘는)?\s*/y;
/** One word the measure may stand behind (`10년간 2억 달러에 맺었던 계약`, `어치의 무기를 사들여`). */
const KO_ONE_WORD = /[가-힣]+\s+/y;
/** English words that may follow a figure before the noun it counts (`$50 million in funding`). */
const EN_AFTER_GAP = /\s*(?:(?:in|of|worth of|for|in new|in fresh|an?|the)\s+)?/iy;
/** An English measure word this close before its figure governs it (`rose 20% to`). */
const EN_NEAR = 40;

export interface MeasureFound {
  measure: MoneyMeasure | null;
  /** The measure word read, when one was. */
  hit: WordHit<MoneyMeasure> | null;
}

function hitAt(hits: readonly WordHit<MoneyMeasure>[], pos: number): WordHit<MoneyMeasure> | null {
  return hits.find((h) => h.start === pos) ?? null;
}

function wordAfter(ctx: SentenceContext, f: Figure): WordHit<MoneyMeasure> | null {
  const { text } = ctx;
  if (ctx.korean) {
    const own = afterFigureWords().findAll(text, f.end, Math.min(ctx.span.end, f.end + 8));
    if (own.length > 0 && /^[\s을를에]*$/.test(text.slice(f.end, own[0].start))) return own[0];
  }
  const gap = ctx.korean ? KO_AFTER_GAP : EN_AFTER_GAP;
  gap.lastIndex = f.end;
  const at = f.end + (gap.exec(text)?.[0].length ?? 0);
  const hit = hitAt(ctx.measures, at);
  if (hit || !ctx.korean) return hit;
  KO_ONE_WORD.lastIndex = at;
  const word = KO_ONE_WORD.exec(text);
  return word ? hitAt(ctx.measures, at + word[0].length) : null;
}

let afterTable: WordTable<MoneyMeasure> | null = null;
const afterFigureWords = (): WordTable<MoneyMeasure> =>
  (afterTable ??= new WordTable(KO_AFTER_FIGURE_WORDS));

export function measureOf(ctx: SentenceContext, f: Figure): MeasureFound {
  const before = lastBefore(ctx.measures, f.money.start);
  const between = before ? ctx.text.slice(before.end, f.money.start) : '';
  const adjacent =
    before !== null &&
    (ctx.korean
      ? KO_BEFORE_GAP.test(between)
      : between.length <= EN_NEAR &&
        !ctx.figures.some((o) => o.money.start >= before.end && o.end <= f.money.start));
  if (adjacent) return { measure: before.value, hit: before };
  const after = wordAfter(ctx, f);
  if (after) return { measure: after.value, hit: after };
  if (before) return { measure: before.value, hit: before };
  // Figures listed ahead of the word they share: `199달러, 그리고 … 299달러에 구입할 수`,
  // `25만 달러에서 약 50만 달러의 기부금`.
  const later = ctx.measures.find((h) => h.start >= f.end);
  if (later) return { measure: later.value, hit: later };
  if (f.money.per !== null) return { measure: 'price', hit: null };
  return { measure: null, hit: null };
}
