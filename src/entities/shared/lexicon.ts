/**
 * The part of the gazetteer the extractor relies on, as a structural type, so that the rules can
 * be exercised with a small hand-made lexicon (or none) as well as with the real gazetteer.
 */
import type { EntityType, Span, UserWord } from '../../types.js';

/** A gazetteer entry as the extractor reads it. */
export interface LexiconEntry {
  canonical: string;
  type: EntityType;
  ko?: string[];
  aliases?: string[];
  wikidata?: string | null;
  /** Forms that are also ordinary words or name several things. */
  ambiguous?: string[];
}

/**
 * A gazetteer entry with every field the snapshot gives its entries (`snapshot.ts`), in the
 * order it writes them: objects built with the same fields in the same order share V8's hidden
 * class, so code optimised on listed entries keeps running on derived ones.
 */
interface ShapedEntry extends LexiconEntry {
  key: string;
  forms: string[];
  normalisedForms: string[];
  sources: string[];
}

/**
 * An entry read as another type or naming another thing (a country acting as its government,
 * `from` its place entry; a platform's service, no `from`): the snapshot's shape, not a spread
 * copy or a smaller literal, which give new hidden classes, and optimised code meeting one goes
 * back to the interpreter. What `from` does not give is empty, of the same kind.
 */
export function derivedEntry(
  from: LexiconEntry | undefined,
  canonical: string,
  type: EntityType,
  wikidata: string | null | undefined,
  ko: string[] | undefined,
  aliases: string[] | undefined,
): LexiconEntry {
  const f = from as Partial<ShapedEntry> | undefined;
  const entry: ShapedEntry = {
    key: f?.key ?? '',
    canonical,
    type,
    wikidata,
    ko,
    aliases,
    ambiguous: f?.ambiguous ?? [],
    forms: f?.forms ?? [],
    normalisedForms: f?.normalisedForms ?? [],
    sources: f?.sources ?? [],
  };
  return entry;
}

/** One occurrence of a listed name in a text. */
export interface LexiconMatch {
  entry: LexiconEntry;
  start: number;
  end: number;
  text: string;
  /** True when the surface is also a common word or names several things; needs context. */
  ambiguous?: boolean;
}

export interface Lexicon {
  lookup(surface: string): LexiconEntry | undefined;
  findAll(text: string, regions?: Span[]): LexiconMatch[];
  koreanWords(): UserWord[];
}

/** A lexicon that knows no names: the rules alone. */
export const EMPTY_LEXICON: Lexicon = {
  lookup: () => undefined,
  findAll: () => [],
  koreanWords: () => [],
};

/** Builds a lexicon from plain entries (used in tests and as a fallback). */
export function lexiconFromEntries(entries: LexiconEntry[]): Lexicon {
  const bySurface = new Map<string, LexiconEntry>();
  for (const e of entries) {
    for (const s of [e.canonical, ...(e.ko ?? []), ...(e.aliases ?? [])]) {
      if (!bySurface.has(s)) bySurface.set(s, e);
    }
  }
  const surfaces = [...bySurface.keys()].sort((a, b) => b.length - a.length);
  return {
    lookup: (s) => bySurface.get(s),
    findAll(text, regions) {
      const spans = regions && regions.length ? regions : [{ start: 0, end: text.length }];
      const out: LexiconMatch[] = [];
      for (const r of spans) {
        const taken: boolean[] = [];
        for (const s of surfaces) {
          let i = text.indexOf(s, r.start);
          while (i >= 0 && i + s.length <= r.end) {
            let free = true;
            for (let k = i; k < i + s.length; k++) if (taken[k - r.start]) free = false;
            if (free) {
              for (let k = i; k < i + s.length; k++) taken[k - r.start] = true;
              out.push({ entry: bySurface.get(s)!, start: i, end: i + s.length, text: s });
            }
            i = text.indexOf(s, i + 1);
          }
        }
      }
      return out.sort((a, b) => a.start - b.start);
    },
    koreanWords: () =>
      [...bySurface.keys()]
        .filter((s) => /^[\uac00-\ud7a3]+$/.test(s))
        .map((surface) => ({ surface, pos: 'NNP' })),
  };
}
