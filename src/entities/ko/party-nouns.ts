/**
 * Countries acting as parties in nominal forms, where no verb of theirs follows: `이스라엘의
 * 공격`, `북한의 핵실험`, `중국과 러시아의 거부권 행사`, and coordinated subjects, `캄보디아와 태국이
 * … 해결하지 못했다`. A place owning something else (`이스라엘의 수도`, `중국의 도시`) stays a place.
 * The nouns are a table beside its corpus of examples (tests/entities/corpus.party-nouns.ts).
 */
import { EndingTable } from '../shared/endings.js';
import { KO_PARTY_PARTICLES } from './cues.js';
import type { Word } from './words.js';

/**
 * What only a party does or has, as the noun after `X의`: acts of force and pressure, talks and
 * dealings, decisions and statements, stances and policy, aid and investment, a side's result.
 * Matched at the end of the word (`핵실험`, `핵협상`, `항일전쟁승리`).
 */
export const KO_PARTY_NOUNS: readonly string[] = [
  // force and pressure
  '공격',
  '반격',
  '공습',
  '침공',
  '포격',
  '도발',
  '위협',
  '제재',
  '보복',
  '압박',
  '핵실험',
  '핵개발',
  // talks and dealings
  '회담',
  '협상',
  '합의',
  '제안',
  '요구',
  '요청',
  '거부권',
  '협력',
  // decisions, statements, stances
  '결정',
  '발표',
  '조치',
  '입장',
  '정책',
  '방침',
  '대응',
  '의도',
  '불만',
  '반발',
  '신고',
  '주장',
  // aid and money
  '지원',
  '원조',
  '투자',
  // a side's result in a match or war
  '승리',
  '패배',
  '자책골',
];

/**
 * What two countries coordinated as subject do together (`캄보디아와 태국이 … 분쟁`, `레바논과
 * 시리아는 … 독립한`), besides the verbs of one party acting: without one, two places as subject
 * are where something is (`서울과 부산은 비가 오겠다`).
 */
export const KO_JOINT_ACTS =
  /분쟁|갈등|대립|충돌|교전|독립|수교|동맹|체결|합의|협의|협상|협력|회담|논의|해결|발표|밝혔|결정|제재|요구|선언/;

const NOUNS = new EndingTable(Object.fromEntries(KO_PARTY_NOUNS.map((n) => [n, true])));

/** Particles of a word coordinated with the next one (`북한과 미국의`, `캄보디아와 태국이`). */
const AND = new Set(['와', '과']);

/**
 * Whether the place at word `i` acts in a nominal form. `place(k)` tells whether word `k` is a
 * place as a whole word; `actsIn(w, verbs)` whether one of `verbs` ends the clause of word `w`
 * as its subject.
 */
export function actsNominally(
  text: string,
  words: Word[],
  i: number,
  place: (k: number) => boolean,
  actsIn: (w: Word, verbs: RegExp) => boolean,
): boolean {
  const w = words[i];
  if (w.tail === '의') return partyNounAfter(text, words, i);
  if (AND.has(w.tail)) {
    // `북한과 미국의 회담`, `캄보디아와 태국이 … 분쟁`: the next place's reading is this one's too
    const j = i + 1;
    if (!adjacent(text, words, i) || !place(j)) return false;
    const y = words[j];
    if (y.tail === '의') return partyNounAfter(text, words, j);
    return KO_PARTY_PARTICLES.has(y.tail) && actsIn(y, KO_JOINT_ACTS);
  }
  // `캄보디아와 태국이 … 분쟁`: the second of two places coordinated as subject
  if (KO_PARTY_PARTICLES.has(w.tail) && i > 0 && AND.has(words[i - 1].tail)) {
    return adjacent(text, words, i - 1) && place(i - 1) && actsIn(w, KO_JOINT_ACTS);
  }
  return false;
}

/** The word after word `i` (one space on) ends in a party noun. */
function partyNounAfter(text: string, words: Word[], i: number): boolean {
  // one word only: `미국의 선제 공격` in a market column is a figure of speech
  return adjacent(text, words, i) && partyNoun(words[i + 1].text);
}

function partyNoun(word: string): boolean {
  return NOUNS.mayEnd(word) && NOUNS.longest(word) !== undefined;
}

/** Word `i + 1` follows word `i` after one space. */
function adjacent(text: string, words: Word[], i: number): boolean {
  const n = words[i + 1];
  return n !== undefined && n.start === words[i].wordEnd + 1 && text[words[i].wordEnd] === ' ';
}
