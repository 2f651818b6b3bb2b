/**
 * One pass over a stretch of text: every rule's pattern joined in one regular expression, each
 * match turned into a part, Korean parts joined left to right into one expression.
 */
import type { DateMention } from '../types.js';
import type { Ymd } from './calendar.js';
import { type Direction, type Frame, resolveFrame } from './frame.js';
import { RANK, type Rule } from './rule.js';
import { directionOf } from './rules.ko.js';

interface CompiledRules {
  regex: RegExp;
  rules: Rule[];
  /** The index in a match of each rule's outer group. */
  offsets: number[];
  /** How many groups of its own each rule's pattern has. */
  groupCounts: number[];
}

function groupCount(pattern: string): number {
  return new RegExp(`${pattern}|`).exec('')!.length - 1;
}

export function compileRules(rules: Rule[]): CompiledRules {
  const groupCounts = rules.map((r) => groupCount(r.pattern));
  const offsets: number[] = [];
  let next = 1;
  for (const n of groupCounts) {
    offsets.push(next);
    next += 1 + n;
  }
  const regex = new RegExp(rules.map((r) => `(${r.pattern})`).join('|'), 'gu');
  return { regex, rules, offsets, groupCounts };
}

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
  if (f.weekday !== undefined) return { ...f, weekdayDir: d };
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

function matchedRule(c: CompiledRules, m: RegExpExecArray): number {
  for (let i = 0; i < c.rules.length; i++) if (m[c.offsets[i]] !== undefined) return i;
  return -1;
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
  const re = c.regex;
  re.lastIndex = 0;
  let current: Part | null = null;
  for (let m = re.exec(slice); m !== null; m = re.exec(slice)) {
    const i = matchedRule(c, m);
    const rule = c.rules[i];
    const groups = m.slice(c.offsets[i], c.offsets[i] + 1 + c.groupCounts[i]);
    const frame = rule.build(groups, text, start + m.index);
    if (!frame) continue;
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
      continue;
    }
    if (current && !current.needsNext) out.push(toMention(text, current, ref));
    current = rule.needs === 'day' ? null : part;
  }
  if (current && !current.needsNext) out.push(toMention(text, current, ref));
}
