/**
 * One pass over a stretch of text: each rule match turned into a part, Korean parts joined left
 * to right into one expression.
 */
import type { DateMention } from '../types.js';
import type { Ymd } from './calendar.js';
import { type Direction, type Frame, resolveFrame } from './frame.js';
import { type CompiledRules, forEachMatch } from './matcher.js';
import { RANK } from './rule.js';
import { directionOf } from './rules.ko.js';

interface Part {
  start: number;
  end: number;
  rank: number;
  frame: Frame;
  /** Set on a `지난`/`오는` part: handed to the part after it. */
  direction?: Direction;
  needsNext: boolean;
}

function withDirection(f: Frame, d: Direction | undefined): Frame {
  if (!d) return f;
  // 이번 화요일 is the Tuesday of the reference week.
  if (f.weekday !== undefined)
    return d === 'nearest' ? { ...f, weekShift: 0 } : { ...f, weekdayDir: d };
  if (f.day !== undefined) return { ...f, dayDir: d };
  if (f.month !== undefined) return { ...f, monthDir: d };
  return f;
}

const SHIFTS: (keyof Frame)[] = ['quarterShift', 'monthShift', 'weekShift', 'dayShift'];

/**
 * A Korean part joins the one before it across at most one space, coarse to fine. A word that
 * counts from the reference (`전날`, `지난달`) only starts an expression (`작년 전날` is two);
 * an hour follows a day.
 */
function joins(text: string, prev: Part, next: Part): boolean {
  if (prev.rank === RANK.whole || next.rank === RANK.whole || next.rank <= prev.rank) return false;
  if (prev.rank !== RANK.direction && SHIFTS.some((k) => next.frame[k] !== undefined)) return false;
  if (next.rank === RANK.time && prev.rank < RANK.day) return false;
  const gap = next.start - prev.end;
  return gap === 0 || (gap === 1 && /\s/.test(text[prev.end]));
}

function toMention(text: string, p: Part, ref: Ymd | null): DateMention {
  return {
    text: text.slice(p.start, p.end),
    start: p.start,
    end: p.end,
    ...resolveFrame(p.frame, ref),
    approximate: p.frame.approximate === true,
  };
}

function join(prev: Part, next: Part): Part {
  return {
    start: prev.start,
    end: next.end,
    rank: next.rank,
    // The coarser part wins a field both give: `2024년 연말` keeps 2024.
    frame: {
      ...withDirection(next.frame, prev.direction),
      ...prev.frame,
      approximate: prev.frame.approximate === true || next.frame.approximate === true,
    },
    needsNext: next.needsNext,
    direction: next.direction,
  };
}

/**
 * `전년 동기` mirrors the period its sentence names (`3분기 영업이익이 전년 동기 대비`): that
 * period's value a year earlier, at its grain; null when the sentence names none. The nearest
 * other dated mention of the same sentence (no `.?!` or line break between) is taken.
 */
function resolveSamePeriods(text: string, parts: Part[], mentions: DateMention[]): void {
  const sentenceBreak = (a: number, b: number) => /[.?!\n]/.test(text.slice(a, b));
  for (let i = 0; i < parts.length; i++) {
    if (!parts[i].frame.samePeriod) continue;
    let best: DateMention | null = null;
    for (let j = i - 1; j >= 0 && !best; j--) {
      if (sentenceBreak(mentions[j].end, mentions[i].start)) break;
      if (!parts[j].frame.samePeriod && mentions[j].value) best = mentions[j];
    }
    for (let j = i + 1; j < parts.length && !best; j++) {
      if (sentenceBreak(mentions[i].end, mentions[j].start)) break;
      if (!parts[j].frame.samePeriod && mentions[j].value) best = mentions[j];
    }
    const shift = parts[i].frame.yearShift ?? -1;
    const m = best ? /^(\d{4})(.*)$/.exec(best.value ?? '') : null;
    mentions[i].value = m ? `${Number(m[1]) + shift}${m[2]}` : null;
    if (best) mentions[i].grain = best.grain;
  }
}

/** Appends the dates in `text[start, end)` to `out`, in reading order. */
export function scanDates(
  c: CompiledRules,
  text: string,
  start: number,
  end: number,
  ref: Ymd | null,
  out: DateMention[],
): void {
  const slice = text.slice(start, end);
  const parts: Part[] = [];
  const mentions: DateMention[] = [];
  const emit = (p: Part) => {
    parts.push(p);
    mentions.push(toMention(text, p, ref));
  };
  // (Assigned in the callback: declared so that the checker does not narrow it to null.)
  let current = null as Part | null;
  forEachMatch(c, slice, (rule, m, groups) => {
    const frame = rule.build(groups, text, start + m.index);
    if (!frame) return;
    const part: Part = {
      start: start + m.index,
      end: start + m.index + m[0].length,
      rank: rule.rank,
      frame,
      direction: rule.needs === 'next' ? directionOf(m[0]) : undefined,
      needsNext: rule.needs === 'next',
    };
    if (current && joins(text, current, part)) {
      current = join(current, part);
      return;
    }
    if (current && !current.needsNext) emit(current);
    current = rule.needs === 'day' ? null : part;
  });
  if (current && !current.needsNext) emit(current);
  if (parts.some((p) => p.frame.samePeriod)) resolveSamePeriods(text, parts, mentions);
  out.push(...mentions);
}
