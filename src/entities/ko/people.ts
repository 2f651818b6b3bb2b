/**
 * People news names without a full name: a surname or a letter with `씨`, `모씨`, `모(33)씨`, `군`,
 * `양`, or a title (`김모(33)씨`, `A(22·여)씨`, `B 씨`, `박 대표`, `박 전 대통령`). The mention is the
 * surname or letter alone, as KLUE spans it; what stands beside it (age, title) goes with the
 * candidate so that grouping can tell two such people apart.
 */
import type { Span } from '../../types.js';
import type { Candidate } from '../shared/candidate.js';
import { titleOnSurname } from './attached-titles.js';
import { KO_NAMELESS_APPELLATIONS, KO_SURNAMES } from './cues.js';
import { PERSON_TITLES } from './word-sets.js';
import type { Word } from './words.js';

/**
 * Surnames that are also determiners or prefixes before a title (`이 대표` "this representative",
 * `전 대표` "the former representative", `현 회장`): taken only when the article names a person
 * with that surname in full.
 */
const DETERMINER_SURNAMES: ReadonlySet<string> = new Set([
  '이',
  '전',
  '현',
  '고',
  '주',
  '각',
  '부',
]);

/** Last characters of the appellations: most words end otherwise and are not compared. */
const APPELLATION_LAST = new Set(KO_NAMELESS_APPELLATIONS.map((a) => a.charCodeAt(a.length - 1)));

/**
 * Words of a surname and `씨` that are common nouns: a family name, Fahrenheit, "buddy", "all of
 * you", name-changing (`창씨개명`), "someone".
 */
const SURNAME_SSI_WORDS: ReadonlySet<string> = new Set([
  '성씨',
  '화씨',
  '형씨',
  '제씨',
  '창씨',
  '모씨',
]);

/** The age (and sex) in parentheses: `(33)`, `(33·여)`, `(여·33)`, `(22, 여)`. */
const AGE = /^\((\d{1,3})(?:[·,]\s?[가-힣]{1,3})?\)|^\([가-힣]{1,3}·(\d{1,3})\)/;
interface Head {
  initial: string;
  /** `모` was written after the initial. */
  mo: boolean;
}

/** The longest surname: a longer word (with `모`, one more) is no head, and is not hashed. */
const LONGEST_SURNAME = Math.max(...[...KO_SURNAMES].map((s) => s.length));

function headOf(word: string): Head | undefined {
  if (word.length > LONGEST_SURNAME + 1) return undefined;
  // `김모`, `K모`: the initial and `모` ("so-and-so"); else the surname or letter alone
  const mo = word.length > 1 && word.endsWith('모');
  const initial = mo ? word.slice(0, -1) : word;
  // `모` alone is "someone" (`모 씨`, `박 모 씨`) far more often than the surname
  if (isLetter(initial) || (KO_SURNAMES.has(initial) && initial !== '모')) return { initial, mo };
  return undefined;
}

/**
 * Nameless people of one region's words. `out` holds the candidates found so far: a determiner
 * surname needs one of them to be a person with that surname in full.
 */
export function namelessPeople(
  text: string,
  region: Span,
  words: Word[],
  out: readonly Candidate[],
): Candidate[] {
  const found: Candidate[] = [];
  let fullSurnames: Set<string> | undefined;
  const namedInFull = (initial: string): boolean => {
    fullSurnames ??= new Set(
      out
        .filter((c) => c.type === 'person' && !c.nameless && /^[가-힣]{2,4}$/.test(c.text))
        .map((c) => c.text[0]),
    );
    return fullSurnames.has(initial);
  };
  const personEnds = new Set(out.filter((c) => c.type === 'person').map((c) => c.end));
  const add = (w: Word, initial: string, age: string | null, title: string | null): void => {
    if (title !== null && DETERMINER_SURNAMES.has(initial)) {
      // `박정희 전 대통령`: after a name, `전` is "former"
      if (!namedInFull(initial) || (w.prev === ' ' && personEnds.has(w.start - 1))) return;
    }
    found.push({
      start: w.start,
      end: w.start + initial.length,
      text: initial,
      type: 'person',
      source: 'cue',
      nameless: { initial, age, title },
    });
  };
  // the word `전` read as "former" after a surname (`박 전 대통령`) is not a surname itself
  let former = -1;
  const skip = (k: number): void => {
    former = k;
  };
  for (let i = 0; i < words.length; i++) {
    if (i === former) continue;
    const w = words[i];
    // The three readings are functions of their own, tried in turn, and one `add` takes what
    // any finds: their rare paths are not first met inside this function's optimised code (each
    // such first meeting sent it back to the interpreter, and it was compiled five times).
    const hit: Hit | undefined =
      fusedAppellation(text, region, w) ??
      titleOnSurname(w) ??
      (w.tail === '' ? loneHead(text, region, words, i, skip) : undefined);
    if (hit) add(w, hit.initial, hit.age, hit.title);
  }
  return found;
}

/** What a reading found: the surname or letter, and the age or title beside it. */
interface Hit {
  initial: string;
  age: string | null;
  title: string | null;
}

/** `박씨`, `김모씨`, `A씨`, `A군`: the appellation inside the word. */
function fusedAppellation(text: string, region: Span, w: Word): Hit | undefined {
  if (!APPELLATION_LAST.has(w.text.charCodeAt(w.text.length - 1))) return undefined;
  const fused = KO_NAMELESS_APPELLATIONS.find((a) => w.text.endsWith(a));
  if (
    fused === undefined ||
    w.text.length <= fused.length ||
    knownWhole(w, fused) ||
    SURNAME_SSI_WORDS.has(w.text)
  ) {
    return undefined;
  }
  const head = headOf(w.text.slice(0, w.text.length - fused.length));
  if (!head || !(fused === '씨' || head.mo || isLetter(head.initial))) return undefined;
  return { initial: head.initial, age: ageAfter(text, w.end, region.end), title: null };
}

/**
 * A surname or letter written alone (`w` is `words[i]`, without a particle), and what follows
 * it: `김모(33)씨`, `A(22·여)씨`, `김모(45) 경위`, `박 모 씨`, `A 씨`, `박 대표`, `박 전 대통령`.
 * `skip` is told the index of a `전` read as "former".
 */
function loneHead(
  text: string,
  region: Span,
  words: Word[],
  i: number,
  skip: (k: number) => void,
): Hit | undefined {
  const w = words[i];
  const head = headOf(w.text);
  if (!head) return undefined;
  // `김모(33)씨`, `A(22·여)씨`, `김모(45) 경위`
  let at = w.wordEnd;
  let age: string | null = null;
  const paren = AGE.exec(text.slice(at, Math.min(region.end, at + 12)));
  if (paren) {
    age = paren[1] ?? paren[2];
    at += paren[0].length;
  }
  let next = wordAt(words, i + 1, at) ?? wordAt(words, i + 1, at + 1);
  if (!next || (next.start === at + 1 && text[at] !== ' ')) return undefined;
  // `박 모 씨`: `모` as a word of its own
  if (next.text === '모' && next.tail === '' && !head.mo) {
    const after = wordAt(words, i + 2, next.wordEnd + 1);
    if (after?.text !== '씨') return undefined;
    next = after;
  }
  // `김모 씨`, `김 모씨`, `A 씨`, `A(22)군`
  const mo = next.text === '모씨' && !head.mo;
  if (mo || KO_NAMELESS_APPELLATIONS.includes(next.text)) {
    // `김 군` is more often a surname before the army than a boy: only with a letter or 모
    if (next.text !== '씨' && !mo && !head.mo && !isLetter(head.initial)) return undefined;
    return { initial: head.initial, age: age ?? ageAfter(text, next.end, region.end), title: null };
  }
  // `박 대표`, `박 전 대통령`, `김모(45) 경위`, `K모 기자`: a title after a lone surname or letter
  let titleWord = next;
  if (next.text === '전' && next.tail === '') {
    const after = wordAt(words, i + 2, next.wordEnd + 1);
    if (!after) return undefined;
    titleWord = after;
    skip(i + 1);
  }
  if (!PERSON_TITLES.has(titleWord.text)) return undefined;
  if (isLetter(head.initial) && !head.mo && age === null) return undefined;
  return { initial: head.initial, age, title: titleWord.text };
}

/**
 * The dictionary knows the word with its appellation whole as a common noun (`솜씨`). It lists
 * many surnames with 씨 whole as clans (`임씨`, `손씨`), which news writes for a person; `성씨`
 * (family name) and the like are common words all the same.
 */
function knownWhole(w: Word, fused: string): boolean {
  const clan = fused === '씨' && w.text.length === 2 && !SURNAME_SSI_WORDS.has(w.text);
  return !clan && w.tokens.length === 1 && w.tokens[0].pos.startsWith('NNG');
}

function isLetter(initial: string): boolean {
  return initial.length === 1 && initial >= 'A' && initial <= 'Z';
}

/** The word starting at `start`, looked for from index `from` on (words are in order). */
function wordAt(words: Word[], from: number, start: number): Word | undefined {
  for (let k = from; k < words.length && words[k].start <= start; k++) {
    if (words[k].start === start) return words[k];
  }
  return undefined;
}

/** `A씨(36)`: an age in parentheses right after the appellation. */
function ageAfter(text: string, at: number, limit: number): string | null {
  const m = AGE.exec(text.slice(at, Math.min(limit, at + 12)));
  return m ? (m[1] ?? m[2]) : null;
}
