/**
 * Checks of the characters around a candidate figure: what makes `1조원` money but `사원`,
 * `연구원`, `원전`, `101동`, `in 2019 won` or `달러당 1300원` not.
 */

/**
 * What may follow a Korean currency word inside the same word: particles and the suffixes news
 * attaches to amounts (`1조원을`, `3000억원어치`, `100만원짜리`, `2300억원대`). Anything else
 * makes the currency word the start of another word (`3원칙`, `2원전`, `100엔진`).
 */
const KO_FOLLOWERS =
  /^(?:을|를|이|가|은|는|의|에|으로|로|과|와|도|만|까지|부터|씩|대|어치|짜리|정도|규모|미만|초과|안팎|내외|여|남짓|수준|선|상당|인|였|라|나|보다|밖에|뿐|꼴|또는|넘|웃|밑|전후|및|중|당|안|내|면|다)/;

export function isHangul(c: string | undefined): boolean {
  return c !== undefined && c >= '가' && c <= '힣';
}

export function isLatin(c: string | undefined): boolean {
  return c !== undefined && ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'));
}

export function isAsciiDigit(c: string | undefined): boolean {
  return c !== undefined && c >= '0' && c <= '9';
}

/** After a Korean currency word ending at `at`: is the word over? */
export function koreanCurrencyEnds(
  text: string,
  at: number,
  follow: 'strict' | RegExp = 'strict',
): boolean {
  if (!isHangul(text[at])) return true;
  const next = text.slice(at, at + 3);
  if (KO_FOLLOWERS.test(next)) return true;
  return follow !== 'strict' && !follow.test(next);
}

/** Is the number starting at `at` the start of a token (not `A380`, `Yi-34B`'s inside, `1.5`'s `5`)? */
export function numberStartOk(text: string, at: number, hangulStart: boolean): boolean {
  const prev = text[at - 1];
  if (prev === undefined) return true;
  if (hangulStart) return !isHangul(prev) && !isLatin(prev) && !isAsciiDigit(prev);
  if (isLatin(prev) || isAsciiDigit(prev)) return false;
  if ((prev === '.' || prev === ',') && isAsciiDigit(text[at - 2])) return false;
  return true;
}

/** The text from the start of the sentence containing `at` (at most `max` characters back). */
function sentenceBefore(text: string, at: number, max: number): string {
  const from = Math.max(0, at - max);
  const before = text.slice(from, at);
  const cut = Math.max(
    before.lastIndexOf('. '),
    before.lastIndexOf('\n'),
    before.lastIndexOf('다.'),
  );
  return cut >= 0 ? before.slice(cut + 1) : before;
}

const RATE_WORDS =
  /환율|exchange rate|환전|rate of|[/·]달러|달러[/·]|\b[A-Z]{3}\/[A-Z]{3}\b|\b(?:won|dollar|yen|yuan|euro)\/(?:won|dollar|yen|yuan|euro)\b/i;

/**
 * An exchange-rate quote states a rate, not an amount (`원·달러 환율은 1,300원`). Taken to be one
 * when a rate word opens the clause and the figure has no magnitude word: rates are small numbers,
 * while `환율 상승으로 1조원 손실` is an amount.
 */
export function isRateQuote(text: string, start: number, end: number, scaled: boolean): boolean {
  if (
    /^\s?(?:per|to the|against the|a|for each|for one|versus the) (?:U\.?S\.? )?(?:dollar|euro|yuan|yen|pound|won)\b/i.test(
      text.slice(end, end + 30),
    )
  )
    return true;
  if (
    /^\s?[=＝]/.test(text.slice(end, end + 2)) ||
    /[=＝]\s?$/.test(text.slice(Math.max(0, start - 2), start))
  )
    return true;
  if (scaled) return false;
  return RATE_WORDS.test(sentenceBefore(text, start, 40) + text.slice(start, end));
}
