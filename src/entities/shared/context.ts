/**
 * What a sentence says about the kind of thing it names. An ambiguous listed name (`카카오` is
 * also cacao, `아마존` the river, `Amazon` too) is kept when its sentence talks business or AI
 * models, the way a reader decides. Examples in tests/entities/corpus.ko.ts and corpus.en.ts.
 */
import type { EntityType } from '../../types.js';
import type { Candidate } from './candidate.js';

/** Words of a sentence about a company, or about a model, in either language. */
const TYPE_CONTEXT: Partial<Record<EntityType, RegExp>> = {
  company: new RegExp(
    [
      // Korean: announcing, launching, investing, dealing, earning, running a service
      '밝혔|발표|출시|공개|선보|투자|인수|합병|제휴|협력|손잡|협약|매출|영업이익|실적|주가|시가총액',
      '계열사|자회사|최고경영자|CEO|창업자|사업|신제품|플랫폼|서비스|고객|상장|지분|주주|이사회',
      // English
      '\\b(?:said|announced|launched|unveiled|released|shares|stock|revenue|profit|earnings|quarter',
      'chief executive|CEO|company|firm|acquire[ds]?|acquisition|invest(?:ed|ment|s)?|deal|customers',
      'platform|service|subsidiary|listed)\\b',
    ].join('|'),
  ),
  institute: new RegExp(
    [
      '연구진|연구팀|연구원들|교수|논문|학술지|연구 결과|졸업|재학|캠퍼스',
      '\\b(?:researchers?|professors?|study|studies|paper|university|campus|graduates?|students?|scientists?)\\b',
    ].join('|'),
  ),
  model: new RegExp(
    [
      '모델|인공지능|생성형|챗봇|LLM|파라미터|매개변수|추론|학습|버전|오픈소스',
      '\\b(?:model|models|AI|chatbot|LLM|parameters|reasoning|open-source|version|trained)\\b',
    ].join('|'),
  ),
};

/** Ends of the sentence around a span: a full stop, question or exclamation mark, or a line. */
function endsSentence(code: number): boolean {
  return code === 0x2e || code === 0x21 || code === 0x3f || code === 0x0a;
}
const REACH = 160;

/** Whether the sentence a weak listed name stands in talks about things of its type. */
export function contextSupports(text: string, c: Candidate): boolean {
  const cue = c.type ? TYPE_CONTEXT[c.type] : undefined;
  if (!cue) return false;
  let from = c.start;
  while (from > 0 && c.start - from < REACH && !endsSentence(text.charCodeAt(from - 1))) from--;
  let to = c.end;
  while (to < text.length && to - c.end < REACH && !endsSentence(text.charCodeAt(to))) to++;
  return cue.test(text.slice(from, c.start)) || cue.test(text.slice(c.end, to));
}
