/**
 * What one date expression says, field by field, before it is placed on the calendar: absolute
 * fields (`year`, `month`, `day`) and shifts from the reference (`yearShift` for 지난해, `dayShift`
 * for 어제). The finest field present decides the grain.
 */
import {
  addDays,
  addMonths,
  isoDay,
  isoMonth,
  isoTime,
  isoWeek,
  isValidDay,
  weekday as weekdayOf,
  weekStart,
  type Ymd,
} from './calendar.js';
import type { DateGrain } from '../types.js';

/** Which occurrence a month, day or weekday without its year or month means. */
export type Direction = 'past' | 'future' | 'nearest';

export interface Frame {
  year?: number;
  yearShift?: number;
  half?: number;
  quarter?: number;
  quarterShift?: number;
  month?: number;
  monthShift?: number;
  monthDir?: Direction;
  weekShift?: number;
  day?: number;
  dayShift?: number;
  dayDir?: Direction;
  /** 0 = Monday … 6 = Sunday. */
  weekday?: number;
  weekdayDir?: Direction;
  hour?: number;
  minute?: number;
  approximate?: boolean;
}

export interface Resolved {
  value: string | null;
  grain: DateGrain;
  relative: boolean;
}

export function grainOf(f: Frame): DateGrain {
  if (f.minute !== undefined) return 'minute';
  if (f.hour !== undefined) return 'hour';
  if (f.day !== undefined || f.dayShift !== undefined || f.weekday !== undefined) return 'day';
  if (f.weekShift !== undefined) return 'week';
  if (f.month !== undefined || f.monthShift !== undefined) return 'month';
  if (f.quarter !== undefined || f.quarterShift !== undefined) return 'quarter';
  if (f.half !== undefined) return 'half';
  return 'year';
}

/** Whether the expression needs the reference date: it shifts from it or leaves out the year. */
export function isRelative(f: Frame): boolean {
  return f.year === undefined;
}

function resolveMonth(f: Frame, ref: Ymd): [number, number] {
  if (f.monthShift !== undefined) return addMonths(ref.y, ref.m, f.monthShift);
  const m = f.month ?? ref.m;
  if (f.year !== undefined || f.yearShift !== undefined) {
    return [f.year ?? ref.y + (f.yearShift ?? 0), m];
  }
  if (f.monthDir === 'past') return [m <= ref.m ? ref.y : ref.y - 1, m];
  if (f.monthDir === 'future') return [m >= ref.m ? ref.y : ref.y + 1, m];
  return [ref.y, m];
}

function resolveDay(f: Frame, ref: Ymd): Ymd | null {
  if (f.dayShift !== undefined) return addDays(ref, f.dayShift);
  // A weekday beside a day of the month (`12일 화요일`) only restates it.
  if (f.weekday !== undefined && f.day === undefined) {
    if (f.weekShift !== undefined)
      return addDays(weekStart(addDays(ref, 7 * f.weekShift)), f.weekday);
    const back = (weekdayOf(ref) - f.weekday + 7) % 7;
    if (f.weekdayDir === 'past') return addDays(ref, -(back === 0 ? 7 : back));
    if (f.weekdayDir === 'future') {
      const ahead = (f.weekday - weekdayOf(ref) + 7) % 7;
      return addDays(ref, ahead === 0 ? 7 : ahead);
    }
    // A weekday alone in news is most often the one just gone (or today).
    return addDays(ref, -back);
  }
  const day = f.day ?? ref.d;
  let y: number;
  let m: number;
  if (f.month !== undefined || f.monthShift !== undefined) [y, m] = resolveMonth(f, ref);
  else if (f.dayDir === 'past') [y, m] = day < ref.d ? [ref.y, ref.m] : addMonths(ref.y, ref.m, -1);
  else if (f.dayDir === 'future')
    [y, m] = day > ref.d ? [ref.y, ref.m] : addMonths(ref.y, ref.m, 1);
  else [y, m] = [ref.y, ref.m];
  return isValidDay(y, m, day) ? { y, m, d: day } : null;
}

/** ISO value, grain and relativity; a relative expression without a reference has no value. */
export function resolveFrame(f: Frame, ref: Ymd | null): Resolved {
  const grain = grainOf(f);
  const relative = isRelative(f);
  if (relative && !ref) return { value: null, grain, relative };
  const r = ref ?? { y: f.year ?? 0, m: 1, d: 1 };
  const year = f.year ?? r.y + (f.yearShift ?? 0);
  let value: string | null;
  switch (grain) {
    case 'year':
      value = String(year);
      break;
    case 'half':
      value = `${year}-H${f.half}`;
      break;
    case 'quarter': {
      if (f.quarterShift === undefined) {
        value = `${year}-Q${f.quarter}`;
        break;
      }
      const [y, m] = addMonths(r.y, r.m, 3 * f.quarterShift);
      value = `${y}-Q${Math.ceil(m / 3)}`;
      break;
    }
    case 'month': {
      const [y, m] = resolveMonth(f, r);
      value = isoMonth(y, m);
      break;
    }
    case 'week':
      value = isoWeek(addDays(r, 7 * (f.weekShift ?? 0)));
      break;
    default: {
      const day = resolveDay(f, r);
      if (!day) value = null;
      else if (grain === 'day') value = isoDay(day);
      else value = isoTime(day, f.hour ?? 0, f.minute ?? 0);
    }
  }
  return { value, grain, relative };
}
