/** Binary searches over spans kept in text order (entities, attribution). */

/** The index of the first span ending after `pos` (`spans.length` if none): spans sorted by end. */
export function firstEndingAfter(spans: readonly { end: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].end <= pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index of the first span starting at or after `pos` (`spans.length` if none): spans sorted by start. */
export function firstStartingFrom(spans: readonly { start: number }[], pos: number): number {
  let lo = 0;
  let hi = spans.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (spans[mid].start < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
