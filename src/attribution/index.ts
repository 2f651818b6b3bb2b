/**
 * Money in context (record contract, "Money in context"): for each top-level figure, whose money
 * it is, what it measures, when, and whether it is a change. Reads the record's earlier stages
 * (sentences, entities with their mentions, money, dates) and re-derives none of them; every
 * answer is read inside the figure's sentence.
 */
import { firstStartingFrom } from '../text/span-search.js';
import type { AttributionInput, DateMention, Money, Span } from '../types.js';
import { changesOf } from './change.js';
import { measureOf } from './measure.js';
import { periodOf } from './period.js';
import { mentionsOf, readSentence, type MentionRef } from './sentence-context.js';
import { subjectOf } from './subject.js';

/** The sentence holding `pos`, or null (spans sorted by start, not overlapping). */
function sentenceAt(spans: readonly Span[], pos: number): Span | null {
  const i = firstStartingFrom(spans, pos + 1) - 1;
  return i >= 0 && spans[i].end > pos ? spans[i] : null;
}

/** The spans a figure's context is read in: the sentences, and the title as one more. */
export function readingSpans(title: Span | null, sentences: readonly Span[]): Span[] {
  return title ? [{ start: title.start, end: title.end }, ...sentences] : [...sentences];
}

/**
 * A sentence longer than this (a table of figures, a log pasted into a page) is read figure by
 * figure in a window around each: per-figure questions scan their sentence's cue hits, so one
 * huge "sentence" of thousands of figures would cost figures × length. News sentences are far
 * shorter (the shared corpus's longest line is 541 characters), so they are read whole.
 */
const LONG_SENTENCE = 2000;
/** How far either side of a figure its window reaches in such a sentence. */
const WINDOW = 400;

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
    if (span.end - span.start <= LONG_SENTENCE) {
      attributeIn(input, span, group, mentions, dates, out);
    } else {
      for (const j of group) {
        const window = {
          start: Math.max(span.start, money[j].start - WINDOW),
          end: Math.min(span.end, money[j].end + WINDOW),
        };
        attributeIn(input, window, [j], mentions, dates, out);
      }
    }
    i += group.length;
  }
  return out;
}

/** Reads the figures `group` in `span` and writes their context into `out`. */
function attributeIn(
  input: AttributionInput,
  span: Span,
  group: number[],
  mentions: readonly MentionRef[],
  dates: readonly DateMention[],
  out: Money[],
): void {
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
}
