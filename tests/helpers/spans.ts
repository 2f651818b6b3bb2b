/** Every span a record carries, with what it claims to cover, for offset checks. */
import type { ArticleRecord } from '../../src/types.js';

export interface ClaimedSpan {
  where: string;
  start: number;
  end: number;
  text?: string;
}

export function recordSpans(r: ArticleRecord): ClaimedSpan[] {
  const out: ClaimedSpan[] = [];
  if (r.title) out.push({ where: 'title', ...r.title });
  r.sentences.forEach((s, i) => out.push({ where: `sentence ${i}`, ...s }));
  for (const e of r.entities)
    e.mentions.forEach((m) => out.push({ where: `entity ${e.name}`, ...m }));
  for (const m of r.money) {
    out.push({ where: 'money', ...m });
    for (const q of m.equivalents) out.push({ where: `equivalent of ${m.text}`, ...q });
  }
  for (const t of r.tokens ?? [])
    out.push({ where: 'token', start: t.start, end: t.end, text: t.surface });
  return out;
}

/** Spans whose offsets do not cover the text they claim, or fall outside the text. */
export function badSpans(r: ArticleRecord, text: string): ClaimedSpan[] {
  return recordSpans(r).filter(
    (s) =>
      !(Number.isInteger(s.start) && Number.isInteger(s.end)) ||
      s.start < 0 ||
      s.end > text.length ||
      s.start >= s.end ||
      (s.text !== undefined && text.slice(s.start, s.end) !== s.text),
  );
}
