/**
 * Regions as the entity passes read them: clipped to the text, empty ones dropped, sorted by
 * start, overlapping ones merged.
 */
import type { Span } from '../../types.js';

/**
 * `regions` clipped to `[0, length)`, sorted and merged, as new objects (the caller's are not
 * changed). With `integersOnly`, spans with a non-integer end are dropped (regions given by a
 * user). Built with loops and one object literal rather than `map`, `filter` and a spread copy:
 * arrays from an inlined `map` are of another elements kind than the builtin's, and a spread
 * copy has another hidden class than the literal, and optimised code meeting either went back to
 * the interpreter.
 */
export function clipSpans(regions: readonly Span[], length: number, integersOnly: boolean): Span[] {
  const spans: Span[] = [];
  for (const r of regions) {
    const start = Math.max(0, r.start);
    const end = Math.min(length, r.end);
    if (end > start && (!integersOnly || (Number.isInteger(start) && Number.isInteger(end)))) {
      spans.push({ start, end });
    }
  }
  spans.sort((a, b) => a.start - b.start);
  const out: Span[] = [];
  for (const r of spans) {
    const last = out.length > 0 ? out[out.length - 1] : undefined;
    if (last !== undefined && r.start <= last.end) last.end = Math.max(last.end, r.end);
    else out.push(r);
  }
  return out;
}
