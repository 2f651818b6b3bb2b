/**
 * Named entities of an article: candidates from Korean morphemes or English text, typed by cue
 * tables, checked against the gazetteer, resolved into mentions and grouped into entities.
 */
import { SinmunError } from '../errors.js';
import type { Entity, GazetteerEntry, Span, Token, UserWord } from '../types.js';
import type { Candidate } from './shared/candidate.js';
import { englishCandidates } from './en/rules.js';
import { Gazetteer } from './gazetteer/gazetteer.js';
import { decodeSnapshot } from './gazetteer/snapshot.js';
import { builtInSnapshot, builtInSnapshotIndex } from './gazetteer/snapshot-file.js';
import { groupMentions } from './shared/group.js';
import { koreanCandidates } from './ko/rules.js';
import { nameUnlistedPeople } from './names/index.js';
import type { Lexicon } from './shared/lexicon.js';
import { resolveMentions } from './shared/resolve.js';
import { clipSpans } from './shared/clip-spans.js';

export type { Lexicon, LexiconEntry, LexiconMatch } from './shared/lexicon.js';
export { EMPTY_LEXICON, lexiconFromEntries } from './shared/lexicon.js';

export interface ExtractInput {
  /** The article text; every offset refers to it. */
  text: string;
  /** ISO 639-1 of the body (`ko`, `en`, …). */
  lang: string;
  /** Stretches of the article to look in: title, body, byline — not trailing boilerplate. */
  regions: Span[];
  /** Korean morphemes of the regions, offsets into `text`; needed for Korean text. */
  tokens?: Token[];
}

export interface EntityExtractor {
  /** One entity per distinct thing named in the regions, with all its mentions in order. */
  extract(input: ExtractInput): Entity[];
  /** Korean names to teach the morphology user dictionary so that they are not split. */
  userWords(): UserWord[];
}

export interface EntityExtractorOptions {
  /** Extra gazetteer entries, or a path to a JSON file of them. */
  gazetteer?: string | GazetteerEntry[];
  /** The built-in snapshot's memory from `shareGazetteer()` in another thread. */
  shared?: SharedArrayBuffer;
}

/**
 * Loads the gazetteer and returns an extractor. The built-in gazetteer comes from the snapshot
 * the build wrote (or shared memory holding it); user entries, or no snapshot, mean indexing the
 * JSON data here.
 */
export async function createEntityExtractor(
  opts: EntityExtractorOptions = {},
): Promise<EntityExtractor> {
  if (opts.gazetteer === undefined) {
    // the built-in snapshot is read as it is used; shared memory was read whole by its owner
    const index = opts.shared
      ? decodeSnapshot(new Uint8Array(opts.shared))
      : builtInSnapshotIndex();
    if (index) return extractorWith(Gazetteer.fromIndex(index));
  }
  return extractorWith(await Gazetteer.load(opts.gazetteer));
}

/** The built-in snapshot's shared memory for worker threads, or null without a snapshot. */
export function shareGazetteer(): SharedArrayBuffer | null {
  const bytes = builtInSnapshot();
  return bytes && bytes.buffer instanceof SharedArrayBuffer ? bytes.buffer : null;
}

/** An extractor over any lexicon (the gazetteer, a hand-made one, or none). */
export function extractorWith(lexicon: Lexicon): EntityExtractor {
  return {
    extract: (input) => extractEntities(input, lexicon),
    userWords: () => lexicon.koreanWords(),
  };
}

function extractEntities(input: ExtractInput, lexicon: Lexicon): Entity[] {
  const { text, lang } = input;
  if (typeof text !== 'string') throw new SinmunError('INVALID_INPUT', 'text must be a string');
  const regions = cleanRegions(input.regions, text.length);
  if (regions.length === 0) return [];
  const matches = lexicon.findAll(text, regions);
  let candidates: Candidate[];
  if (lang === 'en') {
    candidates = englishCandidates(text, regions, matches, true);
  } else if (input.tokens) {
    const tokens = sortedByStart(input.tokens);
    candidates = koreanCandidates(text, regions, tokens, lexicon, matches);
  } else {
    // no morphemes: listed names and Latin-script patterns only
    candidates = englishCandidates(text, regions, matches, false);
  }
  const mentions = resolveMentions(text, candidates);
  return nameUnlistedPeople(groupMentions(mentions, candidates, lexicon, lang), text);
}

/** Regions clipped to the text, sorted, overlaps merged. */
function cleanRegions(regions: Span[], length: number): Span[] {
  if (!Array.isArray(regions))
    throw new SinmunError('INVALID_INPUT', 'regions must be an array of spans');
  return clipSpans(regions, length, true);
}

/** The tokens in start order; morphology already gives them so, and then they are not copied. */
function sortedByStart(tokens: Token[]): Token[] {
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].start < tokens[i - 1].start) return [...tokens].sort((a, b) => a.start - b.start);
  }
  return tokens;
}
