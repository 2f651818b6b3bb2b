/**
 * Figures reported as changes: a word of change governing the figure (`10조원으로 전년 대비 20%
 * 증가했다`, `20% 늘어난 10조원`, `rose 20% to $90 billion`, `$90 billion, up 20%`), and a
 * from–to pair (`3조 원에서 5조 원으로`, `from $3 billion to $5 billion`), which links the later
 * figure to the earlier one and, without a word of change, takes its direction from the amounts.
 */
import type { MoneyChange } from '../types.js';
import type { MeasureFound } from './measure.js';
import type { Figure, SentenceContext } from './sentence-context.js';
import type { WordHit } from './word-table.js';

type Direction = MoneyChange['direction'];

const PERCENT =
  /(\d+(?:\.\d+)?)\s?(?:%|％|퍼센트|percent|per\s+cent)(?!\s*(?:포인트|p\b|points?\b))/i;

/** How far after a figure (UTF-16 units) its Korean word of change may stand. */
const KO_AFTER_REACH = 30;
/** Between a Korean word of change and the figure it modifies: its ending, maybe a noun. */
const KO_BEFORE_GAP =
  /^(?:한|된|난|든|던|진|했던|됐던)?\s*(?:[가-힣]{1,8}\s*(?:은|는|이|가)?\s*)?$/;
/** `rose (by) (20%) (year-on-year) to` before an English figure. */
const EN_BEFORE_GAP =
  /^(?:\s+by)?(?:\s+(?:about\s+|nearly\s+|almost\s+|more\s+than\s+)?\d+(?:\.\d+)?\s?(?:%|percent|per\s+cent))?(?:\s+(?:year-on-year|on-year|on\s+year|from\s+a\s+year\s+(?:earlier|ago)))?\s+to\s+(?:about\s+|nearly\s+|almost\s+|around\s+|a\s+record\s+|an?\s+)?$/i;
/** `, up 20%` or `, a 20% increase` after an English figure, maybe past its period. */
const EN_AFTER =
  /^(?:\s+(?:in|for|during|over)\s+[^,;.$€£¥]{1,30})?\s*,?\s*(?:(up|down)\s+(\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)|(?:an?\s+)?(?:(\d+(?:\.\d+)?)\s?(?:%|percent|per\s+cent)\s+)?(increase|rise|jump|gain|decrease|decline|drop|fall)\b)/i;
const EN_UP_NOUNS = new Set(['increase', 'rise', 'jump', 'gain']);

const KO_FROM = /^\s*(?:에서|서)(?=[\s,]|$)/;
const KO_TO = /^\s*(?:으로|로)(?![가-힣]{0,1}[은는])/;
const EN_FROM_BEFORE = /\bfrom\s+(?:about\s+|around\s+|nearly\s+)?$/i;
const EN_TO_BEFORE = /\bto\s+(?:about\s+|around\s+|nearly\s+|a\s+record\s+)?$/i;

interface Found {
  direction: Direction;
  percent: number | null;
}

const percentIn = (s: string): number | null => {
  const m = PERCENT.exec(s);
  return m ? Number(m[1]) : null;
};

function nextStart(ctx: SentenceContext, k: number): number {
  return k + 1 < ctx.figures.length ? ctx.figures[k + 1].money.start : ctx.span.end;
}

function koreanAfter(ctx: SentenceContext, k: number, own: WordHit<unknown> | null): Found | null {
  const f = ctx.figures[k];
  const limit = Math.min(nextStart(ctx, k), f.end + KO_AFTER_REACH + 10);
  const cue = ctx.changes.find((c) => c.start >= f.end && c.end <= limit);
  if (!cue || cue.start - f.end > KO_AFTER_REACH) return null;
  // Another measure word in between starts another clause (`…기록했고 영업이익은 20% 늘었다`).
  if (ctx.measures.some((h) => h !== own && h.start >= f.end && h.end <= cue.start)) return null;
  // So does another object (`10조원을 투자해 생산능력을 20% 늘린다`).
  const gap = ctx.text.slice(f.end, cue.start).replace(/^\s*(?:을|를|으로|로|이|가)/, '');
  if (/[을를](?=\s)/.test(gap)) return null;
  return { direction: cue.value, percent: percentIn(ctx.text.slice(f.end, cue.end)) };
}

function koreanBefore(ctx: SentenceContext, f: Figure): Found | null {
  let cue: WordHit<Direction> | null = null;
  for (const c of ctx.changes) {
    if (c.end > f.money.start) break;
    cue = c;
  }
  if (!cue || !KO_BEFORE_GAP.test(ctx.text.slice(cue.end, f.money.start))) return null;
  const lead = ctx.text.slice(Math.max(ctx.span.start, cue.start - 16), cue.start);
  return { direction: cue.value, percent: percentIn(lead) };
}

function englishBefore(ctx: SentenceContext, f: Figure): Found | null {
  let cue: WordHit<Direction> | null = null;
  for (const c of ctx.changes) {
    if (c.end > f.money.start) break;
    cue = c;
  }
  if (!cue) return null;
  const gap = ctx.text.slice(cue.end, f.money.start);
  if (!EN_BEFORE_GAP.test(gap)) return null;
  return { direction: cue.value, percent: percentIn(gap) };
}

function englishAfter(ctx: SentenceContext, f: Figure): Found | null {
  const m = EN_AFTER.exec(ctx.text.slice(f.end, f.end + 100));
  if (!m) return null;
  if (m[1]) return { direction: m[1].toLowerCase() as Direction, percent: Number(m[2]) };
  return {
    direction: EN_UP_NOUNS.has(m[4].toLowerCase()) ? 'up' : 'down',
    percent: m[3] ? Number(m[3]) : null,
  };
}

/** A bound is not a level reached: `10달러 이하로 떨어졌다` crosses a threshold. */
const THRESHOLD =
  /^\s*(?:이하|이상|미만|아래|밑)\s*(?:으로|로)|^\s*(?:을|를)\s*(?:넘|돌파|상회|하회)|^\s+(?:above|below)\b/;

function ownChange(ctx: SentenceContext, k: number, found: MeasureFound): Found | null {
  const f = ctx.figures[k];
  if (THRESHOLD.test(ctx.text.slice(f.end, f.end + 12))) return null;
  if (ctx.korean) return koreanBefore(ctx, f) ?? koreanAfter(ctx, k, found.hit);
  return englishBefore(ctx, f) ?? englishAfter(ctx, f);
}

/**
 * For each figure of the sentence, the position (in `ctx.figures`) of the figure it changed
 * from, or -1. Korean chains run from a figure with `에서` to the first with `(으)로`
 * (`올해 50억 위안에서 2025년 800억 위안, 2026년엔 1700억 위안으로`), each from the one before.
 */
function fromLinks(ctx: SentenceContext): number[] {
  const links = ctx.figures.map(() => -1);
  const { text, figures } = ctx;
  for (let k = 0; k + 1 < figures.length; k++) {
    if (ctx.korean) {
      if (!KO_FROM.test(text.slice(figures[k].end, figures[k].end + 4))) continue;
      let last = -1;
      for (let j = k + 1; j < figures.length; j++) {
        if (KO_TO.test(text.slice(figures[j].end, figures[j].end + 4))) {
          last = j;
          break;
        }
      }
      for (let j = k + 1; j <= last; j++) links[j] = j - 1;
      if (last > 0) k = last - 1;
    } else {
      const lead = (j: number): string =>
        text.slice(Math.max(ctx.span.start, figures[j].money.start - 24), figures[j].money.start);
      const [a, b] = [lead(k), lead(k + 1)];
      if (EN_FROM_BEFORE.test(a) && EN_TO_BEFORE.test(b)) links[k + 1] = k;
      else if (EN_TO_BEFORE.test(a) && EN_FROM_BEFORE.test(b)) links[k] = k + 1;
    }
  }
  return links;
}

function byAmounts(later: Figure, earlier: Figure): Direction | null {
  const [a, b] = [later.money, earlier.money];
  if (a.amount === null || b.amount === null || a.currency !== b.currency) return null;
  if (a.amount === b.amount) return null;
  return a.amount > b.amount ? 'up' : 'down';
}

/** Each figure's change, in the order of `ctx.figures`. */
export function changesOf(ctx: SentenceContext, found: MeasureFound[]): (MoneyChange | null)[] {
  const own = ctx.figures.map((_, k) => ownChange(ctx, k, found[k]));
  const links = fromLinks(ctx);
  return ctx.figures.map((f, k) => {
    const link = links[k];
    if (link < 0) return own[k] ? { ...own[k], from: null } : null;
    // A chain's word of change follows its last figure and speaks for every step.
    let end = k;
    while (end + 1 < links.length && links[end + 1] === end) end++;
    const word = own[k] ?? own[end];
    const direction = word?.direction ?? byAmounts(f, ctx.figures[link]);
    if (!direction) return null;
    const percent = own[k]?.percent ?? (end === k ? (word?.percent ?? null) : null);
    return { direction, from: ctx.figures[link].index, percent };
  });
}
