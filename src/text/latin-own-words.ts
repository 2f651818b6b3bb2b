/**
 * Evidence that a Latin-script passage is in a language other than English: a lowercase word of
 * that language's own. franc ranks by letter trigrams, and a news sentence made mostly of names
 * (`Lee Jae-yong, executive chairman of Samsung Electronics, met … in Beijing.`) has too few
 * common words for trigrams to mean anything; its best guess among Latin languages is then Dutch
 * or Finnish with nothing Dutch or Finnish in it. Real text in those languages carries their
 * function words, or common words written with letters English does not use (`schließen`,
 * `sænkede`). So a language other than English is kept only with such a word; otherwise, in news
 * read by a Korean/English library, the passage is English.
 *
 * The lists leave out words English also writes in lowercase (`in`, `on`, `is`, `was`, `met`,
 * `door`, `men`, `till`, `will`, `also`, `so`, `a`, `as`, `no`, `to`, `do`, `by`) and the
 * particles of names English text keeps lowercase (`da`, `dos`, `van`, `von`, `der`, `den`, `del`,
 * `della`, `du`, `la`, `le`, `al`, `bin`, `y`) — but for `de` and `di`, too common in Dutch,
 * French, Spanish, Portuguese, Romanian, Italian and Indonesian to leave out — and the stray letters English text
 * splits off (`'s` → `s`, `GPT-4o` → `o`, `e-commerce` → `e`). Examples:
 * tests/text/language.corpus.ts; measured on tests/text/gold/ (`npm run eval:language`).
 */
const OWN_WORDS: Record<string, string> = {
  fr: 'de les des une et est au aux pour dans sur que qui avec ses sa ont sont pas cette ces leur selon mais entre il elle ils nous vous ne',
  de: 'und ist im dem ein eine einen einem mit auf für sich nicht sind wird werden hat haben nach bei aus auch noch wie über um vom zum zur dass oder aber wurde',
  es: 'de los las en un una que por con para se su sus es como más pero sobre entre fue ha han este esta',
  pt: 'de os um uma em na ao aos com para que se é não mais pelo pela foi são seu sua entre nos',
  it: 'di il lo gli della dei delle che per con sono ha hanno nel nella alla dal anche non più come questo sul sulla stato',
  nl: 'de het een en op voor dat zijn niet te bij aan om ook als naar wordt werd heeft hebben worden maar nog tot uit dit deze',
  sv: 'och att det ett av för med på är som inte har om var vid sig efter från eller också kan ska skulle',
  da: 'og det et af med på er som til ikke har sig efter fra eller også kan skal sine sin hans hun blev vil om',
  no: 'og det et av på er som til ikke har sin sine etter fra eller også kan skal vil om ble',
  fi: 'ja ei että se oli ovat myös mutta kun jo joka tai hän',
  pl: 'i w z na się nie że jest od po przez za oraz dla jak ale bez',
  cs: 'v se na je že z k ve za od po jako byl bylo které který ale pro při až už',
  tr: 've bir bu için ile olarak çok daha gibi ama yüzde',
  id: 'di dan yang ini itu untuk dengan dari ke pada akan tidak juga dalam oleh sebagai adalah atau telah sudah',
  vi: 'của và là các có được vào trong cho với người năm đã này',
  ro: 'de și în cu pe din care este sunt mai pentru fost ca un',
  hu: 'az és hogy nem egy meg volt már csak mint ez azt vagy',
};

const TABLE = new Map(
  Object.entries(OWN_WORDS).map(([lang, words]) => [lang, new Set(words.split(' '))]),
);

/** A lowercase word with a letter outside a–z: `schließen`, `sænkede`, `rörelsevinst`. */
const ACCENTED = /[^a-z]/;

/** The lowercase words of `text` (a word with a capital or all capitals is a name or acronym). */
function* lowercaseWords(text: string): Generator<string> {
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (w !== w.toUpperCase() && w[0] === w[0]!.toLowerCase()) yield w;
  }
}

/**
 * Whether `text` has a lowercase word of its own of `lang` (ISO 639-1), in the sense above.
 * Languages without a list (English among them) need none.
 */
export function hasOwnWord(text: string, lang: string): boolean {
  const own = TABLE.get(lang);
  if (!own) return true;
  for (const w of lowercaseWords(text)) if (own.has(w) || ACCENTED.test(w)) return true;
  return false;
}

/** The languages (ISO 639-1) of which `text` has a lowercase word of their own, in one pass. */
export function languagesWithOwnWords(text: string): string[] {
  const found = new Set<string>();
  for (const w of lowercaseWords(text)) {
    if (ACCENTED.test(w)) return [...TABLE.keys()];
    for (const [lang, own] of TABLE) if (own.has(w)) found.add(lang);
  }
  return [...TABLE.keys()].filter((lang) => found.has(lang));
}
