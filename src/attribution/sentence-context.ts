/**
 * One sentence as attribution reads it: its figures, the record's entity mentions and dates
 * inside it, and the hits of the cue tables, each gathered once per sentence so that every
 * figure's questions are answered from sorted lists.
 */
import { firstStartingFrom } from '../text/span-search.js';
import type {
  AttributionInput,
  DateMention,
  EntityType,
  Money,
  MoneyChange,
  MoneyMeasure,
  Span,
  TextSpan,
} from '../types.js';
import { EN_CHANGE_WORDS, KO_CHANGE_WORDS, KO_PARTY_NOUNS, type PartyKind } from './cue-words.js';
import { EN_MEASURE_WORDS, KO_MEASURE_WORDS } from './measure-words.js';
import { WordTable, type WordHit } from './word-table.js';

export interface MentionRef extends TextSpan {
  /** Index into `record.entities`. */
  entity: number;
  type: EntityType;
}

export interface Figure {
  /** Index into `record.money`. */
  index: number;
  money: Money;
  /** Where the figure's group ends: after its equivalents and their closing bracket. */
  end: number;
}

export interface SentenceContext {
  text: string;
  span: Span;
  korean: boolean;
  figures: Figure[];
  measures: WordHit<MoneyMeasure>[];
  changes: WordHit<MoneyChange['direction']>[];
  /** Korean party nouns (`정부`, `회사`); empty for English. */
  parties: WordHit<PartyKind>[];
  mentions: MentionRef[];
  dates: DateMention[];
}

interface Tables {
  koMeasures: WordTable<MoneyMeasure>;
  enMeasures: WordTable<MoneyMeasure>;
  koChanges: WordTable<MoneyChange['direction']>;
  enChanges: WordTable<MoneyChange['direction']>;
  koParties: WordTable<PartyKind>;
}

let tables: Tables | null = null;

/** Compiled on first use: a record without money never pays for them. */
function getTables(): Tables {
  tables ??= {
    koMeasures: new WordTable(KO_MEASURE_WORDS),
    enMeasures: new WordTable(EN_MEASURE_WORDS, { latin: true }),
    koChanges: new WordTable(KO_CHANGE_WORDS),
    enChanges: new WordTable(EN_CHANGE_WORDS, { latin: true }),
    koParties: new WordTable(KO_PARTY_NOUNS),
  };
  return tables;
}

function within<T extends Span>(items: readonly T[], span: Span): T[] {
  const out: T[] = [];
  for (
    let i = firstStartingFrom(items, span.start);
    i < items.length && items[i].start < span.end;
    i++
  ) {
    if (items[i].end <= span.end) out.push(items[i]);
  }
  return out;
}

const HANGUL = /[\uAC00-\uD7A3]/;

/** A figure's group end: past its equivalents (`50억 위안(9000억원)`) and their bracket. */
function groupEnd(text: string, m: Money): number {
  let end = m.end;
  for (const eq of m.equivalents) end = Math.max(end, eq.end);
  if (end > m.end && /[)）\]]/.test(text[end] ?? '')) end++;
  return end;
}

/** The record's mentions of every entity, sorted by start. */
export function mentionsOf(input: AttributionInput): MentionRef[] {
  const out: MentionRef[] = [];
  input.entities.forEach((e, entity) => {
    for (const m of e.mentions) out.push({ ...m, entity, type: e.type });
  });
  return out.sort((a, b) => a.start - b.start || b.end - a.end);
}

export function readSentence(
  input: AttributionInput,
  span: Span,
  figureIndexes: number[],
  mentions: readonly MentionRef[],
  dates: readonly DateMention[],
): SentenceContext {
  const { text } = input;
  const t = getTables();
  const korean = HANGUL.test(text.slice(span.start, span.end));
  const figures = figureIndexes.map((index) => ({
    index,
    money: input.money[index],
    end: groupEnd(text, input.money[index]),
  }));
  // A cue word inside a figure (`…원가` read across `5000원`) is not a cue.
  const outsideFigures = <T extends Span>(hits: T[]): T[] =>
    hits.filter((h) => !figures.some((f) => h.start < f.end && f.money.start < h.end));
  const measures = (korean ? t.koMeasures : t.enMeasures).findAll(text, span.start, span.end);
  const changes = (korean ? t.koChanges : t.enChanges).findAll(text, span.start, span.end);
  return {
    text,
    span,
    korean,
    figures,
    measures: outsideFigures(measures),
    changes: outsideFigures(changes),
    parties: korean ? outsideFigures(t.koParties.findAll(text, span.start, span.end)) : [],
    mentions: within(mentions, span),
    dates: within(dates, span).filter(
      (d) => !figures.some((f) => d.start < f.end && f.money.start < d.end),
    ),
  };
}

/** The last item ending at or before `pos`, or null (items sorted by start, not overlapping). */
export function lastBefore<T extends Span>(items: readonly T[], pos: number): T | null {
  let best: T | null = null;
  for (const it of items) {
    if (it.end <= pos) best = it;
    else if (it.start >= pos) break;
  }
  return best;
}
