/**
 * Currency carried by ellipsis. Korean news drops the currency word where the reader supplies it:
 * `수십조, 수백조원` (the list's last currency distributes back), `1500억원을 …, 3000억, …
 * 1500억원` (a bare magnitude between figures of one currency takes it). The scanner returns such
 * magnitudes as `bare` figures (counts excluded, see grammar.ts); those left without a currency
 * here are dropped. The parenthesis case (`5890억달러(약 846조)`) is in equivalents.ts.
 */
import type { Figure } from './grammar.js';
import { LIST_GAP, SENTENCE_BREAK } from './qualifiers.js';

/** How far apart the figures around a bare magnitude may be, in characters. */
const MAX_BETWEEN = 150;

export function giveCurrency(f: Figure, currency: string): void {
  f.currency = currency;
  f.bare = false;
}

function adjoins(text: string, f: Figure, next: Figure): boolean {
  LIST_GAP.lastIndex = f.outerEnd;
  return LIST_GAP.exec(text) !== null && LIST_GAP.lastIndex === next.outerStart;
}

function sameSentence(text: string, a: Figure, b: Figure): boolean {
  if (b.start - a.end > MAX_BETWEEN) return false;
  return !SENTENCE_BREAK.test(text.slice(a.end, b.start));
}

/** Gives bare magnitudes the currency their neighbours imply; returns the figures that have one. */
export function resolveEllipsis(text: string, figs: Figure[]): Figure[] {
  // Right to left, so `1조, 2조, 3조원` passes 원 along the whole list.
  for (let i = figs.length - 2; i >= 0; i--) {
    const f = figs[i];
    const next = figs[i + 1];
    if (f.bare && !next.bare && next.currency !== null && adjoins(text, f, next)) {
      giveCurrency(f, next.currency);
    }
  }
  let prev: Figure | null = null;
  for (let i = 0; i < figs.length; i++) {
    const f = figs[i];
    if (!f.bare) {
      prev = f;
      continue;
    }
    let j = i + 1;
    while (j < figs.length && figs[j].bare) j++;
    const next = figs[j];
    if (
      prev?.currency &&
      next?.currency === prev.currency &&
      sameSentence(text, prev, f) &&
      sameSentence(text, f, next)
    ) {
      giveCurrency(f, prev.currency);
    }
  }
  return figs.filter((f) => !f.bare);
}
