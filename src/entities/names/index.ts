/**
 * English names for people the gazetteer does not list: Korean names romanised as the press
 * writes them, Chinese names in pinyin (from Hanja or from their Korean transcription), Japanese
 * names in Hepburn — each only when the name's shape and the words around it agree on its origin.
 */
import type { Entity } from '../../types.js';
import { allHan } from '../shared/script.js';
import { hanjaSyllables, pinyinName } from './hanja.js';
import { japaneseFromHangul } from './japanese.js';
import { romanizeKorean, splitKoreanName } from './korean.js';
import { mandarinFromHangul, transcribeSyllable } from './mandarin.js';
import { JAPANESE_FAMILY_NAMES } from './origin-cues.js';
import { originCues, type OriginCues } from './origin.js';

export { romanizeKorean } from './korean.js';
export { mandarinFromHangul } from './mandarin.js';
export { japaneseFromHangul } from './japanese.js';
export { pinyinName } from './hanja.js';

const HANGUL_NAME = /^[가-힣]+(?: [가-힣]+){0,2}$/;

/** The Korean transcription of a Hanja name's pinyin (`李彦宏` → `리옌훙`), or null. */
function transcribedHanja(hanja: string): string | null {
  const syllables = hanjaSyllables(hanja, true);
  if (!syllables) return null;
  let out = '';
  for (const s of syllables) {
    const t = transcribeSyllable(s.replace(/ü/g, 'v'));
    if (!t) return null;
    out += t;
  }
  return out;
}

/**
 * A Hanja form of the person read in pinyin: when the Hangul form is its Korean transcription
 * (`리옌훙(李彦宏)`), or when there is no Hangul form and the sentence is about China. A Hangul
 * form that is not the transcription (`이재명(李在明)`, a Korean name; `런민넷(人民網)`, not a
 * name) leaves the Hangul rules to decide.
 */
function fromHanja(
  hanja: string[],
  hangul: string | undefined,
  cues: () => OriginCues,
): string | null {
  for (const h of hanja) {
    const pinyin = pinyinName(h);
    if (!pinyin) continue;
    if (hangul) {
      if (transcribedHanja(h) === hangul.replace(/ /g, '')) return pinyin;
      continue;
    }
    const c = cues();
    if (c.china && !c.notPinyin) return pinyin;
  }
  return null;
}

/** Japanese syllables a Korean given name never has: medial ㅋ ㅌ ㅊ-less shapes are left to the table. */
function japaneseInContext(name: string): string | null {
  const read = japaneseFromHangul(name);
  if (!read) return null;
  // a one-word name that is also a Korean name (`오노`) is Japanese only as a listed family name
  if (!name.includes(' ') && splitKoreanName(name) && romanizeKorean(name)) {
    return JAPANESE_FAMILY_NAMES.has(name) ? read : null;
  }
  return read;
}

/**
 * The English name of a person entity the gazetteer left without one, or null when the origin
 * is uncertain, the name is one syllable, or the mention names nobody (`김씨`, `A씨`).
 */
export function personCanonical(entity: Entity, text: string): string | null {
  const forms = [entity.name, ...entity.aliases];
  const hangul = forms.filter((f) => HANGUL_NAME.test(f)).sort((a, b) => b.length - a.length)[0];
  const hanja = forms.filter((f) => allHan(f));
  let cached: OriginCues | undefined;
  const cues = (): OriginCues => (cached ??= originCues(text, entity.mentions));
  if (hanja.length) {
    const fromChinese = fromHanja(hanja, hangul, cues);
    if (fromChinese) return fromChinese;
  }
  if (!hangul || hangul.length < 2) return null;
  const c = cues();
  // Taiwan, Hong Kong: neither pinyin nor a Korean name (`양조위` is Tony Leung's Korean reading)
  if (c.notPinyin) return null;
  // `로빈 데이아나(프랑스)`: a foreign name, whatever else the sentence is about
  if (c.otherNationality) return c.china || c.japan ? null : romanizeKorean(hangul);
  if (c.china) {
    const chinese = mandarinFromHangul(hangul);
    if (chinese) return chinese;
  }
  if (c.japan) {
    const japanese = japaneseInContext(hangul);
    if (japanese) return japanese;
  }
  const korean = romanizeKorean(hangul);
  if (!korean) return null;
  // `소프트뱅크 손정의`: a Korean reading of a Japanese person's name, not a Korean name
  return c.japaneseAffiliation ? null : korean;
}

/** Fills `canonical` of person entities that have none; listed people keep their listed names. */
export function nameUnlistedPeople(entities: Entity[], text: string): Entity[] {
  for (const e of entities) {
    if (e.type === 'person' && e.canonical === null) e.canonical = personCanonical(e, text);
  }
  return entities;
}
