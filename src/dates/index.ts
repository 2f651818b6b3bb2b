/**
 * Dates and periods in Korean and English text as ISO values (see the record contract's Date
 * section). Usable alone: `extractDates(text, { reference: '2024-03-19' })`.
 */
import { SinmunError } from '../errors.js';
import type { DateMention, Span } from '../types.js';
import { parseReference } from './calendar.js';
import { EN_RULES } from './rules.en.js';
import { KO_RULES } from './rules.ko.js';
import { compileRules } from './matcher.js';
import { scanDates } from './scan.js';

export interface ExtractDatesOptions {
  /**
   * `ko`, `en`, …: accepted as `extractMoney` accepts it; both languages' forms are always read
   * (a Korean article quotes `Q3`, an English one `2024-03-19`).
   */
  lang?: string;
  /**
   * The date relative expressions resolve against: the article's publication date
   * (`2024-03-19`, `2024-03-19T09:00:00+09:00`, a `Date`). Without it they keep `value: null`.
   */
  reference?: string | Date | null;
  /** Only look inside these spans; offsets stay offsets into the full text. */
  regions?: Span[];
  /** Spans that hold no date (the article's money figures). */
  exclude?: Span[];
}

let compiled: ReturnType<typeof compileRules> | null = null;

/** Every date and period in `text`, in reading order. */
export function extractDates(text: string, options: ExtractDatesOptions = {}): DateMention[] {
  if (typeof text !== 'string') {
    throw new SinmunError('INVALID_INPUT', 'extractDates expects a string');
  }
  compiled ??= compileRules([...KO_RULES, ...EN_RULES]);
  const ref = parseReference(options.reference);
  const regions = options.regions ?? [{ start: 0, end: text.length }];
  const found: DateMention[] = [];
  for (const r of regions) {
    const start = Math.max(0, r.start);
    const end = Math.min(text.length, r.end);
    if (start < end) scanDates(compiled, text, start, end, ref, found);
  }
  found.sort((a, b) => a.start - b.start);
  return options.exclude ? outside(found, options.exclude) : found;
}

/** The mentions that overlap no excluded span; both lists are walked once. */
function outside(found: DateMention[], exclude: Span[]): DateMention[] {
  const ex = [...exclude].sort((a, b) => a.start - b.start);
  const out: DateMention[] = [];
  let j = 0;
  for (const d of found) {
    while (j < ex.length && ex[j].end <= d.start) j++;
    if (j < ex.length && ex[j].start < d.end) continue;
    out.push(d);
  }
  return out;
}

export type { DateMention } from '../types.js';
