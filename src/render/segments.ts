/**
 * Turns the record's highlighted spans (entity mentions, money figures, dates) into properly
 * nested pieces, so the text can be written as one stream of open and close tags.
 *
 * Spans may nest (a money figure inside a mention) or cross (a mention ending inside a date).
 * A crossing span is cut at the boundary it crosses; its pieces keep the span's key, so a reader
 * (and the browser test) still sees one highlight per span. Sorting makes this n log n.
 */

/** A span to highlight; `key` is unique per span and shared by its pieces. */
export interface Highlight {
  start: number;
  end: number;
  key: string;
}

/** A piece of a highlight: nested pieces are opened after, and closed before, their parent. */
export interface Piece<H extends Highlight> {
  start: number;
  end: number;
  span: H;
  /** 0 for the span's first piece; later pieces continue it after a crossing. */
  part: number;
}

/** Wider spans first at one start, so they become the parents. */
function byStartThenWidth(a: { start: number; end: number }, b: { start: number; end: number }) {
  return a.start - b.start || b.end - a.end;
}

/**
 * Pieces in document order (parents before children), every piece inside the one open around
 * it. Empty and out-of-range spans are dropped.
 */
export function nestPieces<H extends Highlight>(spans: readonly H[], length: number): Piece<H>[] {
  const queue: Piece<H>[] = spans
    .filter((s) => s.start >= 0 && s.end <= length && s.start < s.end)
    .map((span) => ({ start: span.start, end: span.end, span, part: 0 }))
    .sort(byStartThenWidth);
  const heap = new PieceHeap<H>();
  const out: Piece<H>[] = [];
  const open: Piece<H>[] = [];
  let qi = 0;
  for (;;) {
    const next = takeNext(queue, qi, heap);
    if (next === null) break;
    if (next.fromQueue) qi++;
    const p = next.piece;
    while (open.length > 0 && open[open.length - 1]!.end <= p.start) open.pop();
    const parent = open[open.length - 1];
    if (parent !== undefined && p.end > parent.end) {
      // Crossing: keep what lies inside the parent, continue the rest after it.
      heap.push({ start: parent.end, end: p.end, span: p.span, part: p.part + 1 });
      p.end = parent.end;
    }
    out.push(p);
    open.push(p);
  }
  return out;
}

/** The earlier of the sorted queue's head and the heap's top (continuations). */
function takeNext<H extends Highlight>(
  queue: Piece<H>[],
  qi: number,
  heap: PieceHeap<H>,
): { piece: Piece<H>; fromQueue: boolean } | null {
  const q = queue[qi];
  const h = heap.peek();
  if (q === undefined && h === undefined) return null;
  if (h === undefined || (q !== undefined && byStartThenWidth(q, h) <= 0)) {
    return { piece: q!, fromQueue: true };
  }
  heap.pop();
  return { piece: h, fromQueue: false };
}

/** A binary min-heap of pieces by start, then width (continuations are few, but unbounded). */
class PieceHeap<H extends Highlight> {
  private readonly items: Piece<H>[] = [];

  peek(): Piece<H> | undefined {
    return this.items[0];
  }

  push(p: Piece<H>): void {
    const a = this.items;
    a.push(p);
    let i = a.length - 1;
    while (i > 0) {
      const up = (i - 1) >> 1;
      if (byStartThenWidth(a[up]!, a[i]!) <= 0) break;
      [a[up], a[i]] = [a[i]!, a[up]!];
      i = up;
    }
  }

  pop(): Piece<H> | undefined {
    const a = this.items;
    const top = a[0];
    const last = a.pop();
    if (a.length > 0 && last !== undefined) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && byStartThenWidth(a[l]!, a[m]!) < 0) m = l;
        if (r < a.length && byStartThenWidth(a[r]!, a[m]!) < 0) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i]!, a[m]!];
        i = m;
      }
    }
    return top;
  }
}
