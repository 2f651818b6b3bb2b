/**
 * Money figures in Korean and English text as exact, structured records (see the record
 * contract's Money section). Usable alone: `extractMoney(text, { lang })`.
 */
import { SinmunError } from '../errors.js';
import type { Money, MoneyBase, Span } from '../types.js';
import { resolveEllipsis } from './ellipsis.js';
import { attachEquivalents } from './equivalents.js';
import { type Exact, toNumber } from './exact.js';
import type { Context, Figure } from './grammar.js';
import { scanFigures } from './scanner.js';

export interface ExtractMoneyOptions {
  /** `ko`, `en`, …; only steers ambiguous choices (`¥`). Default: guessed from the script. */
  lang?: string;
  /** Only look inside these spans; offsets stay offsets into the full text. */
  regions?: Span[];
}

const num = (x: Exact | null): number | null => (x === null ? null : toNumber(x));

function toBase(text: string, f: Figure): MoneyBase {
  return {
    text: text.slice(f.start, f.end),
    start: f.start,
    end: f.end,
    amount: num(f.amount),
    currency: f.currency,
    approximate: f.approximate,
    min: num(f.min),
    max: num(f.max),
    qualifiers: [...f.qualifiers].sort((a, b) => a.at - b.at).map((q) => q.word),
    per: f.per,
  };
}

function guessLang(text: string, from: number, to: number): string {
  return /[가-힣]/.test(text.slice(from, to)) ? 'ko' : 'en';
}

/** Every money figure in `text`, in reading order. */
export function extractMoney(text: string, options: ExtractMoneyOptions = {}): Money[] {
  if (typeof text !== 'string') {
    throw new SinmunError('INVALID_INPUT', 'extractMoney expects a string');
  }
  const regions = options.regions ?? [{ start: 0, end: text.length }];
  const out: Money[] = [];
  for (const r of regions) {
    const start = Math.max(0, r.start);
    const end = Math.min(text.length, r.end);
    if (!(start < end)) continue;
    const ctx: Context = { text, lang: options.lang ?? guessLang(text, start, end), bare: true };
    for (const f of resolveEllipsis(text, scanFigures(ctx, start, end, attachEquivalents))) {
      out.push({
        ...toBase(text, f),
        equivalents: f.equivalents.map((e) => toBase(text, e)),
        // Context needs the article's entities and dates; the analyzer fills it in.
        subject: null,
        measure: null,
        period: null,
        change: null,
      });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

export type { Money, MoneyBase } from '../types.js';
