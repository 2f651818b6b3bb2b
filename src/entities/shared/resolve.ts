/**
 * Decides which candidates become mentions: weak ones need support from a list they stand in or
 * from another mention of the same listed name; of overlapping ones the longest, best-sourced wins.
 */
import { SOURCE_RANK, type Candidate } from './candidate.js';
import { contextSupports } from './context.js';
import { scratchUint8 } from './scratch.js';

/** The offsets a kept mention covers, reused from one article to the next (see scratch.ts). */
const TAKEN = scratchUint8();

/** What may stand between two items of one list: `, `, `·`, `와 `, ` 및 `, `, and `. */
const LIST_GAP =
  /^(?:\s*[,·ㆍ/]\s*|(?:와|과|이나|나|랑)\s+|\s+(?:및|또는|and|or)\s+|,\s+(?:and|or)\s+)$/;

/** Between an owner and what it owns: `의 `, `'s `. */
const OWNER_GAP = /^(?:의 ?|['’]s )$/;

export function resolveMentions(text: string, all: Candidate[]): Candidate[] {
  const cands = all.filter((c) => c.end > c.start);
  confirmWeak(text, cands);
  const strong = cands.filter((c) => !c.weak);
  // longest first, then by source rank, then leftmost: the keys are read once per candidate,
  // not once per comparison (a rank is a lookup by the source's name)
  const length = strong.map((c) => c.end - c.start);
  const rank = strong.map((c) => SOURCE_RANK[c.source]);
  const order = strong
    .map((_, i) => i)
    .sort(
      (a, b) => length[b] - length[a] || rank[b] - rank[a] || strong[a].start - strong[b].start,
    );
  const kept: Candidate[] = [];
  const taken = TAKEN(text.length + 1);
  for (const i of order) {
    const c = strong[i];
    let free = true;
    for (let k = c.start; k < c.end; k++) {
      if (taken[k]) {
        free = false;
        break;
      }
    }
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

/** Weak candidates stay when a list or another mention of the same name backs them. */
function confirmWeak(text: string, cands: Candidate[]): void {
  const sorted = [...cands].sort((a, b) => a.start - b.start);
  const sureEntries = new Set(cands.filter((c) => !c.weak && c.entry).map((c) => c.entry));
  for (const c of sorted) {
    if (c.weak && c.entry && (sureEntries.has(c.entry) || contextSupports(text, c))) c.weak = false;
  }
  let changed = true;
  while (changed) {
    changed = false;
    for (let i = 0; i < sorted.length; i++) {
      const c = sorted[i];
      if (!c.weak) continue;
      for (const d of neighbours(sorted, i)) {
        if (d.weak) continue;
        const gap = d.start >= c.end ? text.slice(c.end, d.start) : text.slice(d.end, c.start);
        // `메타의 라마 3`, `Meta's Llama 3`: a company owning a model or product is a company
        if (
          c.type === 'company' &&
          d.start >= c.end &&
          (d.type === 'model' || d.type === 'product') &&
          OWNER_GAP.test(gap)
        ) {
          c.weak = false;
          changed = true;
          break;
        }
        if (c.type && d.type && c.type !== d.type) continue;
        if (LIST_GAP.test(gap)) {
          c.weak = false;
          if (!c.type) c.type = d.type;
          changed = true;
          break;
        }
      }
    }
  }
}

/** The nearest candidates before and after position `i` that do not overlap it. */
function* neighbours(sorted: Candidate[], i: number): Generator<Candidate> {
  const c = sorted[i];
  for (let k = i - 1, n = 0; k >= 0 && n < 3; k--) {
    if (sorted[k].end <= c.start) {
      yield sorted[k];
      n++;
    }
  }
  for (let k = i + 1, n = 0; k < sorted.length && n < 3; k++) {
    if (sorted[k].start >= c.end) {
      yield sorted[k];
      n++;
    }
  }
}
