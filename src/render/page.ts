/** Whole pages: the static page of `sinmun render` and the playground of `sinmun serve`. */
import type { ArticleRecord } from '../types.js';
import { contentSecurityPolicy, SCRIPT, STYLE } from './assets.js';
import { escapeAttr, escapeText } from './escape.js';
import { recordView } from './view.js';

export interface RenderOptions {
  /** The page's `<title>`; default the first record's title or id. */
  title?: string;
}

function page(title: string, csp: string, body: string, lang: string): string {
  return (
    `<!doctype html><html lang="${escapeAttr(lang)}"><head><meta charset="utf-8">` +
    `<meta http-equiv="Content-Security-Policy" content="${escapeAttr(csp)}">` +
    '<meta name="viewport" content="width=device-width, initial-scale=1">' +
    `<title>${escapeText(title)}</title><style>${STYLE}</style></head><body>` +
    body +
    `<script>${SCRIPT}</script></body></html>\n`
  );
}

/**
 * A self-contained HTML page showing one or more records: the text with entity mentions, money
 * figures and dates highlighted (canonical names and amounts on hover and focus), and tables of
 * each. No network requests; light and dark mode.
 *
 * ```ts
 * import { createAnalyzer, render } from 'sinmun';
 * const analyzer = await createAnalyzer();
 * const html = render(analyzer.analyze('삼성전자가 10조원을 투자한다.'));
 * ```
 */
export function render(
  records: ArticleRecord | readonly ArticleRecord[],
  options: RenderOptions = {},
): string {
  const list: readonly ArticleRecord[] = Array.isArray(records)
    ? records
    : [records as ArticleRecord];
  const first = list[0];
  const title = options.title ?? (first ? (first.title?.text ?? first.id) : 'sinmun');
  const lang = first && first.lang !== 'und' ? first.lang : 'en';
  const header = `<header class="site"><h1>sinmun · ${list.length} record${list.length === 1 ? '' : 's'}</h1></header>`;
  return page(
    title,
    contentSecurityPolicy(false),
    `${header}<main>${list.map(recordView).join('')}</main>`,
    lang,
  );
}

/** The playground: a text box that posts to the server and shows the view it returns. */
export function playgroundPage(): string {
  const form =
    '<form class="play" aria-label="Analyse an article">' +
    '<label for="article">Paste an article, or drop a text file here</label>' +
    '<textarea id="article" name="text" required></textarea>' +
    '<div class="row"><button type="submit">Analyse</button><span class="status" role="status" aria-live="polite"></span></div>' +
    '</form>';
  return page(
    'sinmun playground',
    contentSecurityPolicy(true),
    `<header class="site"><h1>sinmun playground</h1></header><main>${form}<div id="view"></div></main>`,
    'en',
  );
}

export { recordView };
