/**
 * Currency forms as data. Each row says how a currency is written and where it stands relative to
 * the number; the grammar only looks rows up. `code: null` marks a form whose currency depends on
 * context (`¥` is JPY or CNY).
 */
export type CurrencyScript = 'ko' | 'zh' | 'en' | 'symbol' | 'code';

export interface CurrencyForm {
  form: string;
  /** ISO 4217 code; null when context decides (see `resolveAmbiguous`). */
  code: string | null;
  position: 'prefix' | 'suffix';
  script: CurrencyScript;
  /**
   * Only money when the text around it is about this currency's country (Vietnamese `동` is also a
   * district or a building number).
   */
  needsContext?: RegExp;
  /** Not money when this is near and the number has no magnitude word (`40 파운드` of weight). */
  unlessContext?: RegExp;
  /**
   * What a Korean word may run into: `strict` allows only particles and amount suffixes (`100엔진`
   * is an engine); a RegExp lists the word starts that make it another word (`3원칙`, `위안부`);
   * anything else is taken as a word written without its space (`4천원주고`, `3조원투자`).
   */
  follow?: 'strict' | RegExp;
  /**
   * For `code: null`: the country words that pick a currency, tried in the text around the figure;
   * when none or several codes are near, `fallback` by article language (`*` for any).
   */
  choices?: readonly { near: RegExp; code: string }[];
  fallback?: Readonly<Record<string, string | null>>;
  /** Without a magnitude word the number must be at least this (`동`: `101동` is a building). */
  minUnscaled?: number;
  /** A Korean prefix that narrows the suffix's currency: `북한 돈 100만원` is KPW, not KRW. */
  refines?: string;
  /** The form counts in a sub-unit: `50센트` is 0.50 USD. */
  unit?: string;
  /** Only money with a scale word (`10 pounds` is more often a weight than a price). */
  needsScale?: boolean;
}

const VIETNAM = /베트남|Vietnam|VND/;
const SOUTH_AFRICA = /남아공|남아프리카|South Africa|ZAR/;
const BRAZIL = /브라질|Brazil|BRL/;
const MEXICO = /멕시코|Mexic|MXN/;
const PHILIPPINES = /필리핀|Philippine|Filipino|마닐라|Manila|PHP/;
const ARGENTINA = /아르헨티나|Argentin|ARS/;
const CHILE = /칠레|Chile|CLP/;
const COLOMBIA = /콜롬비아|Colombia|COP/;
const PAKISTAN = /파키스탄|Pakistan|PKR/;
const SRI_LANKA = /스리랑카|Sri Lanka|LKR/;
const NEPAL = /네팔|Nepal|NPR/;
const NORWAY = /노르웨이|Norw|NOK/;
const DENMARK = /덴마크|Denmark|Danish|DKK/;
const ICELAND = /아이슬란드|Iceland|ISK/;
const IRAN = /이란|Iran|IRR/;
const QATAR = /카타르|Qatar|QAR/;
const OMAN = /오만|Oman|OMR/;
const MOROCCO = /모로코|Morocc|MAD/;

/** Pesos are several countries' money; none is the usual one in Korean or English news. */
const PESO = {
  choices: [
    { near: MEXICO, code: 'MXN' },
    { near: PHILIPPINES, code: 'PHP' },
    { near: ARGENTINA, code: 'ARS' },
    { near: CHILE, code: 'CLP' },
    { near: COLOMBIA, code: 'COP' },
  ],
  fallback: { '*': null },
};
/** Rupees are India's unless Pakistan, Sri Lanka or Nepal is near. */
const RUPEE = {
  choices: [
    { near: PAKISTAN, code: 'PKR' },
    { near: SRI_LANKA, code: 'LKR' },
    { near: NEPAL, code: 'NPR' },
  ],
  fallback: { '*': 'INR' },
};
/** Krone/kroner: Norway's or Denmark's, nothing without one of them. */
const KRONE = {
  choices: [
    { near: NORWAY, code: 'NOK' },
    { near: DENMARK, code: 'DKK' },
  ],
  fallback: { '*': null },
};
/** Krona: Sweden's unless Iceland is near. */
const KRONA = { choices: [{ near: ICELAND, code: 'ISK' }], fallback: { '*': 'SEK' } };
/** Riyal/rial: Saudi Arabia's unless Iran, Qatar or Oman is near. */
const RIYAL = {
  choices: [
    { near: IRAN, code: 'IRR' },
    { near: QATAR, code: 'QAR' },
    { near: OMAN, code: 'OMR' },
  ],
  fallback: { '*': 'SAR' },
};
/** Dirham: the UAE's unless Morocco is near. */
const DIRHAM = { choices: [{ near: MOROCCO, code: 'MAD' }], fallback: { '*': 'AED' } };
/** Nouns starting with 원 that a number may stand before: 3원칙, 2원전, 4원소, 3원색, 2원화. */
const WON_WORDS =
  /^[권전장자칙색소화료리본형생고격단숭산유조작수정예룸래한로금회통반탁점두문서석심외년적군천동칭시님순앙활근거판폭목탑흉초]/;
/** `¥` is the yen sign and the yuan sign: the country near it decides, JPY when neither (CNY in zh). */
const YEN_SIGN = {
  choices: [
    {
      near: /중국|위안|China|Chinese|yuan|RMB|renminbi|Beijing|베이징|상하이|Shanghai/,
      code: 'CNY',
    },
    { near: /일본|엔화|Japan|Japanese|yen|Tokyo|도쿄/, code: 'JPY' },
  ],
  fallback: { zh: 'CNY', '*': 'JPY' },
};
const WEIGHT = /체중|몸무게|무게|감량|살[이을]|[늘줄]었|빠졌|비만|kg|킬로그램/;

function rows(
  code: string | null,
  position: 'prefix' | 'suffix',
  script: CurrencyScript,
  forms: string[],
  extra: Partial<CurrencyForm> = {},
): CurrencyForm[] {
  // every row with every field, in one order: the grammar reads them all through one hidden
  // class (rows of several shapes sent its optimised code back to the interpreter)
  return forms.map((form) => ({
    form,
    code,
    position,
    script,
    needsContext: extra.needsContext,
    unlessContext: extra.unlessContext,
    follow: extra.follow,
    choices: extra.choices,
    fallback: extra.fallback,
    minUnscaled: extra.minUnscaled,
    refines: extra.refines,
    unit: extra.unit,
    needsScale: extra.needsScale,
  }));
}

export const ISO_CODES = [
  'KRW',
  'USD',
  'CNY',
  'JPY',
  'EUR',
  'GBP',
  'HKD',
  'TWD',
  'SGD',
  'AUD',
  'CAD',
  'NZD',
  'CHF',
  'RUB',
  'INR',
  'THB',
  'VND',
  'IDR',
  'MYR',
  'BRL',
  'PHP',
  'MXN',
  'ARS',
  'TRY',
  'ZAR',
  'AED',
  'SAR',
  'ILS',
  'SEK',
  'NOK',
  'DKK',
  'PLN',
  'HUF',
  'PKR',
  'KPW',
];

export const CURRENCY_FORMS: readonly CurrencyForm[] = [
  // Korean words after the number.
  ...rows('KRW', 'suffix', 'ko', ['원'], { follow: WON_WORDS }),
  ...rows('USD', 'suffix', 'ko', ['달러', '달러화', '미국 달러', '미국달러', '미 달러', '미달러']),
  // 불 (buck) in older news: 수출 100억불; strict, since it is also fire, Buddha and 不.
  ...rows('USD', 'suffix', 'ko', ['불'], { follow: 'strict' }),
  ...rows('USD', 'suffix', 'ko', ['센트'], { unit: '0.01', follow: 'strict' }),
  ...rows('CNY', 'suffix', 'ko', ['위안'], { follow: /^[부소]/ }),
  ...rows('CNY', 'suffix', 'ko', ['위안화', '元']),
  ...rows('JPY', 'suffix', 'ko', ['엔'], { follow: 'strict' }),
  ...rows('JPY', 'suffix', 'ko', ['엔화', '円']),
  ...rows('EUR', 'suffix', 'ko', ['유로'], { follow: /^[존파]/ }),
  ...rows('EUR', 'suffix', 'ko', ['유로화']),
  ...rows('GBP', 'suffix', 'ko', ['파운드', '파운드화'], {
    unlessContext: WEIGHT,
    follow: 'strict',
  }),
  ...rows('HKD', 'suffix', 'ko', ['홍콩달러', '홍콩 달러']),
  ...rows('TWD', 'suffix', 'ko', ['대만달러', '대만 달러']),
  ...rows('SGD', 'suffix', 'ko', ['싱가포르달러', '싱가포르 달러']),
  ...rows('AUD', 'suffix', 'ko', ['호주달러', '호주 달러']),
  ...rows('CAD', 'suffix', 'ko', ['캐나다달러', '캐나다 달러']),
  ...rows('NZD', 'suffix', 'ko', ['뉴질랜드달러', '뉴질랜드 달러']),
  ...rows('CHF', 'suffix', 'ko', ['스위스프랑', '스위스 프랑']),
  ...rows('RUB', 'suffix', 'ko', ['루블', '루블화'], { follow: 'strict' }),
  ...rows(null, 'suffix', 'ko', ['루피'], { follow: 'strict', ...RUPEE }),
  ...rows('IDR', 'suffix', 'ko', ['루피아'], { follow: 'strict' }),
  ...rows('THB', 'suffix', 'ko', ['바트'], { follow: 'strict' }),
  ...rows('MYR', 'suffix', 'ko', ['링깃'], { follow: 'strict' }),
  ...rows('BRL', 'suffix', 'ko', ['헤알'], { follow: 'strict' }),
  ...rows('VND', 'suffix', 'ko', ['동'], {
    needsContext: VIETNAM,
    follow: 'strict',
    minUnscaled: 1000,
  }),
  ...rows('VND', 'suffix', 'ko', ['베트남 동', '베트남동']),
  ...rows(null, 'suffix', 'ko', ['페소'], { follow: 'strict', ...PESO }),
  ...rows('PHP', 'suffix', 'ko', ['필리핀 페소', '필리핀페소']),
  ...rows('MXN', 'suffix', 'ko', ['멕시코 페소', '멕시코페소']),
  ...rows('ARS', 'suffix', 'ko', ['아르헨티나 페소', '아르헨티나페소']),
  ...rows('TRY', 'suffix', 'ko', ['리라', '리라화'], { follow: 'strict' }),
  ...rows('ZAR', 'suffix', 'ko', ['랜드'], { follow: 'strict', needsContext: SOUTH_AFRICA }),
  ...rows(null, 'suffix', 'ko', ['디르함'], { follow: 'strict', ...DIRHAM }),
  ...rows(null, 'suffix', 'ko', ['리얄', '리알'], { follow: 'strict', ...RIYAL }),
  ...rows('ILS', 'suffix', 'ko', ['셰켈', '세켈'], { follow: 'strict' }),
  ...rows('CHF', 'suffix', 'ko', ['프랑'], { follow: 'strict' }),
  ...rows(null, 'suffix', 'ko', ['크로나'], { follow: 'strict', ...KRONA }),
  ...rows(null, 'suffix', 'ko', ['크로네'], { follow: 'strict', ...KRONE }),
  ...rows('NOK', 'suffix', 'ko', ['노르웨이 크로네']),
  ...rows('DKK', 'suffix', 'ko', ['덴마크 크로네']),
  ...rows('PLN', 'suffix', 'ko', ['즐로티'], { follow: 'strict' }),
  ...rows('HUF', 'suffix', 'ko', ['포린트'], { follow: 'strict' }),
  ...rows('PKR', 'suffix', 'ko', ['파키스탄 루피']),
  ...rows('KPW', 'suffix', 'ko', ['북한 원', '북한원']),
  // Chinese words after the number (元 is above, with the Korean forms).
  ...rows('USD', 'suffix', 'zh', ['美元', '美金']),
  ...rows('CNY', 'suffix', 'zh', ['人民币', '人民幣', '元人民币', '元人民幣']),
  ...rows('JPY', 'suffix', 'zh', ['日元', '日圆', '日圓']),
  ...rows('EUR', 'suffix', 'zh', ['欧元', '歐元']),
  ...rows('GBP', 'suffix', 'zh', ['英镑', '英鎊']),
  ...rows('HKD', 'suffix', 'zh', ['港元', '港币', '港幣']),
  ...rows('KRW', 'suffix', 'zh', ['韩元', '韓元']),
  ...rows('TWD', 'suffix', 'zh', ['新台币', '新台幣', '台币', '台幣']),
  ...rows('SGD', 'suffix', 'zh', ['新加坡元', '新元']),
  ...rows('AUD', 'suffix', 'zh', ['澳元']),
  ...rows('CAD', 'suffix', 'zh', ['加元']),
  ...rows('RUB', 'suffix', 'zh', ['卢布', '盧布']),
  ...rows('INR', 'suffix', 'zh', ['卢比', '盧比']),
  ...rows('THB', 'suffix', 'zh', ['泰铢', '泰銖']),
  ...rows('VND', 'suffix', 'zh', ['越南盾']),
  ...rows('CHF', 'suffix', 'zh', ['瑞士法郎']),
  ...rows('CNY', 'prefix', 'zh', ['人民币', '人民幣']),
  ...rows('HKD', 'prefix', 'zh', ['港币', '港幣']),
  // Korean words before the number: `미화 5억 달러`, `원화 2000억 원` restate the suffix.
  ...rows('USD', 'prefix', 'ko', ['미화']),
  // `북한 돈 100만원`: 원 written for North Korea's won, named only by the words before it.
  ...rows('KPW', 'prefix', 'ko', ['북한 돈', '북한돈', '북한 화폐'], { refines: 'KRW' }),
  // English words after the number.
  ...rows('KRW', 'suffix', 'en', ['won', 'Korean won']),
  ...rows('USD', 'suffix', 'en', [
    'dollars',
    'dollar',
    'US dollars',
    'U.S. dollars',
    'American dollars',
  ]),
  ...rows('CNY', 'suffix', 'en', ['yuan', 'renminbi', 'Chinese yuan']),
  ...rows('JPY', 'suffix', 'en', ['yen', 'Japanese yen']),
  ...rows('EUR', 'suffix', 'en', ['euros', 'euro']),
  ...rows('GBP', 'suffix', 'en', ['pounds sterling', 'sterling']),
  ...rows('USD', 'suffix', 'en', ['cents', 'cent'], { unit: '0.01' }),
  // `5 million pounds of beef` is a weight; money in pounds is usually written with £.
  ...rows('GBP', 'suffix', 'en', ['pounds', 'pound'], { needsScale: true, follow: /^ of\b/ }),
  ...rows('HKD', 'suffix', 'en', ['Hong Kong dollars']),
  ...rows('TWD', 'suffix', 'en', ['Taiwan dollars', 'New Taiwan dollars', 'Taiwanese dollars']),
  ...rows('SGD', 'suffix', 'en', ['Singapore dollars']),
  ...rows('AUD', 'suffix', 'en', ['Australian dollars']),
  ...rows('CAD', 'suffix', 'en', ['Canadian dollars']),
  ...rows('NZD', 'suffix', 'en', ['New Zealand dollars']),
  ...rows('CHF', 'suffix', 'en', ['Swiss francs']),
  ...rows('RUB', 'suffix', 'en', ['roubles', 'rubles', 'rouble', 'ruble']),
  ...rows(null, 'suffix', 'en', ['rupees', 'rupee'], RUPEE),
  ...rows('PKR', 'suffix', 'en', ['Pakistani rupees']),
  ...rows(null, 'suffix', 'en', ['pesos', 'peso'], PESO),
  ...rows('MXN', 'suffix', 'en', ['Mexican pesos']),
  ...rows('PHP', 'suffix', 'en', ['Philippine pesos']),
  ...rows('ARS', 'suffix', 'en', ['Argentine pesos']),
  ...rows('TRY', 'suffix', 'en', ['lira', 'liras', 'Turkish lira']),
  ...rows('BRL', 'suffix', 'en', ['reais', 'real'], { needsContext: BRAZIL }),
  ...rows('ZAR', 'suffix', 'en', ['rand'], { needsContext: SOUTH_AFRICA }),
  ...rows(null, 'suffix', 'en', ['dirhams', 'dirham'], DIRHAM),
  ...rows(null, 'suffix', 'en', ['riyals', 'riyal', 'rials', 'rial'], RIYAL),
  ...rows('ILS', 'suffix', 'en', ['shekels', 'shekel', 'new shekels']),
  ...rows('CHF', 'suffix', 'en', ['francs', 'franc']),
  ...rows(null, 'suffix', 'en', ['kronor', 'krona'], KRONA),
  ...rows(null, 'suffix', 'en', ['kroner', 'krone'], KRONE),
  ...rows('SEK', 'suffix', 'en', ['Swedish kronor', 'Swedish crowns']),
  ...rows('NOK', 'suffix', 'en', ['Norwegian kroner', 'Norwegian crowns']),
  ...rows('DKK', 'suffix', 'en', ['Danish kroner', 'Danish crowns']),
  ...rows('PLN', 'suffix', 'en', ['zlotys', 'zloty', 'zlotych']),
  ...rows('HUF', 'suffix', 'en', ['forints', 'forint']),
  ...rows('KPW', 'suffix', 'en', ['North Korean won']),
  ...rows('IDR', 'suffix', 'en', ['rupiah']),
  ...rows('THB', 'suffix', 'en', ['baht']),
  ...rows('MYR', 'suffix', 'en', ['ringgit']),
  ...rows('VND', 'suffix', 'en', ['dong'], { needsContext: VIETNAM, minUnscaled: 1000 }),
  // Symbols and prefixed dollar variants.
  ...rows('USD', 'prefix', 'symbol', ['US$', 'U.S.$', 'US $', '$']),
  ...rows('HKD', 'prefix', 'symbol', ['HK$']),
  ...rows('TWD', 'prefix', 'symbol', ['NT$', 'T$']),
  ...rows('SGD', 'prefix', 'symbol', ['S$', 'SG$']),
  ...rows('AUD', 'prefix', 'symbol', ['A$', 'AU$']),
  ...rows('CAD', 'prefix', 'symbol', ['C$', 'CA$']),
  ...rows('NZD', 'prefix', 'symbol', ['NZ$']),
  ...rows('BRL', 'prefix', 'symbol', ['R$']),
  ...rows('KRW', 'prefix', 'symbol', ['₩', '￦']),
  ...rows('EUR', 'prefix', 'symbol', ['€']),
  ...rows('GBP', 'prefix', 'symbol', ['£']),
  ...rows('INR', 'prefix', 'symbol', ['₹', 'Rs.', 'Rs']),
  ...rows('CNY', 'prefix', 'symbol', ['CN¥', 'RMB']),
  ...rows('JPY', 'prefix', 'symbol', ['JP¥']),
  ...rows(null, 'prefix', 'symbol', ['¥', '￥'], YEN_SIGN),
  // Symbols written after the number, touching it: `10₩`, `20€`.
  ...rows('KRW', 'suffix', 'symbol', ['₩', '￦']),
  ...rows('USD', 'suffix', 'symbol', ['$']),
  ...rows('EUR', 'suffix', 'symbol', ['€']),
  ...rows('GBP', 'suffix', 'symbol', ['£']),
  ...rows(null, 'suffix', 'symbol', ['¥', '￥'], YEN_SIGN),
  // ISO codes on either side: `KRW 1.5 trillion`, `1.5 trillion KRW`.
  ...ISO_CODES.flatMap((c) => [
    ...rows(c, 'prefix', 'code', [c]),
    ...rows(c, 'suffix', 'code', [c]),
  ]),
  ...rows('CNY', 'suffix', 'code', ['RMB']),
];

function byLengthDesc(a: CurrencyForm, b: CurrencyForm): number {
  return b.form.length - a.form.length;
}

export const PREFIX_FORMS = CURRENCY_FORMS.filter((f) => f.position === 'prefix').sort(
  byLengthDesc,
);
export const SUFFIX_FORMS = CURRENCY_FORMS.filter((f) => f.position === 'suffix').sort(
  byLengthDesc,
);

/**
 * Resolves a form whose currency depends on context: the one code whose country is mentioned
 * within 200 characters, else the form's fallback for the article's language (null when the text
 * cannot tell, as the contract allows).
 */
export function resolveAmbiguous(
  f: CurrencyForm,
  text: string,
  at: number,
  lang: string,
): string | null {
  const window = text.slice(Math.max(0, at - 200), at + 200);
  let found: string | null = null;
  for (const c of f.choices ?? []) {
    if (!c.near.test(window) || c.code === found) continue;
    if (found !== null) {
      found = null;
      break;
    }
    found = c.code;
  }
  if (found !== null) return found;
  const fb = f.fallback ?? {};
  return (lang in fb ? fb[lang] : fb['*']) ?? null;
}

/** The ISO codes of currency symbols a rate is quoted against (`달러당`, `per dollar`). */
export const CURRENCY_NOUNS_KO = new Set(
  CURRENCY_FORMS.filter((f) => f.script === 'ko' && f.position === 'suffix').map((f) => f.form),
);

/**
 * A lone Hangul numeral is usually a word (`사원`, `구원`, `일원`, `만원 관중`, `이유로`); before
 * these currencies, these numerals still read as numbers (`십달러`, `구파운드`, `만불`, `백원`).
 */
export const LONE_NUMERALS: Readonly<Record<string, string>> = {
  달러: '일이삼사오육칠팔구십백천만',
  파운드: '일이삼사오육칠팔구십백천만',
  센트: '일이삼사오육칠팔구십백',
  불: '십백천만',
  유로: '십백천만',
  위안: '십백천만',
  원: '십백천',
  元: '三四五六七八九十百千万两兩',
  美元: '一二三四五六七八九十百千万两兩',
};

function byFirstChar(forms: readonly CurrencyForm[]): ReadonlyMap<string, CurrencyForm[]> {
  const map = new Map<string, CurrencyForm[]>();
  for (const f of forms) {
    const keys =
      f.script === 'en' ? [f.form[0].toLowerCase(), f.form[0].toUpperCase()] : [f.form[0]];
    for (const k of new Set(keys)) {
      const list = map.get(k) ?? [];
      list.push(f);
      map.set(k, list);
    }
  }
  return map;
}

/** Suffix and prefix forms by their first character, longest first: the scanner's hot path. */
export const SUFFIX_BY_FIRST = byFirstChar(SUFFIX_FORMS);
export const PREFIX_BY_FIRST = byFirstChar(PREFIX_FORMS);
