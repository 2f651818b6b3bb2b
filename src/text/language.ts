/**
 * Language identification: the writing system decides first, franc only among languages that
 * share a script. franc alone misreads short or mixed news (English tech prose as Scots, a Korean
 * line full of Latin company names as anything), so it never sees what the script already settles.
 */
import { createRequire } from 'node:module';
import type * as Franc from 'franc';
import type { LanguageGuess } from '../types.js';
import { englishMarkers } from './english-markers.js';
import { hasOwnWord, languagesWithOwnWords } from './latin-own-words.js';
import { countScripts, type ScriptCounts } from './scripts.js';

let franc: typeof Franc | undefined;

/**
 * franc, loaded the first time Latin or Cyrillic text needs it: at import it builds a table of
 * every language's trigrams (~20 ms, and ~350 KB of code to read), and Korean text never asks.
 * The build ships it as its own CommonJS file beside the bundle (`src/text/franc-bundle.ts`),
 * which loads synchronously on every Node 20; the sources (tests, benches) have no such file and
 * load the package itself (`require` of an ES module, Node 20.19 and later).
 */
function loadFranc(): typeof Franc {
  if (franc) return franc;
  const require = createRequire(import.meta.url);
  try {
    franc = require('./franc.cjs') as typeof Franc;
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'MODULE_NOT_FOUND') throw err;
    franc = require('franc') as typeof Franc;
  }
  return franc;
}

/** franc's ISO 639-3 codes we let it choose among for Latin script, with their ISO 639-1 codes. */
const LATIN_LANGUAGES: Record<string, string> = {
  eng: 'en',
  fra: 'fr',
  deu: 'de',
  spa: 'es',
  por: 'pt',
  ita: 'it',
  nld: 'nl',
  swe: 'sv',
  dan: 'da',
  nob: 'no',
  fin: 'fi',
  pol: 'pl',
  ces: 'cs',
  tur: 'tr',
  ind: 'id',
  vie: 'vi',
  ron: 'ro',
  hun: 'hu',
};
const CYRILLIC_LANGUAGES: Record<string, string> = { rus: 'ru', ukr: 'uk', bul: 'bg', srp: 'sr' };

/** Weighted Hangul share (see koreanShare) from which a passage is Korean. */
const KOREAN_SHARE = 0.3;

/**
 * Korean prose carries Latin names and Hanja glosses. A Hangul syllable carries about as much as
 * a short Latin word, so syllables weigh four Latin letters.
 */
function koreanShare(s: ScriptCounts): number {
  const hangul = s.hangul * 2;
  const rest = s.latin * 0.5 + s.han + s.cyrillic + s.kana + s.other;
  return hangul + rest === 0 ? 0 : hangul / (hangul + rest);
}

/** Whether `text[start, end)` reads as Korean, by script alone (no franc). */
export function isKorean(text: string, start = 0, end = text.length): boolean {
  const s = countScripts(text, start, end);
  return s.hangul > 0 && koreanShare(s) >= KOREAN_SHARE;
}

/** Fewer letters than this and we answer `und`: nothing reliable can be said. */
const MIN_LETTERS = 10;
/** Below this many Latin letters, franc is guessing; English is the usual case in news. */
const MIN_FRANC_LETTERS = 40;

export function detectLanguage(text: string, start = 0, end = text.length): LanguageGuess {
  const s = countScripts(text, start, end);
  if (s.letters < MIN_LETTERS && s.hangul < 2) return { lang: 'und', confidence: 0 };
  const share = (n: number) => n / s.letters;

  const koShare = koreanShare(s);
  if (s.hangul > 0 && koShare >= KOREAN_SHARE) return { lang: 'ko', confidence: round(koShare) };
  if (s.kana > 0 && share(s.kana + s.han) >= 0.5)
    return { lang: 'ja', confidence: round(share(s.kana + s.han)) };
  if (share(s.han) >= 0.5 && s.hangul === 0 && s.kana === 0)
    return { lang: 'zh', confidence: round(share(s.han)) };
  if (share(s.cyrillic) >= 0.5)
    return francAmong(text.slice(start, end), CYRILLIC_LANGUAGES, 'ru', share(s.cyrillic));
  if (share(s.latin) >= 0.5) {
    const value = text.slice(start, end);
    if (s.latin >= MIN_FRANC_LETTERS)
      return francAmong(value, LATIN_LANGUAGES, 'en', share(s.latin));
    // Too short for trigrams alone: English unless the words say another language's own.
    const others = languagesWithOwnWords(value);
    if (others.length === 0) return { lang: 'en', confidence: 0.5 };
    return francAmong(value, latinSubset(others), 'en', share(s.latin) * 0.5);
  }
  if (s.hangul > 0 && s.hangul >= s.latin)
    return { lang: 'ko', confidence: round(share(s.hangul)) };
  return { lang: 'und', confidence: 0 };
}

/** LATIN_LANGUAGES narrowed to the given ISO 639-1 codes, plus English. */
function latinSubset(codes: readonly string[]): Record<string, string> {
  const subset: Record<string, string> = { eng: 'en' };
  for (const [iso3, iso1] of Object.entries(LATIN_LANGUAGES))
    if (codes.includes(iso1)) subset[iso3] = iso1;
  return subset;
}

function francAmong(
  value: string,
  table: Record<string, string>,
  fallback: string,
  scriptShare: number,
): LanguageGuess {
  const only = Object.keys(table);
  const ranked = loadFranc().francAll(value, { only, minLength: 1 });
  const [best, second] = ranked;
  if (!best || best[0] === 'und') return { lang: fallback, confidence: round(scriptShare * 0.5) };
  if (best[0] !== 'eng' && table !== CYRILLIC_LANGUAGES) {
    if (readsAsEnglish(value) || !hasOwnWord(value, table[best[0]] ?? fallback))
      return { lang: 'en', confidence: round(scriptShare * 0.5) };
  }
  // francAll scores the best candidate 1 and the rest relative to it; the gap is the confidence.
  const gap = second ? 1 - second[1] : 1;
  return {
    lang: table[best[0]] ?? fallback,
    confidence: round(scriptShare * Math.min(1, 0.5 + gap * 5)),
  };
}

/** At least this many English marker words, and one in every this many words. */
const MIN_MARKERS = 2;
const WORDS_PER_MARKER = 12;

/**
 * Whether a Latin passage franc gives to another language is English after all: it carries
 * English-only words (see english-markers.ts) often enough. franc's own ranking is no guide on
 * such passages: on `Jensen Huang, chief executive of Nvidia, said demand remained strong.` it
 * does not even place English in its first four.
 */
function readsAsEnglish(value: string): boolean {
  const { markers, words } = englishMarkers(value);
  return markers >= MIN_MARKERS && markers * WORDS_PER_MARKER >= words;
}

function round(x: number): number {
  return Math.round(Math.min(1, Math.max(0, x)) * 1000) / 1000;
}
