/**
 * Searches that stop at a bound. `indexOf` and a global regex scan on to the end of the text:
 * asked once per region, bracket or quote, they make a long article quadratic when the thing
 * looked for is far away or absent.
 */

/** The first index of `needle` in `text[from, end)`, or -1. */
export function indexOfWithin(text: string, needle: string, from: number, end: number): number {
  const stop = Math.min(end, text.length) - needle.length;
  for (let i = from; i <= stop; i++) if (text.startsWith(needle, i)) return i;
  return -1;
}
