/**
 * AI models with their versions where the gazetteer lists only the family or an older version
 * (`라마 3.1` beside the listed `라마 3`, `Qwen2.5` beside `Qwen`), and unlisted names given a
 * version right after a word that says they are models (`LLM 솔라 2`, `모델 '미드나잇 1.0'`),
 * each with the tier and size written after the version (`라마 3.1 405B`).
 */
import type { Candidate } from '../shared/candidate.js';
import type { Lexicon, LexiconMatch } from '../shared/lexicon.js';
import { modelTailLength } from '../shared/model-tail.js';
import { MODEL_HEADS, NOT_NAMES } from './word-sets.js';
import type { Word } from './words.js';

/** What may follow a listed model inside its word: a version (`.1` of `3.1`, `2.5`, `-4o`). */
const VERSION_REST = /^(?:[-.]?\d{1,2}(?:\.\d{1,2})*[a-z]{0,2}|-[a-z0-9]{1,6})$/;
/** A Latin family name and a version in one word: `Qwen2.5`, `Llama-3.1`. */
const FUSED_VERSION = /^([A-Za-z][A-Za-z]+)-?\d{1,2}(?:\.\d{1,2})*[a-z]?$/;
/** A version as a word of its own (`3.5`, `2`, `v2`). */
const VERSION_WORD = /^v?\d{1,2}(?:\.\d{1,2}){0,2}$/;
/** A model's name: Latin or Hangul letters, a fused version allowed (`솔라2`, `Qwen2.5`). */
const NAME = /^[A-Za-z가-힣][A-Za-z가-힣-]*(?:\d{1,2}(?:\.\d{1,2})*[a-z]?)?$/;

/**
 * Model candidates of one region. `words` are its words in order, `matches` its listed names.
 */
function isAsciiLetter(c: number): boolean {
  return (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
}

export function modelMentions(
  text: string,
  words: Word[],
  matches: LexiconMatch[],
  lexicon: Lexicon,
): Candidate[] {
  const out: Candidate[] = [];
  // `Qwen2.5`, `Llama-3.1`: a listed family with a fused version, a word the gazetteer's matcher
  // does not cut
  for (const w of words) {
    // the pattern opens with a Latin letter: Korean words are not run through it
    const fused = isAsciiLetter(w.text.charCodeAt(0)) ? FUSED_VERSION.exec(w.text) : null;
    const entry = fused ? lexicon.lookup(fused[1]) : undefined;
    if (entry?.type !== 'model') continue;
    out.push({
      start: w.start,
      end: w.end,
      text: w.text,
      type: 'model',
      source: 'gazetteer',
      entry,
    });
  }
  // a listed model continued by a version inside the word it ends in
  let k = 0;
  for (const m of matches) {
    if (m.entry.type !== 'model') continue;
    while (k < words.length && words[k].wordEnd <= m.end) k++;
    const w = words[k];
    if (!w || w.start >= m.end || w.end <= m.end) continue;
    if (!VERSION_REST.test(text.slice(m.end, w.end))) continue;
    out.push({
      start: m.start,
      end: w.end,
      text: text.slice(m.start, w.end),
      type: 'model',
      source: 'gazetteer',
      entry: m.entry,
    });
  }
  // `LLM 솔라 2`, `모델 솔라2`: an unlisted name and its version after a word that says "model"
  for (let i = 1; i < words.length; i++) {
    const head = words[i - 1];
    if (head.tail !== '' && head.tail !== '인' && head.tail !== '의') continue;
    if (!MODEL_HEADS.has(head.text) || text.slice(head.wordEnd, words[i].start).trim() !== '')
      continue;
    const w = words[i];
    // the whole word: before a version nothing is a particle (`누리온` is not 누리 + 온)
    const name = text.slice(w.start, w.wordEnd);
    if (!NAME.test(name) || NOT_NAMES.has(name)) continue;
    let end = /\d[a-z]?$/.test(w.text) ? w.end : -1;
    const next = words[i + 1];
    if (end < 0 && next && next.start === w.wordEnd + 1) {
      if (VERSION_WORD.test(next.text)) end = next.end;
    }
    if (end < 0) continue;
    out.push({
      start: w.start,
      end,
      text: text.slice(w.start, end),
      type: 'model',
      source: 'cue',
    });
  }
  // each ends in its version: a tier or a size after it is part of the name (`라마 3.1 405B`)
  for (const c of out) {
    const len = modelTailLength(text.slice(c.end, c.end + 16));
    if (len === 0) continue;
    c.end += len;
    c.text = text.slice(c.start, c.end);
  }
  return out;
}
