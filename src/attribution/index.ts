/**
 * Money in context (record contract, "Money in context"): for each top-level figure, whose money
 * it is, what it measures, when, and whether it is a change. Reads the record's earlier stages
 * (sentences, entities with their mentions, money, dates) and re-derives none of them; every
 * answer is read inside the figure's sentence.
 */
import type { AttributionInput, DateMention, Money, Span } from '../types.js';
import { changesOf } from './change.js';
import { measureOf } from './measure.js';
import { periodOf } from './period.js';
import { lowerBound, mentionsOf, readSentence } from './sentence-context.js';
import { subjectOf } from './subject.js';

/** The sentence holding `pos`, or null (spans sorted by start, not overlapping). */
function sentenceAt(spans: readonly Span[], pos: number): Span | null {
  const i = lowerBound(spans, pos + 1) - 1;
  return i >= 0 && spans[i].end > pos ? spans[i] : null;
}

/** The spans a figure's context is read in: the sentences, and the title as one more. */
export function readingSpans(title: Span | null, sentences: readonly Span[]): Span[] {
  return title ? [{ start: title.start, end: title.end }, ...sentences] : [...sentences];
}

/** `input.money` with `subject`, `measure`, `period` and `change` filled where the text says. */
export function attributeMoney(input: AttributionInput): Money[] {
  const { money } = input;
  if (money.length === 0) return [];
  const spans = [...input.sentences].sort((a, b) => a.start - b.start);
  const mentions = mentionsOf(input);
  const dates: DateMention[] = [...input.dates].sort((a, b) => a.start - b.start);
  const out = money.map((m) => ({ ...m }));
  for (let i = 0; i < money.length;) {
    // A figure outside every sentence is read alone: it gets no context it cannot see.
    const span = sentenceAt(spans, money[i].start) ?? { start: money[i].start, end: money[i].end };
    const group: number[] = [];
    for (
      let j = i;
      j < money.length && money[j].start >= span.start && money[j].start < span.end;
      j++
    )
      group.push(j);
    if (group.length === 0) group.push(i);
    const ctx = readSentence(input, span, group, mentions, dates);
    const found = ctx.figures.map((f) => measureOf(ctx, f));
    const changes = changesOf(ctx, found);
    ctx.figures.forEach((f, k) => {
      out[f.index] = {
        ...out[f.index],
        subject: subjectOf(ctx, f, found[k]),
        measure: found[k].measure,
        period: periodOf(ctx, f),
        change: changes[k],
      };
    });
    i += group.length;
  }
  return out;
}
