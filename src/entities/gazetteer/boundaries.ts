/**
 * Where a gazetteer form may start and end inside running text, and how its letters are compared.
 * Korean attaches particles and the copula directly to a name (`바이두의`, `구글이다`), so a
 * Korean match may be followed by particles; but a name followed by other syllables is a
 * different word (`애플리케이션` is not Apple, `한국어` is not Korea). Latin-script names need
 * ordinary word boundaries (`Meta` is not in `Metaverse`, `MS` is not in `MSCI`).
 */

/**
 * Particles, copula forms and the few bound nouns that may follow a name. A run of Hangul after
 * a match is accepted when it splits entirely into these (`에서는` = 에서+는, `와의` = 와+의).
 * `인` (copula) is left out on purpose: `미국인`, `중국인` are nouns for people.
 */
export const TRAILING_PARTICLES: readonly string[] = [
  '은',
  '는',
  '이',
  '가',
  '을',
  '를',
  '의',
  '와',
  '과',
  '도',
  '로',
  '으로',
  '에',
  '에서',
  '에게',
  '에게서',
  '께',
  '께서',
  '한테',
  '처럼',
  '보다',
  '만',
  '까지',
  '부터',
  '마저',
  '조차',
  '밖에',
  '이나',
  '나',
  '이랑',
  '랑',
  '하고',
  '서',
  '써',
  '로서',
  '로써',
  '으로서',
  '으로써',
  '로부터',
  '으로부터',
  '엔',
  '선',
  '론',
  '으론',
  '이다',
  '다',
  '였다',
  '이었다',
  '였고',
  '이었고',
  '이며',
  '며',
  '라는',
  '이라는',
  '라고',
  '이라고',
  '란',
  '이란',
  '야',
  '이야',
  '만큼',
  '측',
  '뿐',
];

/**
 * Hanja prefixes written straight onto a name in Korean headlines (`對중국`, `舊페이스북`,
 * `美상무부`); a match may start right after one of them.
 */
export const HANJA_PREFIXES: ReadonlySet<string> = new Set([
  '舊',
  '前',
  '現',
  '新',
  '對',
  '親',
  '反',
  '脫',
  '美',
  '中',
  '韓',
  '日',
  '英',
  '獨',
  '佛',
  '北',
  '故',
]);

const MAX_PARTICLE = Math.max(...TRAILING_PARTICLES.map((p) => p.length));
const PARTICLES = new Set(TRAILING_PARTICLES);

export function isHangulSyllable(code: number): boolean {
  return code >= 0xac00 && code <= 0xd7a3;
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** True when a Hangul run can be read entirely as particles (dynamic programming over the run). */
export function isParticleRun(run: string): boolean {
  if (run.length === 0) return true;
  const ok: boolean[] = new Array<boolean>(run.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < run.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= MAX_PARTICLE && i + len <= run.length; len++) {
      if (PARTICLES.has(run.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return ok[run.length];
}

function codePointBefore(text: string, index: number): string {
  const low = text.charCodeAt(index - 1);
  if (index >= 2 && low >= 0xdc00 && low <= 0xdfff) {
    const high = text.charCodeAt(index - 2);
    if (high >= 0xd800 && high <= 0xdbff) return text.slice(index - 2, index);
  }
  return text.charAt(index - 1);
}

/** May a name start at `index`? Not inside a word, except right after a Hanja prefix. */
export function isWordStart(text: string, index: number, regionStart: number): boolean {
  if (index <= regionStart) return true;
  const before = codePointBefore(text, index);
  if (before === '@') return false;
  // Inside a host name or path (`osolgil@etnews.com`, `x.com/openai`) a name is not a mention.
  if ((before === '.' || before === '/') && index - 1 > regionStart) {
    if (LETTER_OR_DIGIT.test(codePointBefore(text, index - 1))) return false;
  }
  if (!LETTER_OR_DIGIT.test(before)) return true;
  if (!HANJA_PREFIXES.has(before)) return false;
  return isWordStart(text, index - before.length, regionStart);
}

/**
 * May a name end at `index`? Yes before a space, punctuation or the region's end; before Hangul
 * only when the Hangul run is made of particles; never before another letter or digit.
 */
export function isWordEnd(text: string, index: number, regionEnd: number): boolean {
  if (index >= regionEnd) return true;
  const code = text.charCodeAt(index);
  if (isHangulSyllable(code)) {
    let stop = index;
    while (stop < regionEnd && isHangulSyllable(text.charCodeAt(stop))) stop++;
    return isParticleRun(text.slice(index, stop));
  }
  const next = String.fromCodePoint(text.codePointAt(index) ?? code);
  if ((next === '.' || next === '@') && index + 1 < regionEnd) {
    const after = String.fromCodePoint(text.codePointAt(index + 1) ?? 0);
    if (/[A-Za-z]/.test(after)) return false;
  }
  return !LETTER_OR_DIGIT.test(next);
}

const SHORT_ACRONYM = 5;

/**
 * Case rule for the Latin letters of a match. Lookup is case-insensitive, but running text is
 * stricter: a short all-capital acronym must be written in capitals (`MS`, not `Ms.`; `SEC`, not
 * `sec`), and a capitalised name must not be written all in lower case (`apple`, `meta`,
 * `amazon` are ordinary words). Headline capitals (`APPLE`) and odd casing (`Bytedance`) pass.
 */
export function casingAccepts(form: string, written: string): boolean {
  const formLetters = form.replace(/[^A-Za-z]/g, '');
  const writtenLetters = written.replace(/[^A-Za-z]/g, '');
  if (formLetters === '' || formLetters === formLetters.toLowerCase()) return true;
  if (formLetters === formLetters.toUpperCase() && formLetters.length <= SHORT_ACRONYM) {
    return writtenLetters === formLetters;
  }
  return writtenLetters !== writtenLetters.toLowerCase();
}
