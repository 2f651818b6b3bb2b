/**
 * The analyzer: loads the dictionary and the gazetteer once, then turns article texts into
 * records synchronously. Each stage is a plain function of the text (and of the stages before
 * it); this module only wires them together.
 */
import { createEntityExtractor, type EntityExtractor } from './entities/index.js';
import { SinmunError } from './errors.js';
import { contentId } from './io/content-id.js';
import { extractMoney } from './money/index.js';
import { createMorphology, type Morphology } from './morph/index.js';
import type { SharedDictionaryHandle } from './morph/dictionary.js';
import { analyzeMany as analyzeManyStream, type AnalyzeManyOptions } from './pipeline/stream.js';
import { detectLanguage } from './text/language.js';
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
  close(): void;
}

export async function createAnalyzer(options: AnalyzerOptions = {}): Promise<Analyzer> {
  const entities = await createEntityExtractor({ gazetteer: options.gazetteer });
  const morphology = await createMorphology({
    morphology: options.morphology,
    spacePenalty: options.spacePenalty,
    dictionaryPath: options.dictionaryPath,
    shared: options.sharedDictionary as SharedDictionaryHandle | undefined,
    userDictionary: {
      ...options.userDictionary,
      words: [...entities.userWords(), ...(options.userDictionary?.words ?? [])],
    },
  });
  return new ArticleAnalyzer(morphology, entities, options.maxLength ?? DEFAULT_MAX_LENGTH);
}

class ArticleAnalyzer implements Analyzer {
  private closed = false;

  constructor(
    private readonly morphology: Morphology,
    private readonly entities: EntityExtractor,
    private readonly maxLength: number,
  ) {}

  analyze(text: string, meta: AnalyzeMeta = {}): ArticleRecord {
    this.assertOpen();
    const warnings = [...(meta.warnings ?? []), ...validateText(text, this.maxLength)];
    const structure = parseStructure(text, { title: meta.title });
    const { paragraphs, title } = structure;
    const body: Span =
      paragraphs.length > 0
        ? { start: paragraphs[0].start, end: paragraphs[paragraphs.length - 1].end }
        : { start: 0, end: text.length };
    const lang = detectLanguage(text, body.start, body.end).lang;
    const sentences = paragraphs.flatMap((p) => splitSentences(text, p.start, p.end));

    const contentRegions: Span[] = title
      ? [{ start: title.start, end: title.end }, ...paragraphs]
      : [...paragraphs];
    const entityRegions = [...contentRegions, ...structure.bylineLines].sort(
      (a, b) => a.start - b.start,
    );

    // Morphemes are needed for Korean entities; the related-headline list after the article is skipped.
    const analysedEnd = structure.boilerplate ? structure.boilerplate.start : text.length;
    const hasHangul = countScripts(text, 0, analysedEnd).hangul > 0;
    const tokens = meta.tokens
      ? this.tokenize(text)
      : hasHangul
        ? this.tokenize(text.slice(0, analysedEnd))
        : undefined;

    const record: ArticleRecord = {
      id: meta.id ?? contentId(text),
      lang,
      ...(meta.omitText ? {} : { text }),
      title,
      byline: structure.byline,
      sentences,
      entities: this.entities.extract({ text, lang, regions: entityRegions, tokens }),
      money: extractMoney(text, { lang, regions: contentRegions }),
      ...(meta.tokens ? { tokens } : {}),
      warnings,
    };
    if (meta.url !== undefined) record.url = meta.url;
    if (meta.published !== undefined) record.published = meta.published;
    return record;
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
