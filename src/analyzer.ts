/**
 * The analyzer: loads the dictionary and the gazetteer once, then turns article texts into
 * records synchronously. Each stage is a plain function of the text (and of the stages before
 * it); this module only wires them together.
 */
import { attributeMoney, readingSpans } from './attribution/index.js';
import { createEntityExtractor, shareGazetteer, type EntityExtractor } from './entities/index.js';
import { SinmunError } from './errors.js';
import { contentId } from './io/content-id.js';
import { mergeEntities } from './entities/shared/merge.js';
import { extractDates } from './dates/index.js';
import { extractMoney } from './money/index.js';
import { createMorphology, type Morphology } from './morph/index.js';
import type { SharedDictionaryHandle } from './morph/dictionary.js';
import type { Lattice } from './morph/lattice.js';
import { builtInSnapshotHash } from './entities/gazetteer/snapshot-file.js';
import { snapshotDataHash } from './entities/gazetteer/snapshot.js';
import { gazetteerWordLexicon } from './entities/gazetteer/words-file.js';
import { analyzeMany as analyzeManyStream, type AnalyzeManyOptions } from './pipeline/stream.js';
import { detectLanguage, isKorean } from './text/language.js';
import { countScripts } from './text/scripts.js';
import { splitSentences } from './text/sentences.js';
import { parseStructure } from './text/structure.js';
import { DEFAULT_MAX_LENGTH, validateText } from './text/validate.js';
import type {
  AnalyzeMeta,
  AnalyzerOptions,
  ArticleInput,
  ArticleRecord,
  Span,
  Token,
} from './types.js';

export interface Analyzer {
  /** Analyses one article. Throws a `SinmunError` for input that cannot be analysed. */
  analyze(text: string, meta?: AnalyzeMeta): ArticleRecord;
  /** Korean morphemes of `text` (gazetteer names kept whole), offsets into `text`. */
  tokenize(text: string): Token[];
  /** Records for many articles, in input order; a bad article becomes an error record. */
  analyzeMany(
    source: Iterable<string | ArticleInput> | AsyncIterable<string | ArticleInput>,
    options?: AnalyzeManyOptions,
  ): AsyncIterable<ArticleRecord>;
  /** A structured-cloneable handle to the loaded dictionary, for `createAnalyzer({ sharedDictionary })` in a worker thread. */
  shareDictionary(): unknown;
  /**
   * The built-in gazetteer's snapshot as shared memory, for `createAnalyzer({ sharedGazetteer })`
   * in a worker thread; null without a snapshot (sources not built) or with user entries.
   */
  shareGazetteer(): unknown;
  close(): void;
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const shared =
    options.sharedGazetteer instanceof SharedArrayBuffer ? options.sharedGazetteer : undefined;
  const entities = await createEntityExtractor({ gazetteer: options.gazetteer, shared });
  // the data hash the built-in names were compiled for (null with user entries)
  const snapshotHash =
    options.gazetteer !== undefined
      ? null
      : shared
        ? snapshotDataHash(new Uint8Array(shared))
        : builtInSnapshotHash();
  const morphology = await createMorphology({
    morphology: options.morphology,
    spacePenalty: options.spacePenalty,
    dictionaryPath: options.dictionaryPath,
    shared: options.sharedDictionary as SharedDictionaryHandle | undefined,
    userDictionary: options.userDictionary,
    // The gazetteer's names, so that the morphology does not cut them (precompiled by the build).
    lexicons: (dict) => [gazetteerWordLexicon(dict, snapshotHash, () => entities.userWords())],
  });
  return new ArticleAnalyzer(
    morphology,
    entities,
    options.maxLength ?? DEFAULT_MAX_LENGTH,
    options.gazetteer !== undefined,
  );
}

class ArticleAnalyzer implements Analyzer {
  private closed = false;

  constructor(
    private readonly morphology: Morphology,
    private readonly entities: EntityExtractor,
    private readonly maxLength: number,
    private readonly userGazetteer: boolean,
  ) {}

  analyze(text: string, meta: AnalyzeMeta = {}): ArticleRecord {
    return this.analyzeWith(text, meta);
  }

  /** `analyze`, taking the morphemes from `given` where it has them. */
  analyzeWith(text: string, meta: AnalyzeMeta, given?: GivenMorphemes): ArticleRecord {
    this.assertOpen();
    const warnings = [...(meta.warnings ?? []), ...validateText(text, this.maxLength)];
    const structure = parseStructure(text, { title: meta.title });
    const { paragraphs, title } = structure;
    const body: Span =
      paragraphs.length > 0
        ? { start: paragraphs[0].start, end: paragraphs[paragraphs.length - 1].end }
        : { start: 0, end: text.length };
    const lang = bodyLanguage(text, body, paragraphs);
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));

    const contentRegions: Span[] = title
      ? [{ start: title.start, end: title.end }, ...paragraphs]
      : [...paragraphs];
    const entityRegions = [...contentRegions, ...structure.bylineLines].sort(
      (a, b) => a.start - b.start,
    );

    const part = tokenizedPart(text, meta, structure.boilerplate);
    const tokens = part === undefined ? undefined : (given?.(part) ?? this.tokenize(part));

    const entities = this.extractEntities(text, lang, entityRegions, tokens);
    const found = extractMoney(text, { lang, regions: contentRegions });
    const dates = extractDates(text, {
      lang,
      regions: contentRegions,
      reference: meta.published,
      exclude: found,
    });
    const money = attributeMoney({
      text,
      sentences: readingSpans(title, sentences),
      entities,
      money: found,
      dates,
    });
    const record: ArticleRecord = {
      id: meta.id ?? contentId(text),
      lang,
      ...(meta.omitText ? {} : { text }),
      title,
      byline: structure.byline,
      sentences,
      entities,
      money,
      dates,
      ...(meta.tokens ? { tokens } : {}),
      warnings,
    };
    if (meta.url !== undefined) record.url = meta.url;
    if (meta.published !== undefined) record.published = meta.published;
    return record;
  }

  /**
   * Korean and English paragraphs need different rules; an article mixing them (an English
   * report quoting a Korean statement) is read region by region in its own language.
   */
  private extractEntities(text: string, lang: string, regions: Span[], tokens?: Token[]) {
    const english: Span[] = [];
    const other: Span[] = [];
    // The script settles it without franc: only Korean-or-not and English-or-not matter here.
    const latinBody = lang !== 'en' && !['ko', 'ja', 'zh', 'und'].includes(lang);
    for (const r of regions) {
      const c = countScripts(text, r.start, r.end);
      const latinRegion = c.letters >= 10 && c.latin / c.letters >= 0.8 && c.hangul === 0;
      (latinRegion && !latinBody ? english : other).push(r);
    }
    if (english.length === 0 || other.length === 0) {
      return this.entities.extract({ text, lang, regions, tokens });
    }
    const otherLang = lang === 'en' ? 'ko' : lang;
    return mergeEntities(
      [
        this.entities.extract({ text, lang: otherLang, regions: other, tokens }),
        this.entities.extract({ text, lang: 'en', regions: english, tokens }),
      ],
      // The name in the article's own script is the preferred one.
      (a, b) =>
        isKorean(b.name) === (lang === 'ko') && isKorean(a.name) !== (lang === 'ko') ? b : a,
    );
  }

  get lattice(): Lattice | null {
    return this.morphology.lattice;
  }

  tokenize(text: string): Token[] {
    this.assertOpen();
    return this.morphology.tokenize(text);
  }

  analyzeMany(
    source: Iterable<string | ArticleInput> | AsyncIterable<string | ArticleInput>,
    options?: AnalyzeManyOptions,
  ): AsyncIterable<ArticleRecord> {
    return analyzeManyStream(this, source, options);
  }

  shareDictionary(): unknown {
    this.assertOpen();
    return this.morphology.share();
  }

  shareGazetteer(): unknown {
    this.assertOpen();
    return this.userGazetteer ? null : shareGazetteer();
  }

  close(): void {
    if (this.closed) return;
    this.closed = true;
    this.morphology.close();
  }

  private assertOpen(): void {
    if (this.closed)
      throw new SinmunError('ANALYZER_CLOSED', 'this analyzer was closed; create a new one');
  }
}

/**
 * Morphemes found elsewhere (the staged pipeline's other thread) for `part`, the text `analyze`
 * tokenizes; undefined where there are none for it, and the analyzer tokenizes it itself.
 */
export type GivenMorphemes = (part: string) => Token[] | undefined;

/**
 * `analyzer.analyze(text, meta)` with the morphemes `given` has (internal: src/pipeline/stage-worker.ts).
 * Any other `Analyzer` analyses as usual, so the record never depends on `given`.
 */
export function analyzeWithMorphemes(
  analyzer: Analyzer,
  text: string,
  meta: AnalyzeMeta,
  given: GivenMorphemes,
): ArticleRecord {
  return analyzer instanceof ArticleAnalyzer
    ? analyzer.analyzeWith(text, meta, given)
    : analyzer.analyze(text, meta);
}

/** The lattice an analyzer tokenizes with; null for the mecab-ya backend or another `Analyzer`. */
export function latticeOf(analyzer: Analyzer): Lattice | null {
  return analyzer instanceof ArticleAnalyzer ? analyzer.lattice : null;
}

/**
 * The text `analyze` tokenizes: all of it when the record carries its tokens; else, since
 * morphemes are needed for Korean entities, the text up to the trailing boilerplate (the
 * related-headline list after the article) when there is Hangul before it; else none. The staged
 * pipeline (src/pipeline/stage-worker.ts) tokenizes the same part on another thread.
 */
export function tokenizedPart(
  text: string,
  meta: AnalyzeMeta,
  boilerplate: Span | null,
): string | undefined {
  if (meta.tokens) return text;
  const end = boilerplate ? boilerplate.start : text.length;
  return countScripts(text, 0, end).hangul > 0 ? text.slice(0, end) : undefined;
}

/**
 * The body's language is that of most of its text: an English report quoting one Korean
 * paragraph is English, though Hangul weighs heavily in a single mixed line.
 */
function bodyLanguage(text: string, body: Span, paragraphs: Span[]): string {
  let korean = 0;
  let total = 0;
  let longestOther: Span | null = null;
  for (const p of paragraphs) {
    const len = p.end - p.start;
    total += len;
    if (isKorean(text, p.start, p.end)) korean += len;
    else if (!longestOther || len > longestOther.end - longestOther.start) longestOther = p;
  }
  if (longestOther && korean * 2 < total)
    return detectLanguage(text, longestOther.start, longestOther.end).lang;
  return detectLanguage(text, body.start, body.end).lang;
}
