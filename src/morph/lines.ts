/**
 * The lines MeCab would analyse one by one: split at `\n`, `\r\n` and `\r`; a break at the very
 * end does not open another line. Calls `visit(start, end)` with UTF-16 offsets.
 */
export function forEachLine(text: string, visit: (start: number, end: number) => void): void {
  let start = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 13) {
      visit(start, i);
      if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
      start = i + 1;
    }
  }
  if (start < n) visit(start, n);
}

/** The lines of `text` as offset pairs (see `forEachLine`). */
export function lineSpans(text: string): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  forEachLine(text, (s, e) => spans.push([s, e]));
  return spans;
}
