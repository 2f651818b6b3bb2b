/**
 * Restated amounts: `50억 위안(9000억원)`, `28억달러(약 3조9000억원)`,
 * `2천455억 위안(367억6천400만 달러·41조7천521억원)`, `3800억 위안, 우리 돈 약 75조 원`,
 * `KRW 1.5 trillion ($1.1 billion)`. The restatement becomes an equivalent of the first figure
 * only when it is nothing but amounts in other currencies; `쿠팡(1401억원)` and `(43.7%)` are not.
 */
import { giveCurrency } from './ellipsis.js';
import { type Context, type Figure, applyQualifier, readAfterQualifiers } from './grammar.js';
import { APPOSITION_LEAD, PAREN_FILLER } from './qualifiers.js';
import { scanFigures } from './scanner.js';

const MAX_PAREN = 120;

function otherCurrencies(main: Figure, figs: Figure[]): boolean {
  return figs.length > 0 && figs.every((f) => f.currency && f.currency !== main.currency);
}

/** Figures in ( … ) right after `at`, when they are all the parenthesis says. */
function parenthesis(ctx: Context, main: Figure, at: number, limit: number) {
  const { text } = ctx;
  let open = at;
  if (text[open] === ' ') open++;
  if (text[open] !== '(' && text[open] !== '（') return null;
  const close = text.slice(open + 1, Math.min(limit, open + MAX_PAREN)).search(/[)）(（]/);
  if (close < 0 || '(（'.includes(text[open + 1 + close])) return null;
  const end = open + 1 + close;
  const figs = scanFigures(ctx, open + 1, end, null);
  // `5890억달러(약 846조)`: a bare magnitude restating a foreign amount in Korean news is won.
  if (ctx.lang === 'ko' && main.currency !== 'KRW') {
    for (const f of figs) if (f.bare) giveCurrency(f, 'KRW');
  }
  if (!otherCurrencies(main, figs)) return null;
  let rest = '';
  let pos = open + 1;
  for (const f of figs) {
    if (f.outerStart < pos || f.outerEnd > end) return null;
    rest += text.slice(pos, f.outerStart);
    pos = f.outerEnd;
  }
  rest += text.slice(pos, end);
  if (rest.replace(PAREN_FILLER, '') !== '') return null;
  return { figs, end: end + 1 };
}

/** `, 우리 돈 약 75조 원` or `, or $1.1 billion` right after `at`. */
function apposition(ctx: Context, main: Figure, at: number, limit: number) {
  APPOSITION_LEAD.lastIndex = at;
  const lead = APPOSITION_LEAD.exec(ctx.text);
  if (!lead || lead[0].length === 0) return null;
  const start = APPOSITION_LEAD.lastIndex;
  const figs = scanFigures(ctx, start, Math.min(limit, start + 60), null);
  const first = figs[0];
  if (!first || first.outerStart !== start || !otherCurrencies(main, [first])) return null;
  return { figs: [first], end: first.outerEnd };
}

/** Attaches equivalents to `main`; returns where scanning resumes. */
export function attachEquivalents(
  ctx: Context,
  main: Figure,
  _from: number,
  limit: number,
): number {
  if (main.bare) return main.outerEnd;
  const found =
    parenthesis(ctx, main, main.outerEnd, limit) ?? apposition(ctx, main, main.outerEnd, limit);
  if (!found) return main.outerEnd;
  main.equivalents = found.figs;
  // A qualifier after the restatement applies to both: `10억 달러(약 1조3000억원) 이상`.
  const after = readAfterQualifiers(ctx, found.end, limit);
  for (const q of after.quals) {
    applyQualifier(main, q);
    for (const e of main.equivalents) applyQualifier(e, q);
  }
  main.outerEnd = after.end;
  return after.end;
}
