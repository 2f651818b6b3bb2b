/**
 * Whole-day calendar arithmetic for resolving relative dates: integers only, days counted from
 * 1970-01-01 so that shifting by days, weeks and months never depends on a time zone.
 */

export interface Ymd {
  y: number;
  m: number;
  d: number;
}

const DAY_MS = 86_400_000;

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidDay(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

function toDayNumber(t: Ymd): number {
  return Date.UTC(t.y, t.m - 1, t.d) / DAY_MS;
}

function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(t: Ymd, days: number): Ymd {
  return fromDayNumber(toDayNumber(t) + days);
}

/** The month `shift` months from (y, m), as [year, month]. */
export function addMonths(y: number, m: number, shift: number): [number, number] {
  const k = y * 12 + (m - 1) + shift;
  return [Math.floor(k / 12), (k % 12) + 1];
}

/** 0 = Monday … 6 = Sunday (ISO order). */
export function weekday(t: Ymd): number {
  return (toDayNumber(t) + 3) % 7;
}

/** The Monday of the ISO week holding `t`. */
export function weekStart(t: Ymd): Ymd {
  return addDays(t, -weekday(t));
}

/** ISO 8601 week label (`2024-W12`): the week belongs to the year of its Thursday. */
export function isoWeek(t: Ymd): string {
  const thursday = addDays(t, 3 - weekday(t));
  const jan1 = { y: thursday.y, m: 1, d: 1 };
  const week = Math.floor((toDayNumber(thursday) - toDayNumber(jan1)) / 7) + 1;
  return `${thursday.y}-W${String(week).padStart(2, '0')}`;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDay(t: Ymd): string {
  return `${String(t.y).padStart(4, '0')}-${pad(t.m)}-${pad(t.d)}`;
}

export function isoMonth(y: number, m: number): string {
  return `${String(y).padStart(4, '0')}-${pad(m)}`;
}

export function isoTime(t: Ymd, hour: number, minute: number): string {
  return `${isoDay(t)}T${pad(hour)}:${pad(minute)}`;
}

/**
 * The calendar day of a `published` value as written: `2008-06-16`, `2008.6.16`,
 * `2008-06-16T23:10:00+09:00` (the writer's own date, not shifted to UTC), or anything
 * `Date.parse` reads (`Mon, 16 Jun 2008 10:00:00 GMT`). Null when it is not a date.
 */
export function parseReference(value: string | Date | null | undefined): Ymd | null {
  if (value === null || value === undefined) return null;
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return null;
    return { y: value.getUTCFullYear(), m: value.getUTCMonth() + 1, d: value.getUTCDate() };
  }
  const s = value.trim();
  const m = /^(\d{4})[-./년]\s?(\d{1,2})[-./월]\s?(\d{1,2})/.exec(s);
  if (m) {
    const t = { y: Number(m[1]), m: Number(m[2]), d: Number(m[3]) };
    return isValidDay(t.y, t.m, t.d) ? t : null;
  }
  const ms = Date.parse(s);
  return Number.isNaN(ms) ? null : parseReference(new Date(ms));
}
