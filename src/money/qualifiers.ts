/**
 * Words around a figure that change what it means, as tables: approximation, lower and upper
 * bounds, unit-price bases, and the lead words of a restated amount.
 */
export type QualifierKind = 'approx' | 'min' | 'max';

export interface Qualifier {
  /** As written; matched case-insensitively for English. */
  word: string;
  kind: QualifierKind;
}

function q(kind: QualifierKind, words: string[]): Qualifier[] {
  return words.map((word) => ({ word, kind }));
}

/** Before the number, as separate words: `약 3조원`, `up to $5m`. */
export const BEFORE: readonly Qualifier[] = [
  ...q('approx', ['약', '대략', '어림잡아', '줄잡아', '얼추']),
  ...q('min', ['최소', '최소한', '적어도', '최저']),
  ...q('max', ['최대', '최고', '많게는']),
  ...q('approx', ['约', '約', '大约', '大約', '近', '将近', '將近']),
  ...q('min', ['超过', '超過', '逾', '至少']),
  ...q('max', ['最多', '最高', '不到', '不足', '高达', '高達']),
  ...q('approx', [
    'about',
    'around',
    'roughly',
    'nearly',
    'approximately',
    'approx.',
    'some',
    'almost',
    'close to',
    'an estimated',
    'estimated',
    'circa',
    'c.',
  ]),
  ...q('min', [
    'more than',
    'over',
    'at least',
    'above',
    'in excess of',
    'upwards of',
    'no less than',
    'a minimum of',
    'just over',
    'well over',
    'as little as',
  ]),
  ...q('max', [
    'up to',
    'less than',
    'under',
    'below',
    'no more than',
    'as much as',
    'a maximum of',
    'just under',
    'fewer than',
  ]),
].sort((a, b) => b.word.length - a.word.length);

/**
 * After the currency. `attached` ones must touch it (`원대`, `원여`); the others may follow a
 * space. `N원을 넘어섰다` is deliberately absent: a comparison reports a fact, not a bound.
 */
export interface AfterQualifier extends Qualifier {
  attached?: boolean;
  /** Text the qualifier may be preceded by (a particle) and that is not part of the word. */
  particle?: boolean;
  /** Only right after the figure, not after another qualifier. */
  direct?: boolean;
}

function after(kind: QualifierKind, words: string[], extra: Partial<AfterQualifier> = {}) {
  return words.map((word) => ({ word, kind, ...extra }));
}

export const AFTER: readonly AfterQualifier[] = [
  ...after('approx', ['가량', '정도', '안팎', '내외', '전후', '남짓', '가까이']),
  // `3조원 수준` is about 3조원; `3조원을 웃도는 수준` is the bound's, not an approximation.
  ...after('approx', ['수준'], { direct: true }),
  ...after('approx', ['육박'], { particle: true }),
  ...after('approx', ['여'], { attached: true }),
  ...after('min', ['이상', '초과']),
  ...after('max', ['이하', '미만', '이내', '까지']),
  ...after('min', ['넘는', '넘게', '웃도는'], { particle: true }),
  ...after('max', ['밑도는'], { particle: true }),
  ...after('approx', ['左右', '上下']),
  ...after('min', ['以上']),
  ...after('max', ['以下', '以内']),
  ...after('min', ['or more', 'or above']),
  ...after('max', ['or less', 'or below']),
  ...after('approx', ['or so']),
].sort((a, b) => b.word.length - a.word.length);

/** Particles that may stand between a figure and a bound verb (`1조원이 넘는`). */
export const BOUND_PARTICLES = ['을', '를', '이', '가', '에'];

/**
 * Parts of a band (`1조 원 후반대`, `1조원대 후반`, `10억 원 초반`) as shares of its width: the
 * band of `1조` is [1조, 2조), its 후반 [1.7조, 2조). Upper edges exclusive, like `원대`.
 */
export const BAND_PARTS: Readonly<Record<string, { from: string; to: string }>> = {
  초반: { from: '0', to: '0.3' },
  중반: { from: '0.3', to: '0.7' },
  후반: { from: '0.7', to: '1' },
};

/** What may follow a band part (`후반을`, `초반에서`); `후반기`, `후반전` are other words. */
export const BAND_PART_FOLLOWERS = /^(?:$|[^가-힣]|을|은|이|의|에|으로|인|도|까지)/;

/**
 * Signs written before a number that make the amount negative: `-3조원`, `△3조원` (Korean
 * financial tables), `마이너스 3조원`. ▲ is left out: in news it is a list bullet or a rise.
 */
export const NEGATIVE_SIGNS = ['마이너스 ', '마이너스', '-', '−', '△'];

/** Between a lower-bound figure and an upper-bound one that close a range: `이상 3조 원 이하`. */
export const PAIR_GAP = /,? ?~? ?/y;
/** The bound words that pair up: `이상 … 이하`, `초과 … 미만`. */
export const PAIR_LOWER = ['이상', '초과'];
export const PAIR_UPPER = ['이하', '미만'];

/** Nouns that count what a bare magnitude after them measures: `인구 14억`, `조회수 1000만`. */
export const COUNTED_BEFORE =
  /(?:인구|주민|조회\s?수|관객|관람객|시청자|가입자|이용자|사용자|회원|방문객|신도|인원|주식\s?수|발행\s?주식|거래량|파라미터|매개변수|토큰|단어|건수|부수|판매량)(?:[은는이가을를의도]|수)?\s?(?:약|최대|최소)?\s?$/;

/** What may follow `대` in a `원대` band; anything else makes `대` the start of another word. */
export const BAND_FOLLOWERS =
  /^(?:$|[^가-힣]|의|로|를|에|인|였|이|까|에서|가|는|도|나|초|중|후|까지|로는|였다|이다)/;

/**
 * Unit-price bases before the number, without the final 당: `주당 5000원`, `배럴당 80달러`,
 * `1인당`. An optional leading count (`1주당`, `3.3㎡당`) is allowed.
 */
export const PER_BASES_KO = new Set([
  '주',
  '배럴',
  '인',
  '명',
  '가구',
  '세대',
  'kg',
  '㎏',
  'g',
  '그램',
  '킬로그램',
  '톤',
  't',
  '온스',
  '개',
  '건',
  '대',
  '시간',
  '일',
  '평',
  '㎡',
  'm²',
  '리터',
  'ℓ',
  'L',
  '갤런',
  '회',
  '장',
  '병',
  '마리',
  '가입자',
  '메가와트시',
  'MWh',
  'kWh',
  '㎾h',
  '부셸',
  '파운드',
  '주식',
  '계좌',
  '채',
  '실',
  '좌',
  '자루',
  '거래',
  '켤레',
  '벌',
  '그릇',
  '잔',
  '포기',
  '가마',
  '필지',
  '석',
  '기',
]);

/** English unit-price bases after the figure: `$5 per share`, `$80 a barrel`. */
export const PER_EN =
  /^ (?:(?:per|a|an) (?:share|barrel|ounce|tonne|ton|metric ton|person|head|month|year|week|day|hour|night|kilogram|kg|gallon|litre|liter|unit|piece|bushel|pound|megawatt-hour|MWh|kilowatt-hour|kWh|square foot|square meter|square metre|ticket|vehicle|car|employee|subscriber|user|household|capita)|apiece)\b|^\/(?:month|mo|year|yr|share|barrel|bbl|oz|ounce|kg|tonne|ton|hour|hr|person|night|day|MWh|kWh)\b/i;

/** Words that restate an amount in another currency: `, 우리 돈 약 75조 원`, `, or $1.1bn`. */
export const APPOSITION_LEAD =
  /,?\s*(?:우리\s?돈(?:으로)?|한화(?:로)?|원화(?:로)?|한국\s?돈(?:으로)?|원화\s?환산(?:\s?시)?|환산(?:하면|\s?시)?)\s*|,\s*or\s+/y;

/** What may surround the figures inside a restating parenthesis besides the figures themselves. */
export const PAREN_FILLER =
  /미화|한화(?:로)?|원화(?:로)?|우리\s?돈(?:으로)?|한국\s?돈(?:으로)?|환산(?:\s?시|하면)?|기준|상당|규모|어치|[·•,/;=≒≈및와과]|\bor\b|\band\b|\bequivalent(?: to)?\b|\babout\b|\bi\.e\.|\bat current (?:exchange )?rates?\b|\s+/g;

/** Change verbs: `rose from $1m to $2m` is two figures, not a range. */
export const CHANGE_VERBS =
  /\b(?:rose|rise[sn]?|rising|fell|fall(?:s|en|ing)?|increas\w*|decreas\w*|grew|grow\w*|jump\w*|climb\w*|drop\w*|cut|rais\w*|lower\w*|boost\w*|up|down|widen\w*|narrow\w*|surg\w*|soar\w*|plung\w*|slump\w*|declin\w*|doubl\w*|tripl\w*|expand\w*|shr[iu]nk\w*|slid\w*|slip\w*|went|go(?:es|ne)?|mov\w*|swung|swing\w*|revis\w*|chang\w*)\b/i;

/**
 * Korean headlines and tables often drop 원 after a magnitude (`영업익 10.4조`, `매출 74조`,
 * `연봉 5000만`). Such a number is taken as won only right after one of these money nouns (with at
 * most a particle and a qualifier between) and when no counter follows it.
 */
export const IMPLIED_WON_BEFORE =
  /(?:^|[^가-힣])(?:매출액?|영업(?:이)?익|순(?:이)?익|당기순이익|시총|시가총액|투자(?:액|금)?|예산|적자|흑자|손실액?|자금|거래액|거래대금|수주액?|부채|자산|연봉|몸값|인수가|매각가|기업가치|과징금|벌금|배당금|공모(?:가|액)|조달액|투자 규모|사업비)(?:[은는이가을를의도로에]|으로)?\s?$/;

/** Counters and units after a number: it counts something other than money. */
export const COUNTER_AFTER =
  /^ ?(?:개|건|명|대|장|주|회|편|마리|톤|배럴|가구|곳|채|척|권|병|잔|표|가지|종|번|차례|위|등|년|월|일|시간|분|초|배|%|％|포인트|bp|㎡|평|kg|t\b|여)/;

/** What joins the items of a list of amounts: `수십조, 수백조원`, `3000억과 5000억원`. */
export const LIST_GAP = /\s?[,·、]\s?|(?:과|와|이나|나|및|또는| 및| 또는)\s/y;

/** The end of a sentence between two figures: no ellipsis reaches across it. */
export const SENTENCE_BREAK = /[.?!。][\s"'”’)]|다\.|\n/;
