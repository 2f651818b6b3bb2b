/**
 * Finds figures in a stretch of text: jumps from anchor to anchor (digits, currency signs,
 * word-initial Hangul numerals, English number words) and reads a figure at each.
 */
import { ISO_CODES, PREFIX_FORMS } from './currencies.js';
import { type Context, type Figure, readFigure } from './grammar.js';

const NUMBER_WORDS = [
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
  'thirteen',
  'fourteen',
  'fifteen',
  'sixteen',
  'seventeen',
  'eighteen',
  'nineteen',
  'twenty',
  'thirty',
  'forty',
  'fifty',
  'sixty',
  'seventy',
  'eighty',
  'ninety',
  'a',
  'tens',
  'hundreds',
  'millions',
  'billions',
  'trillions',
  'several',
  'half',
];

const capitalised = (w: string) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`;

const ANCHOR_SOURCE = [
  '[0-9]',
  '[$€£¥￥₩￦₹]',
  '(?<![가-힣])[일이삼사오육륙칠팔구십백천만억조수몇]',
  '(?<![一二两兩三四五六七八九十拾百佰千仟万萬亿億零〇])[一二两兩三四五六七八九十拾百佰千仟]',
  // Word prefixes (미화, 북한 돈, 人民币) and letters before `$`, from the currency table.
  ...PREFIX_FORMS.filter((f) => f.script === 'ko' || f.script === 'zh').map((f) => f.form),
  `\\b(?:${PREFIX_FORMS.filter((f) => /^[A-Z.]+\$$/.test(f.form))
    .map((f) => f.form.slice(0, -1).replace('.', '\\.'))
    .join('|')})\\$`,
  `\\b(?:${[...ISO_CODES, 'RMB', 'Rs'].join('|')})(?![A-Za-z])`,
  `\\b(?:${NUMBER_WORDS.map(capitalised).join('|')})\\b`,
].join('|');

/** More than the longest anchor (`[tT]rillions`, `U.S.$`) plus the character after it. */
const ANCHOR_REACH = 16;

export type Attach = (ctx: Context, fig: Figure, from: number, limit: number) => number;

/**
 * All figures whose anchors lie in [from, limit), in reading order. `attach` may extend a figure
 * (equivalents) and returns where scanning resumes.
 */
export function scanFigures(
  ctx: Context,
  from: number,
  limit: number,
  attach: Attach | null,
): Figure[] {
  const anchor = new RegExp(ANCHOR_SOURCE, 'g');
  anchor.lastIndex = from;
  // The search for the next anchor must stop near `limit`: over the whole text, every region (and
  // every parenthesis checked for equivalents) would scan on to the next anchor, however far, and
  // an article of many lines without figures becomes quadratic. The cut leaves room for an anchor
  // that starts before `limit` and for the one character its lookahead reads, so the anchors
  // found are the same. (A slice of a flat string is a view in V8, not a copy.)
  const { text } = ctx;
  const hay = limit + ANCHOR_REACH < text.length ? text.slice(0, limit + ANCHOR_REACH) : text;
  const out: Figure[] = [];
  let m: RegExpExecArray | null;
  while ((m = anchor.exec(hay)) !== null && m.index < limit) {
    const fig = readFigure(ctx, m.index, from, limit);
    if (!fig) continue;
    const resume = attach ? attach(ctx, fig, from, limit) : fig.outerEnd;
    out.push(fig);
    anchor.lastIndex = Math.max(resume, m.index + 1);
  }
  return out;
}
